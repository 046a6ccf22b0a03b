import type { ProcessPack } from '../model/ProcessPack';
import type { ArendeState } from './ArendeState';
import type { LinkKind } from './linkRels';

/**
 * A linked ärende that a step opens, atomically with the step: the step's guard `hasLink` names the
 * outgoing rel, the engine opens the other process and links both ways.
 */
export interface LinkedProcess extends LinkKind {
  /** Facts copied into the new ärende's first step (offered there as editable defaults). */
  prefill(state: ArendeState, data: unknown): Record<string, unknown>;
}

/** The linked process a `hasLink` rel of this process opens, with how its first step is prefilled (from the opening pack). */
export function linkedProcessOf(pack: ProcessPack, rel: unknown): LinkedProcess | undefined {
  const opening = pack.opens?.find((o) => o.rel === rel);
  if (!opening) return undefined;
  const { prefill, ...kind } = opening;
  return { ...kind, prefill: (state, data) => prefill(state.snapshot.context, data) };
}
