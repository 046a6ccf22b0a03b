import { expect } from 'vitest';
import type { VerifyResult } from '../../src/engine/index';

/** A verifier finding without its counter-example ("… Exempel: Rapport (medarbetare) → …."): what the rule says. */
export function headlineOf(message: string): string {
  return message.split(' Exempel: ')[0]!;
}

/** The rule every verifier mutation test keeps: refused, with at least one finding that shows a Swedish counter-example path. */
export function expectRefusedWithExample(result: VerifyResult): void {
  expect(result.ok).toBe(false);
  const withPath = result.violations.filter((v) => v.path && v.path.length > 0);
  expect(withPath.length, JSON.stringify(result.violations.map((v) => v.message))).toBeGreaterThan(0);
  expect(withPath[0]!.message).toMatch(/Exempel: .+\)\.$/);
}
