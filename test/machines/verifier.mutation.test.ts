import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { verifyDefinition } from '../../src/engine/internal';
import type { ProcessDefinition, RoleId } from '../../src/engine/internal';
import { newestShippedDefinitions, shippedDefinition } from '../support/catalog';
import { bypassStep, moveAfterFinal, removeStep, reRoleStep } from '../support/mutations';
import { catalog, validator } from '../support/world';
import { expectRefusedWithExample } from '../support/headline';

const env = () => ({ catalog: catalog(), validator });
let variants = 0;
let rejected = 0;

function otherRole(role: RoleId): RoleId {
  return role === 'enhetschef' ? 'medarbetare' : 'enhetschef';
}

describe.each(newestShippedDefinitions().map((d) => [d.id, d] as const))('verifier mutations of %s', (_id, shipped: ProcessDefinition) => {
  it('passes the shipped definition', () => {
    const result = verifyDefinition(shipped, env());
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });

  const skeleton = REGISTRY.requirePack(shipped.processType).skeleton;
  const cases = Object.values(skeleton.steps).flatMap((step) => [
    [`removes "${step.title}"`, () => removeStep(shipped, step.key)] as const,
    [`bypasses "${step.title}" with a new transition`, () => bypassStep(shipped, step.key)] as const,
    [`moves "${step.title}" after a final state`, () => moveAfterFinal(shipped, step.key)] as const,
    [`gives "${step.title}" to ${otherRole(step.role)}`, () => reRoleStep(shipped, step.key, otherRole(step.role))] as const,
  ]);
  it.each(cases)('rejects a variant that %s, with a counter-example', (_name, mutate) => {
    variants++;
    expectRefusedWithExample(verifyDefinition(mutate(), env()));
    rejected++;
  });
});

describe("the issue's demonstration", () => {
  it('fails a copy of lex Sarah without "Bedömning" with a Swedish counter-example', () => {
    const lexSarah = shippedDefinition('lex-sarah');
    const result = verifyDefinition(removeStep(lexSarah, 'bedomning'), env());
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => v.message)).toContain(
      'Det obligatoriska steget "Bedömning" (SAS) saknas i processen. Obligatoriska steg får inte tas bort.',
    );
    const counter = result.violations.find((v) => v.code === 'wrong_order')!;
    expect(counter.message).toBe(
      'Steget "Beslut" kan utföras innan "Bedömning" är gjort. Exempel: Rapport (medarbetare) → Omedelbara åtgärder ' +
        '(enhetschef) → Registrering (SAS) → Utredning (SAS) → Beslut (förvaltningschef).',
    );
    expect(counter.path!.map((s) => s.event)).toEqual([
      'rapport.submit',
      'omedelbara_atgarder.submit',
      'registrering.submit',
      'utredning.submit',
      'beslut.submit',
    ]);
  });
});

afterAll(() => {
  console.log(`Mutationstester av verifieraren: ${rejected} av ${variants} varianter avvisades med motexempel.`);
});
