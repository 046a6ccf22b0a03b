import { describe, expect, it } from 'vitest';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { sequentialIds } from '../../src/adapters/system/ids';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { createEngine, staticDirectory } from '../../src/engine/internal';
import type { ProcessDefinition } from '../../src/engine/internal';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, validator } from '../support/world';

/** Drops every guard of a type from a definition (a required one: the skeleton then refuses it). */
function without(def: ProcessDefinition, guard: string): ProcessDefinition {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((x) => !(x && typeof x === 'object' && (x as { type?: unknown }).type === guard)).map(strip);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k, x]) => !(k === 'guard' && (x as { type?: unknown })?.type === guard))
          .map(([k, x]) => [k, strip(x)]),
      );
    return v;
  };
  return strip(def) as ProcessDefinition;
}

const engine = () =>
  createEngine({
    store: new MemoryEventStore(),
    clock: fixedClock('2026-03-13T08:00:00.000Z'),
    ids: sequentialIds(''),
    hasher: nobleHasher,
    validator,
    catalog: catalog(),
    directory: staticDirectory(DEMO_ORG, DEMO_USERS),
  });

describe('a shipped process that breaks its own skeleton stops the start', () => {
  it("names the process and the verifier's finding instead of retiring it in silence", async () => {
    const shipped = loadShippedDefinitions().map((d) => (d.processType === 'riskanalys' ? without(d, 'hasValuedEveryRisk') : d));
    await expect(engine().loadDefinitions(shipped)).rejects.toThrow(
      /Processen "riskanalys" kan inte öppnas: version 3 bryter mot sitt lagskelett\.\n- .*hasValuedEveryRisk/,
    );
  });

  it('starts when only an older version is refused (it is retired, the newest opens)', async () => {
    const shipped = loadShippedDefinitions().map((d) =>
      d.processType === 'riskanalys' && d.version === 1 ? without(d, 'hasValuedEveryRisk') : d,
    );
    const e = engine();
    await e.loadDefinitions(shipped);
    expect(e.registry.retired('riskanalys', 1)?.length).toBeGreaterThan(0);
    expect(e.registry.latest('riskanalys')?.definition.version).toBe(3);
  });

  it('refuses a definition of a process no pack declares, naming src/processes/packs.ts', async () => {
    const stray = {
      ...loadShippedDefinitions().find((d) => d.processType === 'lex-maria')!,
      id: 'information',
      processType: 'information',
    };
    const [result] = await engine().loadDefinitions([stray]);
    expect(result!.ok ? [] : result!.violations.map((v) => v.message)).toEqual([expect.stringContaining('src/processes/packs.ts')]);
  });
});
