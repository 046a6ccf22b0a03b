import type { ProcessDefinition } from '../model/ProcessDefinition';
import { violationText } from '../verify/violationText';
import type { RegisterResult } from './DefinitionRegistry';

/**
 * A shipped process none of whose versions may open (its first version breaks its own skeleton) stops the start with the
 * verifier's findings, rather than being retired in silence: tests, tsc and lint would all stay green. Returns `results`.
 */
export function unopenable(shipped: readonly unknown[], results: RegisterResult[]): RegisterResult[] {
  const types = new Set(shipped.map((d) => (d as ProcessDefinition).processType));
  for (const type of types) {
    const own = results.filter((r): r is Extract<RegisterResult, { ok: true }> => r.ok && r.loaded.definition.processType === type);
    if (own.length === 0 || own.some((r) => !r.retired)) continue;
    const newest = own.reduce((a, b) => (b.loaded.definition.version > a.loaded.definition.version ? b : a));
    const why = (newest.retired ?? []).map((v) => `- ${violationText(v)}`).join('\n');
    throw new Error(`Processen "${type}" kan inte öppnas: version ${newest.loaded.definition.version} bryter mot sitt lagskelett.\n${why}`);
  }
  return results;
}
