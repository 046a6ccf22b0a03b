import type { PackRegistry } from '../model/PackRegistry';
import type { Organisation } from '../model/Organisation';
import type { ArendeFacts } from '../model/ArendeFacts';
import type { Datumgrund } from '../model/Datumgrund';
import type { CategoryLabels } from '../definition/categoryLabels';
import { atgardStatistics } from './atgardStatistics';
import type { AtgardStatistics } from './atgardStatistics';
import { enheterInScope } from './enheterInScope';
import type { OrgFilter } from './enheterInScope';
import { figureOf } from '../model/Figure';
import type { Figure } from '../model/Figure';
import { leadTimes } from './leadTimes';
import type { LeadTimeRow } from './leadTimes';
import { obligationStatistics } from './obligationStatistics';
import { packSections } from './packSections';
import type { PackSection } from './packSections';
import type { ObligationStatistics } from './obligationStatistics';
import { shiftPeriod } from '../calendar/Period';
import type { Period } from '../calendar/Period';
import { processCounts, trendColumnRefs } from './processCounts';
import type { ProcessCountRow } from './processCounts';
import { reportText } from './reportText';
import type { ReportText } from './reportText';
import { selectArenden, utanRapport } from './selectArenden';
import { stockholmDate } from '../calendar/stockholmDate';
import { yearsWithData } from './yearsWithData';

export interface KvalitetsberattelseOptions {
  /** The processes it reports on: their order, labels and own sections. */
  packs: PackRegistry;
  period: Period;
  /** The date that places an ärende in a period; default `handelsedatum`. */
  datumgrund?: Datumgrund;
  /** The instant the report is made: decides what is overdue. */
  now: string;
  org: Organisation;
  /** Names of the people the system knows: masked wherever an ärende's text is shown (with personnummer). */
  doljNamn?: readonly string[];
  /** The masking itself when the caller keeps one across reports (`reportText(doljNamn)` remembered); else made here. */
  text?: ReportText;
  /** Förvaltning, verksamhet or enhet; all ärenden when left out. */
  urval?: OrgFilter;
  /** How many earlier, equally long periods to compare with; default 2 (a three-year trend). */
  jamforelser?: number;
  /** Category labels from each process's forms (`categoryLabels`); without them a raw value is shown with spaces. */
  kategoriLabels?: CategoryLabels;
}

/** Every figure of the yearly kvalitetsberättelse for one period and part of the organisation. */
export interface Kvalitetsberattelse {
  period: Period;
  datumgrund: Datumgrund;
  /** Every year with an ärende by händelse, rapport or opening date, in any enhet; newest first (the year picker). */
  arMedData: readonly number[];
  now: string;
  /** Europe/Stockholm date of `now`. */
  idag: string;
  urval: OrgFilter;
  /** Ärenden placed in the period (by `datumgrund`) and scope: the base of every figure below. */
  arenden: Figure;
  /** Opened in the period but never reported: not in any other figure. */
  utanRapport: Figure;
  /** Counts per process for the earlier periods and this one, oldest first. */
  trend: readonly ProcessCountRow[];
  atgarder: AtgardStatistics;
  ledtider: readonly LeadTimeRow[];
  frister: ObligationStatistics;
  /** Count tables and lists the process packs ask for (avvikelser per kategori and enhet, lex Sarah's rapporter). */
  processer: readonly PackSection[];
}

/**
 * Builds the kvalitetsberättelse from collected facts (see `collectArendeFacts`). Pure and
 * linear in the number of ärenden; the same facts serve any period, scope or comparison.
 */
export function kvalitetsberattelse(facts: readonly ArendeFacts[], options: KvalitetsberattelseOptions): Kvalitetsberattelse {
  const { period, now, org } = options;
  const idag = stockholmDate(now);
  if (!idag) throw new Error(`Ogiltig tidpunkt för "nu": ${now}`);
  const enheter = enheterInScope(org, options.urval);
  const datumgrund = options.datumgrund ?? 'handelsedatum';
  const scope = { period, enheter, datumgrund };
  const selected = selectArenden(facts, scope);
  const earlier = options.jamforelser ?? 2;
  const periods: Period[] = [];
  for (let back = earlier; back >= 1; back--) periods.push(shiftPeriod(period, -back));
  periods.push(period);
  const text = options.text ?? reportText(options.doljNamn);
  return {
    period,
    datumgrund,
    arMedData: yearsWithData(facts),
    now,
    idag,
    urval: options.urval ?? {},
    arenden: figureOf(selected.map((f) => f.arendeId)),
    utanRapport: figureOf(utanRapport(facts, scope).map((f) => f.arendeId)),
    trend: processCounts(facts, periods, datumgrund, options.packs.counted, enheter, trendColumnRefs(options.packs)),
    atgarder: atgardStatistics(selected, idag),
    ledtider: leadTimes(selected, options.packs),
    frister: obligationStatistics(selected, now, options.packs),
    processer: packSections(selected, { org, period, now, enheter, datumgrund, text }, options.kategoriLabels ?? {}, idag, options.packs),
  };
}
