import type { ArendeEvent } from './ArendeEvent';
import type { Organisation } from './Organisation';
import type { Period } from '../calendar/Period';
import type { ArendeFacts } from './ArendeFacts';
import type { ArendeSummary } from './ArendeSummary';
import type { FigureTable } from './FigureTable';

// What a pack's own report hooks receive (ProcessPack.facts and .reportTables); type-only imports, no code.

/** An ärende's log and list row, for a pack's own fact fold (`from`/`to`: the event range folded, as in collectArendeFacts). */
export interface PackFactInput {
  events: readonly ArendeEvent[];
  summary: ArendeSummary;
  from: number;
  to: number;
}

/** The facts of this pack's ärenden in the report's period and scope, with the organisation and the report's now. */
export interface PackReportInput {
  facts: readonly ArendeFacts[];
  org: Organisation;
  period: Period;
  now: string;
  enhetIds: readonly string[];
}

/** One of a pack's own tables in the kvalitetsberättelse. */
export interface PackReportTable {
  id: string;
  title: string;
  build(input: PackReportInput): FigureTable;
}
