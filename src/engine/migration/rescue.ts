import type { LoadedDefinition } from '../definition/loadDefinition';
import { titleOf } from '../definition/StateGraph';
import type { ArendeState } from '../runtime/ArendeState';
import { activeLeaves, proveMigration } from './proveMigration';
import { stuckSince } from './stuck';

/** A rescue the engine has proved: the version, the mapping to send, and where the ärende continues, in words. */
export interface RescueProposal {
  toVersion: number;
  mapping: Record<string, string>;
  text: string;
}

/** A stuck ärende as the processägare sees it: since when, and a proved rescue or why there is none. */
export interface StuckArende {
  since: string;
  proposal?: RescueProposal;
  /** Why no rescue could be proved (when there is no proposal), in the proof's words. */
  why?: string[];
}

/** Proofs tried at most per ärende: each is a path search, and the nearest steps come first. */
const MAX_TRIES = 24;

/**
 * The mappings tried, nearest first: the same steps, then each old step moved to a step of the new version, ordered by how
 * far it lies from the old step's place (forwards before backwards at equal distance; a removed step's place is the next one's).
 */
function candidates(state: ArendeState, to: LoadedDefinition): Record<string, string>[] {
  const { graph } = to;
  const steps = graph.order.filter((p) => graph.nodes.get(p)!.kind === 'atomic');
  const out: Record<string, string>[] = [{}];
  const old = state.loaded.graph.order;
  for (const leaf of activeLeaves(state.loaded.graph, state.snapshot.value)) {
    // The old step's place in the new version: itself, else the first later old step the new version still has.
    const anchor = old.slice(old.indexOf(leaf)).find((p) => graph.nodes.has(p));
    const from = anchor ? graph.order.indexOf(anchor) : 0;
    const distance = (p: string) => {
      const d = graph.order.indexOf(p) - from;
      return d >= 0 ? 2 * d : -2 * d + 1;
    };
    for (const p of [...steps].sort((a, b) => distance(a) - distance(b))) if (p !== leaf) out.push({ [leaf]: p });
  }
  return out;
}

/** Words for where a proved move puts the ärende: titles, never paths. */
function proposalText(to: LoadedDefinition, leaves: readonly string[]): string {
  const where = leaves.filter((l) => to.graph.nodes.get(l)!.kind === 'atomic').map((l) => `"${titleOf(to.graph, l)}"`);
  return `Flytta till version ${to.definition.version} och fortsätt i ${where.join(' och ')}.`;
}

/**
 * Whether an open ärende is stuck and, if so, the nearest proved rescue onto `to` (the newest version): the same steps
 * when they have a way on there, else the nearest step from which every mandated step left is still done.
 */
export function stuckArende(state: ArendeState, to: LoadedDefinition | undefined): StuckArende | undefined {
  const since = stuckSince(state);
  if (!since) return undefined;
  if (!to || to.definition.version <= state.loaded.definition.version)
    return { since, why: ['Det finns ingen nyare version att flytta ärendet till. Publicera en version där steget har en väg vidare.'] };
  let first: string[] | undefined;
  for (const mapping of candidates(state, to).slice(0, MAX_TRIES)) {
    const proof = proveMigration(state, to, mapping);
    if (proof.ok) return { since, proposal: { toVersion: to.definition.version, mapping, text: proposalText(to, proof.leaves) } };
    first ??= proof.reasons;
  }
  return { since, why: first ?? [] };
}
