import type { AtgardStatus } from './ArendeContext';
import type { OpenDeadline } from './ArendeSummary';

/** One åtgärd as the reports need it: no text, no ansvarig (privacy), current status. */
export interface AtgardFacts {
  /** Same id as in the context: `atgard:<seq>.<n>`. */
  id: string;
  /** `YYYY-MM-DD` from the form; empty when missing. */
  klartDatum: string;
  status: AtgardStatus;
}

/** A planned occasion (an egenkontroll): the dates its steps recorded, see the pack's `plannedVsPerformed`. */
export interface PlanFacts {
  /** `YYYY-MM-DD` it is due by: the latest re-planning's, else the plan's. */
  plannedDate?: string;
  /** `YYYY-MM-DD` it was performed (latest performing step). */
  performedDate?: string;
  /** The performing step said something was found (deviations). */
  findings?: boolean;
}

/** An obligation that was met after its due date (judged from the events, see definitionRules). */
export interface LateObligation {
  id: string;
  title: string;
  kind: 'sla' | 'legal';
}

/**
 * Everything the reports read about one ärende, gathered in one pass over its events plus its
 * summary row. Holds no user ids or names; the only free text is the summary's short `rubrik` and
 * a lex Sarah rapport's händelse, which reports show only through `reportText`.
 */
export interface ArendeFacts {
  arendeId: string;
  processType: string;
  enhetId: string;
  status: 'open' | 'closed';
  rubrik: string;
  kategori: string | undefined;
  /** What the rapportör wrote when the category was "Övrigt" (shown masked to the processägare, so the list can grow). */
  kategoriBeskrivning?: string;
  /** Europe/Stockholm date the ärende was opened: places drafts without a rapport in a period. */
  openedDate: string | undefined;
  /** Instant of the first rapport (the initial step's submit); undefined while only opened. */
  reportedAt: string | undefined;
  /**
   * Europe/Stockholm date of `reportedAt` (the date the rapport was given, for an efterregistrering): the period by rapportdatum, and lead
   * times.
   */
  reportedDate: string | undefined;
  /** Registered in the system after the fact (efterregistrering): no lead time, both dates shown. */
  efterregistrerad?: boolean;
  /**
   * Europe/Stockholm date the händelse happened, from the rapport's data (see `HANDELSE_FIELDS`);
   * `reportedDate` when the rapport has none. Decides the period by händelsedatum (the default).
   */
  handelseDate: string | undefined;
  /** Europe/Stockholm date of the closing event (the summary's `updatedAt` of a closed ärende). */
  closedDate: string | undefined;
  /** Calendar days from `reportedDate` to `closedDate`. */
  leadTimeDays: number | undefined;
  atgarder: readonly AtgardFacts[];
  /** The pack's own facts (`ProcessPack.facts`), plain JSON; absent when its pack folds none. */
  pack?: unknown;
  /** Only for processes whose pack reports planned against performed. */
  plan?: PlanFacts;
  lateObligations: readonly LateObligation[];
  /** Open deadlines from the summary row (overdue is judged against `now` when reporting). */
  openDeadlines: readonly OpenDeadline[];
}
