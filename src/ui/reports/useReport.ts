import { createContext, useMemo } from 'react';
import type { KvalitetsberattelseRequest } from '../../api/contract';
import { customPeriod, halfYearPeriod, quarterPeriod, yearPeriod } from '../../engine/index';
import type { Datumgrund, Kvalitetsberattelse, OrgFilter, Period } from '../../engine/index';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';

/** The report a figure on the page belongs to: its list asks the server for that report's figure, page by page. */
export const FigureSource = createContext<KvalitetsberattelseRequest | undefined>(undefined);

export interface ReportChoice {
  kind: 'year' | 'half' | 'quarter' | 'custom';
  year: number;
  half: 1 | 2;
  quarter: 1 | 2 | 3 | 4;
  from: string;
  to: string;
  /** `''` (all), `v:<verksamhetId>` or `e:<enhetId>`. */
  urval: string;
  jamforelser: number;
  /** The date that places an ärende in the period. */
  datumgrund: Datumgrund;
}

/** The choice the page starts with: this year by händelsedatum, the whole förvaltning, two years back. */
export function defaultChoice(year: number, datumgrund: Datumgrund = 'handelsedatum'): ReportChoice {
  return { kind: 'year', year, half: 1, quarter: 1, from: '', to: '', urval: '', jamforelser: 2, datumgrund };
}

export function periodOf(c: ReportChoice): Period | string {
  try {
    if (c.kind === 'year') return yearPeriod(c.year);
    if (c.kind === 'half') return halfYearPeriod(c.year, c.half);
    if (c.kind === 'quarter') return quarterPeriod(c.year, c.quarter);
    if (!c.from || !c.to) return 'Ange både från- och till-datum.';
    if (c.from > c.to) return 'Från-datum måste vara före till-datum.';
    return customPeriod(c.from, c.to);
  } catch (e) {
    return `Perioden är ogiltig: ${(e as Error).message}`;
  }
}

export function orgFilterOf(urval: string): OrgFilter | undefined {
  if (urval.startsWith('v:')) return { verksamhetId: urval.slice(2) };
  if (urval.startsWith('e:')) return { enhetId: urval.slice(2) };
  return undefined;
}

/** The request the server computes a report for (the org scope is the server's: its own session). */
export function requestOf(c: ReportChoice): KvalitetsberattelseRequest | string {
  const period = periodOf(c);
  if (typeof period === 'string') return period;
  const urval = orgFilterOf(c.urval);
  return { period, datumgrund: c.datumgrund, jamforelser: c.jamforelser, ...(urval ? { urval } : {}) };
}

/** The server computes the report for each choice; figures carry references the server resolves when opened. */
export function useReport(choice: ReportChoice): {
  report?: Kvalitetsberattelse;
  problem?: string;
  loading: boolean;
  error?: Error;
  /** Whether the signed-in user may see an ärende's details (counts are shown regardless). */
  mayView(arendeId: string): boolean;
  /** What the server was asked: a figure's list names it with the figure's reference. */
  request?: KvalitetsberattelseRequest;
  /** The latest check of the log, when one has run. */
  loggkontroll?: { ok: boolean; checkedAt: string };
} {
  const { backend } = useServices();
  const request = requestOf(choice);
  const key = typeof request === 'string' ? request : JSON.stringify(request);
  const { data, error } = useLoad(async () => {
    if (typeof request === 'string') return undefined;
    performance.mark('kf:report-load-start');
    const answer = await backend.kvalitetsberattelse(request);
    performance.measure('kf:report-facts', 'kf:report-load-start');
    return answer;
  }, [backend, key]);
  const viewable = useMemo(() => new Set(data?.viewable ?? []), [data]);
  return {
    ...(data ? { report: data.report } : {}),
    ...(data?.loggkontroll ? { loggkontroll: data.loggkontroll } : {}),
    ...(typeof request === 'string' ? { problem: request } : {}),
    loading: typeof request !== 'string' && !data && !error,
    ...(error ? { error } : {}),
    mayView: (arendeId) => viewable.has(arendeId),
    ...(typeof request === 'string' ? {} : { request }),
  };
}

/** The print route's key: the year, `-rapportdatum` when counted by rapport date, then the page's other choices. */
export function utskriftKey(c: Pick<ReportChoice, 'year' | 'datumgrund' | 'jamforelser' | 'urval'>): string {
  const base = c.datumgrund === 'rapportdatum' ? `${c.year}-rapportdatum` : String(c.year);
  const parts = [base, ...(c.jamforelser !== 2 ? [`jamfor=${c.jamforelser}`] : []), ...(c.urval ? [`urval=${c.urval}`] : [])];
  return parts.join(';');
}

/** The print's choice from its key; an older key (year and datumgrund only) reads as before. */
export function parseUtskriftKey(key: string): ReportChoice {
  const [base = '', ...parts] = key.split(';');
  const datumgrund: Datumgrund = base.endsWith('-rapportdatum') ? 'rapportdatum' : 'handelsedatum';
  const choice = defaultChoice(Number(base.slice(0, 4)), datumgrund);
  for (const part of parts) {
    const [name, value = ''] = [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)];
    if (name === 'jamfor' && /^\d{1,2}$/.test(value)) choice.jamforelser = Math.min(10, Number(value));
    if (name === 'urval' && /^[ve]:/.test(value)) choice.urval = value;
  }
  return choice;
}
