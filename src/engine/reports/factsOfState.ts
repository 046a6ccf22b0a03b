import type { ArendeState } from '../runtime/ArendeState';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { ArendeFacts } from '../model/ArendeFacts';
import { collectArendeFacts } from './collectArendeFacts';

/** The report facts of one ärende after a commit, written with its list row so reports need not read every event. */
export function factsOfState(state: ArendeState, summary: ArendeSummary): ArendeFacts {
  return collectArendeFacts({
    summaries: [summary],
    events: state.events,
    definitions: [state.loaded.definition],
    packs: state.loaded.packs,
  })[0]!;
}
