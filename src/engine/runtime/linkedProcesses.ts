import type { ProcessType } from '../definition/ProcessDefinition';
import type { RoleId } from '../org/Role';
import type { LinkRel } from './ArendeContext';
import type { ArendeState } from './ArendeState';

/**
 * A linked ärende that a step opens, atomically with the step: the step's guard `hasLink` names the
 * outgoing rel, the engine opens the other process and links both ways.
 */
export interface LinkedProcess {
  rel: 'eskalerad_till' | 'overlamnad_till';
  back: LinkRel;
  processType: ProcessType;
  /** Swedish, e.g. "ett lex Sarah-ärende" (in refusals and guard descriptions). */
  noun: string;
  /** The role the new ärende is opened in: the enhetschef of the avvikelse, on behalf of the receiver. */
  asRole: RoleId;
  /** Facts copied into the new ärende's first step (offered there as editable defaults). */
  prefill(state: ArendeState, data: unknown): Record<string, unknown>;
}

type Data = Record<string, unknown>;

const rapportOf = (state: ArendeState) => state.snapshot.context.steps['rapport.submit']?.data as Data | undefined;
const present = (key: string, value: unknown): Data => (value === undefined || value === '' ? {} : { [key]: value });

export const LINKED_PROCESSES: readonly LinkedProcess[] = [
  {
    rel: 'eskalerad_till',
    back: 'eskalerad_fran',
    processType: 'lex-sarah',
    noun: 'ett lex Sarah-ärende',
    asRole: 'enhetschef',
    prefill(state, data) {
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
  },
  {
    rel: 'overlamnad_till',
    back: 'overlamnad_fran',
    processType: 'lex-maria',
    noun: 'en lex Maria-bedömning för MAS',
    asRole: 'enhetschef',
    prefill(state, data) {
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
  },
];

/** The linked process a `hasLink` rel opens, if any. */
export function linkedProcessOf(rel: unknown): LinkedProcess | undefined {
  return LINKED_PROCESSES.find((l) => l.rel === rel);
}

/** How a link reads in the case header and history. */
export const LINK_TITLES: Readonly<Record<LinkRel, string>> = {
  eskalerad_till: 'Eskalerat till lex Sarah-ärende',
  eskalerad_fran: 'Eskalerat från avvikelse',
  overlamnad_till: 'Överlämnat till MAS, lex Maria-bedömning',
  overlamnad_fran: 'Överlämnat från avvikelse',
};
