import type { ArendeEvent } from './ArendeEvent';
import type { Organisation } from './Organisation';
import type { Period } from '../calendar/Period';
import type { ArendeFacts } from './ArendeFacts';
import type { ArendeSummary } from './ArendeSummary';
import type { FigureTable } from './FigureTable';
import type { Datumgrund } from './Datumgrund';

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

/** What a pack's per-ärende list is built from: its report input, today, the date that orders it and how ärende text is masked. */
export interface PackListInput extends PackReportInput {
  /** Europe/Stockholm date of `now`: decides what is overdue. */
  idag: string;
  datumgrund: Datumgrund;
  /** An ärende's text as a report may show it (personnummer and known names masked, see `reportText`). */
  text(value: string): string;
  /** Category labels from the forms. */
  labels: Readonly<Record<string, string>>;
}

/** A column of a pack's list; `hint` names a cell shown after this one on screen, `only` keeps it off screen or out of the CSV. */
export interface PackListColumn {
  key: string;
  title: string;
  hint?: string;
  only?: 'screen' | 'csv';
  /** Long free text the screen wraps; a date is kept on one line (`nowrap`). */
  wrap?: boolean;
  nowrap?: boolean;
}

/** One ärende's row in a pack's list: text cells by column key (no ids of people). */
export interface PackListRow {
  arendeId: string;
  cells: Readonly<Record<string, string>>;
}

/** How a list speaks of its rows in Swedish: "1 rapport", "2 rapporter", "Inga lex Sarah-rapporter". */
export interface PackListWords {
  one: string;
  many: string;
  /** The plural as a heading reads it in running text, e.g. "lex Sarah-rapporter". */
  plural: string;
  /** The CSV button's words, e.g. "lex Sarah-listan". */
  csv: string;
}

/** A pack's per-ärende list in the kvalitetsberättelse; the server sends only rows of ärenden the reader may read. */
export interface PackReportList {
  id: string;
  title: string;
  words: PackListWords;
  columns: readonly PackListColumn[];
  build(input: PackListInput): PackListRow[];
}

/** A "varav" column of the trend: of a pack's ärenden in each period, those `counts` picks (e.g. anmälda till IVO). */
export interface PackTrendColumn {
  id: string;
  /** The CSV heading, e.g. "Varav anmälda till IVO". */
  title: string;
  /** The CSV table's title. */
  tableTitle: string;
  /** After "varav N": singular and plural, e.g. "anmäld till IVO", "anmälda till IVO". */
  varav: { one: string; many: string };
  counts(facts: ArendeFacts): boolean;
}
