import type { ArendeEvent } from '../../engine/model/ArendeEvent';
import { stockholmDate } from '../../engine/calendar/stockholmDate';

/** One valued risk of a riskanalys (latest `vardera.submit`). */
export interface RiskFacts {
  nr: number;
  sannolikhet: number;
  konsekvens: number;
  /** sannolikhet × konsekvens, 1–16. */
  riskvarde: number;
  /** The latest handlingsplan names an åtgärd for this risk number. */
  harAtgard: boolean;
}

/** What the reports read of a riskanalys: its valued risks and the day it was approved. */
export interface RiskanalysFacts {
  kind: 'riskanalys';
  risks: RiskFacts[];
  /** Europe/Stockholm date of the latest `godkannande.submit`. */
  godkandDate?: string;
}

const field = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;

function risksOf(vardera: unknown, handlingsplan: unknown): RiskFacts[] {
  const list = field(vardera, 'varderingar');
  if (!Array.isArray(list)) return [];
  const planned = field(handlingsplan, 'atgarder');
  const covered = new Set<unknown>(Array.isArray(planned) ? planned.map((a) => field(a, 'nr')) : []);
  const out: RiskFacts[] = [];
  for (const v of list) {
    const nr = field(v, 'nr');
    const s = field(v, 'sannolikhet');
    const k = field(v, 'konsekvens');
    if (typeof nr === 'number' && typeof s === 'number' && typeof k === 'number')
      out.push({ nr, sannolikhet: s, konsekvens: k, riskvarde: s * k, harAtgard: covered.has(nr) });
  }
  return out;
}

/** The pack's fact fold: the latest värdering against the latest handlingsplan, and the latest approval, in `from`–`to`. */
export function riskanalysFacts(input: { events: readonly ArendeEvent[]; from?: number; to?: number }): RiskanalysFacts {
  let vardera: unknown;
  let handlingsplan: unknown;
  let godkandAt: string | undefined;
  for (let i = input.from ?? 0; i < (input.to ?? input.events.length); i++) {
    const ev = input.events[i]!;
    if (ev.type === 'vardera.submit') vardera = ev.stepData;
    else if (ev.type === 'handlingsplan.submit') handlingsplan = ev.stepData;
    else if (ev.type === 'godkannande.submit') godkandAt = ev.at;
  }
  const godkandDate = godkandAt === undefined ? undefined : stockholmDate(godkandAt);
  return { kind: 'riskanalys', risks: risksOf(vardera, handlingsplan), ...(godkandDate ? { godkandDate } : {}) };
}

/** The facts a riskanalys's pack folded, if these are they. */
export function asRiskanalysFacts(x: unknown): RiskanalysFacts | undefined {
  return x && typeof x === 'object' && (x as RiskanalysFacts).kind === 'riskanalys' ? (x as RiskanalysFacts) : undefined;
}
