import type { ArendeState } from './ArendeState';
import { linkKindOf } from './linkRels';
import type { LinkKind } from './linkRels';

/**
 * A linked ärende that a step opens, atomically with the step: the step's guard `hasLink` names the
 * outgoing rel, the engine opens the other process and links both ways.
 */
export interface LinkedProcess extends LinkKind {
  /** Facts copied into the new ärende's first step (offered there as editable defaults). */
  prefill(state: ArendeState, data: unknown): Record<string, unknown>;
}

type Data = Record<string, unknown>;

const rapportOf = (state: ArendeState) => state.snapshot.context.steps['rapport.submit']?.data as Data | undefined;
const present = (key: string, value: unknown): Data => (value === undefined || value === '' ? {} : { [key]: value });

const PREFILL: Readonly<Record<LinkKind['rel'], LinkedProcess['prefill']>> = {
  eskalerad_till(state, data) {
    const rapport = rapportOf(state);
    const eskalering = (data ?? {}) as Data;
    return {
      handelse: eskalering.sammanfattning ?? rapport?.handelse,
      ...present('enskildReferens', rapport?.enskildReferens),
      ...present('rapportor', eskalering.rapportor),
      ...present('inblandade', rapport?.inblandade),
      konsekvens: { beskrivning: rapport?.konsekvens },
    };
  },
  overlamnad_till(state, data) {
    const rapport = rapportOf(state);
    const overlamning = (data ?? {}) as Data;
    return {
      ...present('handelse', overlamning.sammanfattning ?? rapport?.handelse),
      ...present('handelseDatum', rapport?.handelseDatum),
      ...present('enskildReferens', rapport?.enskildReferens),
      ...present('konsekvens', rapport?.konsekvens),
      ...present('enhetensMotivering', overlamning.motivering),
    };
  },
};

/** The linked process a `hasLink` rel opens, with how its first step is prefilled; undefined for other rels. */
export function linkedProcessOf(rel: unknown): LinkedProcess | undefined {
  const kind = linkKindOf(rel);
  return kind ? { ...kind, prefill: PREFILL[kind.rel] } : undefined;
}
