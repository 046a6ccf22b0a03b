import type { ScopedRow } from '../query/SummaryQuery';
import type { ArendeState } from '../runtime/ArendeState';

/** The parts of an ärende the server's access rule reads, taken from its state (as its list row has them). */
export const scopedRowOf = (s: ArendeState): ScopedRow => ({
  enhetId: s.open.enhetId,
  openedBy: s.openedBy,
  processType: s.open.processType,
  links: s.links,
  ersattare: s.snapshot.context.ersattare ?? [],
});
