import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition, StateJson } from '../model/ProcessDefinition';
import { canonicalJson } from '../events/canonicalJson';
import type { Hasher } from '../ports/Hasher';

/** Bump when the verifier's rules change: every cached verdict is then re-proved. */
export const VERIFIER_VERSION = 2;

function formsOf(states: Record<string, StateJson>, into: Set<string>): Set<string> {
  for (const s of Object.values(states)) {
    if (s.meta?.form) into.add(s.meta.form);
    if (s.states) formsOf(s.states, into);
  }
  return into;
}

/**
 * What a verdict depends on: the definition, the forms it uses, its legal skeleton and the verifier
 * version. Equal fingerprints mean an earlier proof still holds, so start-up need not redo it.
 */
export function definitionFingerprint(def: ProcessDefinition, catalog: ProcessCatalog, hasher: Hasher): string {
  const forms = [...formsOf(def.machine.states, new Set(Object.values(def.commands).map((c) => c.form)))].sort();
  return hasher.sha256Hex(
    canonicalJson({
      verifier: VERIFIER_VERSION,
      definition: def,
      forms: forms.map((id) => catalog.forms[id]?.schema ?? null),
      skeleton: catalog.packs.skeletons[def.processType] ?? null,
    }),
  );
}
