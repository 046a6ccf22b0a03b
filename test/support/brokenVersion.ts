import type { ProcessDefinition } from '../../src/engine/index';
import type { Engine, EventStore } from '../../src/engine/internal';

interface MachineNode {
  on?: Record<string, unknown>;
  states?: Record<string, MachineNode>;
}

interface Transition {
  guard?: { type: string; params?: { guards?: unknown[] } };
}

/** Every transition of the step also demands that the rapport was never sent: a guard that can never hold again. */
function closeWaysOn(on: Record<string, unknown>): void {
  const never = { type: 'lacksStep', params: { event: 'rapport.submit', describe: 'Rapporten är inte skickad' } };
  for (const value of Object.values(on))
    for (const t of (Array.isArray(value) ? value : [value]) as Transition[]) {
      const own = t.guard ? (t.guard.type === 'all' ? (t.guard.params?.guards ?? []) : [t.guard]) : [];
      t.guard = { type: 'all', params: { guards: [...own, never] } };
    }
}

/**
 * A version the verifier would refuse, stored as if published before the rule existed (how an ärende gets stranded on an
 * old broken version): every way on from the step at `path` (dots) has a guard that can never hold again. It is
 * registered without the path search (the loader's reference checks still run), so
 * new ärenden open on it until a world reads it back and retires it.
 */
export async function publishBroken(
  s: { engine: Pick<Engine, 'registry'>; store: Pick<EventStore, 'putDefinition'> },
  id: string,
  path: string,
): Promise<ProcessDefinition> {
  const newest = s.engine.registry.versions(id).at(-1)!.definition;
  const def = structuredClone(newest);
  def.version = newest.version + 1;
  def.published = { at: '2026-03-01T08:00:00.000Z', by: 'user:petra', note: 'Trasig version (testfixtur).' };
  let node = def.machine as unknown as MachineNode;
  for (const key of path.split('.')) node = node.states![key]!;
  closeWaysOn(node.on!);
  const r = s.engine.registry.registerProven(def);
  if (!r.ok) throw new Error(JSON.stringify(r.violations));
  await s.store.putDefinition(def);
  return def;
}

/** The newest lawful version republished as the next one (a process owner's repair). */
export async function publishRepair(engine: Engine, id: string, lawful: ProcessDefinition): Promise<number> {
  const r = await engine.publish(structuredClone(lawful), 'user:petra', 'Avslut har en väg vidare igen.');
  if (!r.ok) throw new Error(JSON.stringify(r.violations));
  return r.loaded.definition.version;
}
