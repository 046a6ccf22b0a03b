import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { sequentialIds } from '../../src/adapters/system/ids';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { createAjvValidator } from '../../src/adapters/ajv/createAjvValidator';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { createEngine, groupByArende, replay, staticDirectory } from '../../src/engine/internal';
import type { ArendeEvent, Engine, Hasher } from '../../src/engine/internal';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../support/catalog';
import { REGISTRY } from '../../src/processes/packs';

const catalog = loadCatalogFromDisk(REGISTRY);

function example(formId: string, patch: Record<string, unknown> = {}): unknown {
  return { ...(structuredClone(catalog.forms[formId]!.examples!.valid[0]) as object), ...patch };
}

/** The six steps of the lex Sarah happy path that the BPMN baseline also has. */
export const LEX_SARAH_SIX: [string, string, unknown][] = [
  ['rapport.submit', 'user:anna', example('lex-sarah-rapport-2')],
  ['omedelbara_atgarder.submit', 'user:erik', example('lex-sarah-omedelbara-atgarder')],
  ['registrering.submit', 'user:sara', example('lex-sarah-registrering')],
  ['utredning.submit', 'user:sara', example('lex-sarah-utredning')],
  ['bedomning.submit', 'user:sara', example('lex-sarah-bedomning', { allvarligt: false, klassificering: 'missforhallande' })],
  ['beslut.submit', 'user:fredrik', example('lex-sarah-beslut', { allvarligt: false, klassificering: 'missforhallande' })],
];

export async function benchEngine(seed: string, hasher: Hasher = nobleHasher): Promise<{ engine: Engine; store: MemoryEventStore }> {
  // Events are immutable, so the benchmark's store keeps references instead of copies.
  const store = new MemoryEventStore(false);
  const clock = fixedClock('2026-03-13T08:00:00.000Z');
  const engine = createEngine({
    store,
    clock,
    ids: sequentialIds(seed),
    hasher,
    validator: createAjvValidator(),
    catalog,
    directory: staticDirectory(DEMO_ORG, DEMO_USERS),
  });
  await engine.loadDefinitions(loadShippedDefinitions());
  return { engine, store };
}

/** Opens `count` lex Sarah ärenden and runs the given steps on each; returns steps submitted. */
export async function runSteps(
  engine: Engine,
  count: number,
  steps: [string, string, unknown][],
  stepsPerArende = steps.length,
): Promise<number> {
  let submitted = 0;
  for (let i = 0; i < count; i++) {
    const opened = await engine.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    if (!opened.ok) throw new Error(opened.rejection.message);
    for (const [type, userId, data] of steps.slice(0, stepsPerArende)) {
      const r = await engine.submit(opened.state.arendeId, { type, data }, userId);
      if (!r.ok) throw new Error(`${type}: ${r.rejection.message}`);
      submitted++;
    }
  }
  return submitted;
}

/** Replays every ärende of a store with hash verification (`null`: without, the XState actor alone); returns the events replayed. */
export function replayAll(engine: Engine, events: readonly ArendeEvent[], hasher: Hasher | null = nobleHasher): number {
  let n = 0;
  for (const list of groupByArende(events).values()) {
    const open = list[0]!.stepData as { definitionId: string; definitionVersion: number };
    const loaded = engine.registry.get(open.definitionId, open.definitionVersion)!;
    const r = replay(loaded, list, hasher ? { hasher } : {});
    if (!r.ok) throw new Error(r.reason);
    n += list.length;
  }
  return n;
}
