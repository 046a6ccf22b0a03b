import { applyEdit } from '../../src/editor/commands/applyEdit';
import { buildStateGraph, verifyDefinition } from '../../src/engine/internal';
import type { ProcessCatalog, ProcessDefinition, StateJson, TransitionJson, VerifyMemo } from '../../src/engine/internal';
import { loadCatalogFromDisk, newestShippedDefinitions } from '../support/catalog';
import { validator } from '../support/world';
import { REGISTRY } from '../../src/processes/packs';

/**
 * A lawful avvikelse definition grown to `states` states and about `transitions` transitions: optional
 * steps between Åtgärder and Uppföljning, each with a forward route, a skip route and a way back.
 */
export function largeDefinition(states = 200, transitions = 600): ProcessDefinition {
  // The newest avvikelse: older versions lack steps the skeleton has since come to require (Överlämna till MAS).
  const def = structuredClone(newestShippedDefinitions().find((d) => d.id === 'avvikelse')!) as ProcessDefinition;
  const s = def.machine.states;
  const base = Object.keys(s).length;
  const extra = states - base;
  const keys = Array.from({ length: extra }, (_, i) => `steg_${i + 1}`);
  const entries = Object.entries(s);
  const out: Record<string, StateJson> = {};
  const role = () => ({ type: 'isRole', params: { role: 'enhetschef' } }); // fresh objects: edits must not alias
  let count = 0;
  const baseTransitions = buildStateGraph(def.machine).transitions.length - 1; // atgarder's route is replaced
  for (const [k, v] of entries) {
    out[k] = v;
    if (k !== 'atgarder') continue;
    (v.on!['atgarder.submit'] as TransitionJson).target = keys[0];
    keys.forEach((key, i) => {
      const next = keys[i + 1] ?? 'uppfoljning';
      const list: TransitionJson[] = [{ target: next, guard: role(), actions: [{ type: 'recordStep' }] }];
      count++;
      const budget = transitions - baseTransitions - (keys.length - i - 1); // keep one forward route for each later step
      if (count + 2 <= budget) {
        // An earlier, conditional skip and a way back: alternatives the verifier must decide.
        list.unshift({
          target: keys[i + 2] ?? 'uppfoljning',
          guard: { type: 'all', params: { guards: [role(), { type: 'hasAllAtgarderVerified' }] } },
          actions: [{ type: 'recordStep' }],
        });
        if (i > 0) list.push({ target: keys[i - 1]!, guard: role(), actions: [{ type: 'recordStep' }] });
        count += 2;
      }
      if (i > 1 && count + 1 <= budget) {
        list.push({ target: keys[i - 2]!, guard: role(), actions: [{ type: 'recordStep' }] });
        count++;
      }
      out[key] = { meta: { title: `Steg ${i + 1}`, role: 'enhetschef', form: 'avvikelse-uppfoljning' }, on: { [`${key}.submit`]: list } };
    });
  }
  def.machine.states = out;
  return def;
}

export function verifierBench(): {
  states: number;
  transitions: number;
  fullMs: number;
  editMs: number;
  structuralMs: number;
  explored: number;
} {
  const catalog: ProcessCatalog = loadCatalogFromDisk(REGISTRY);
  const def = largeDefinition();
  const env = { catalog, validator };
  verifyDefinition(def, env); // warm-up (Ajv compiles the format schema once)
  const times: number[] = [];
  let verdict = verifyDefinition(def, env);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    verdict = verifyDefinition(def, env);
    times.push(performance.now() - t);
  }
  // The editor's session: a memo of the last path search, then one edit of a text, then a structural one.
  const editTimes: number[] = [];
  const structuralTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const memo: VerifyMemo = {};
    verifyDefinition(def, env, memo);
    const renamed = applyEdit(def, { type: 'setTitle', path: 'steg_100', title: `Steg hundra (${i})` });
    const moved = applyEdit(def, { type: 'setRole', path: 'steg_100', role: i % 2 ? 'sas' : 'verksamhetschef' });
    if (!renamed.ok || !moved.ok) throw new Error('Ändringen gick inte att göra.');
    let t = performance.now();
    const again = verifyDefinition(renamed.definition, env, memo);
    editTimes.push(performance.now() - t);
    t = performance.now();
    const structural = verifyDefinition(moved.definition, env, memo);
    structuralTimes.push(performance.now() - t);
    if (!again.ok || !again.stats.reused || !structural.ok || structural.stats.reused) throw new Error('Omverifieringen gav fel svar.');
  }
  if (!verdict.ok) throw new Error(verdict.violations[0]!.message);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    states: verdict.stats.states,
    transitions: verdict.stats.transitions,
    fullMs: med(times),
    editMs: med(editTimes),
    structuralMs: med(structuralTimes),
    explored: verdict.stats.explored,
  };
}
