import { canonicalJson } from '../events/canonicalJson';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { Engine } from './Engine';
import type { EngineCore } from './engineState';
import { unopenable } from './unopenable';

/** Loading the stored and shipped definitions at start-up, and the versions published elsewhere since. */
export function definitionsLoading(core: EngineCore): Pick<Engine, 'loadDefinitions' | 'refreshDefinitions'> {
  const { registry } = core;
  const { store } = core.deps;
  return {
    async loadDefinitions(shipped: readonly unknown[] = []) {
      const stored = await store.definitions();
      const results = stored.map((d) => registry.registerKept(d));
      for (const original of shipped) {
        const d = shippedVersion(core, original);
        if (!d) continue; // adopted at an earlier start under another number
        const result = registry.registerKept(d);
        results.push(result);
        const def = result.ok ? result.loaded.definition : undefined;
        if (def && !stored.some((x) => x.id === def.id && x.version === def.version))
          // Two server instances starting together both try; the one that finds it stored moves on.
          await store.putDefinition(def).catch(async (e: unknown) => {
            const now = await store.definitions();
            if (!now.some((x) => x.id === def.id && x.version === def.version && canonicalJson(x) === canonicalJson(def))) throw e;
          });
      }
      return unopenable(shipped, results);
    },

    refreshDefinitions: core.registerStored,
  };
}

/**
 * A shipped version whose number a process owner has already used here is published as the next
 * free version (once; later starts find it by content). Undefined when it is already known.
 */
function shippedVersion({ registry, deps }: EngineCore, d: unknown): unknown {
  const def = d as ProcessDefinition;
  const taken = typeof def?.id === 'string' ? registry.get(def.id, def.version) : undefined;
  if (!taken || canonicalJson(taken.definition) === canonicalJson(def)) return d;
  const content = (x: ProcessDefinition) => canonicalJson({ ...x, version: 0, published: undefined });
  const versions = registry.versions(def.id);
  if (versions.some((v) => content(v.definition) === content(def))) return undefined;
  const next = Math.max(...versions.map((v) => v.definition.version)) + 1;
  return {
    ...def,
    version: next,
    published: {
      at: deps.clock.now(),
      by: 'kvalitetsflode',
      note: `Levererad version ${def.version} av processen från Kvalitetsflöde (numret var redan använt här).`,
    },
  };
}
