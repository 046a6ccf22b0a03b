/**
 * The dates the law relies on, declared per process in its skeleton (`LegalSkeleton.dates`): what has happened is
 * never in the future, the order of events holds, a planned thing lies in its plan's year, and nothing happens at an
 * enhet before it started (or after it closed). The engine checks them on every new submission, whatever the
 * definition says; the verifier refuses a definition whose forms drop a date a rule reads.
 */

/** A date (or a plan's year) a rule compares with: in the same event, or the latest earlier one of `events` that recorded it. */
export interface DateRef {
  /** Earlier events to read, e.g. a re-planning and the plan: the latest of them (by log order) with a value at `path`. */
  events?: readonly string[];
  /** Path in that event's data, without rows (`tidpunkter.handelseTidpunkt`, `ar`). */
  path: string;
  /** Swedish, as it reads after "före": "händelsen", "datumet då anmälan skickades", "planens år". */
  label: string;
}

export interface DateRule {
  /** The event that records the date: a step's `<key>.submit` or a command (`atgard.rapportera`). */
  event: string;
  /** Path of a `date` or `date-time` field; `rows[].datum` checks every row. */
  path: string;
  /** Swedish, starting a sentence: "Datumet då kompletteringen skickades". */
  label: string;
  /** It records something that has happened: not after the submission's day (its time, for a date-time) in Stockholm. */
  notFuture?: boolean;
  /** Not before these dates (same event, or an earlier event's): upptäckt ≥ händelse, komplettering ≥ anmälan. */
  notBefore?: readonly DateRef[];
  /** A planned date lies in its plan's year (a year number at the ref's path); `startOnly`: only not before it starts. */
  inPeriodOf?: DateRef & { startOnly?: boolean };
  /** Not before the enhet's start date; `startAndEnd`: nor after its end date (a händelse at a closed enhet). */
  notBeforeEnhet?: 'start' | 'startAndEnd';
}

/**
 * No date in these processes lies before this: none of the laws they rest on is older (SoL 1980:620 came into force
 * 1982, LSS 1994, lex Sarah 1999), and the engine's Stockholm calendar is right from 1980. An earlier date is a typo.
 */
export const DATE_FLOOR = '1980-01-01';
