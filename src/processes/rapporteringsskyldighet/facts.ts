import type { ArendeEvent } from '../../engine/model/ArendeEvent';
import { dayOf, KVITTENS_EVENT, nameKey, OWN_EVENT, ownName, rowsOf, withOwn } from './kvittenser';
import type { OwnKvittens } from './kvittenser';

/** One person of the year's list and, once recorded, who recorded her acknowledgment and when. */
export interface PersonFacts {
  nr: number;
  namn: string;
  grupp: string;
  borjadeDatum?: string;
  kvittens?: { datum: string; satt: string | undefined; registreradAv: string; registreradVid: string };
}

/** What the ärende says of the year's information: when and how it was given, who acknowledged it, and the close. */
export interface RapporteringsFacts {
  kind: 'rapporteringsskyldighet';
  ar?: number;
  datum?: string;
  satt?: string;
  personer: PersonFacts[];
  avslutad?: { datum: string; kommentar?: string };
}

const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** The first save that recorded each person's acknowledgment (the guard keeps it unchanged after that). */
function firstKvittenser(events: readonly ArendeEvent[]): Map<string, { registreradAv: string; registreradVid: string }> {
  const first = new Map<string, { registreradAv: string; registreradVid: string }>();
  for (const ev of events) {
    if (ev.type !== KVITTENS_EVENT) continue;
    for (const row of rowsOf(ev.stepData))
      if (row.kvitteradDatum && !first.has(nameKey(row.namn)))
        first.set(nameKey(row.namn), { registreradAv: ev.actor.userId, registreradVid: ev.at });
  }
  return first;
}

/** The acknowledgments people gave in the app, each once (the engine refuses a second), earliest first. */
function ownOf(events: readonly ArendeEvent[]): { own: OwnKvittens[]; at: Map<string, string> } {
  const own: OwnKvittens[] = [];
  const at = new Map<string, string>();
  for (const ev of events) {
    if (ev.type !== OWN_EVENT || at.has(ev.actor.userId)) continue;
    own.push({ userId: ev.actor.userId, namn: ownName(ev.stepData) ?? ev.actor.userId, datum: dayOf(ev.at) });
    at.set(ev.actor.userId, ev.at);
  }
  return { own, at };
}

/**
 * Folds the log: the latest list of people, each acknowledgment with who recorded it and when. The report hands many
 * ärenden's logs in one array, this one's at `from` up to (not including) `to`.
 */
export function rapporteringsFacts(input: { events: readonly ArendeEvent[]; from?: number; to?: number }): RapporteringsFacts {
  const events = input.events.slice(input.from ?? 0, input.to ?? input.events.length);
  const latest = (type: string) => events.findLast((e) => e.type === type)?.stepData as Record<string, unknown> | undefined;
  const information = latest('information.submit');
  const avslut = latest('avslut.submit');
  const recorded = firstKvittenser(events);
  const { own, at } = ownOf(events);
  const personer = withOwn(rowsOf(latest(KVITTENS_EVENT)), own).map((row): PersonFacts => {
    const by = row.kvitteradAv
      ? { registreradAv: row.kvitteradAv, registreradVid: at.get(row.kvitteradAv)! }
      : recorded.get(nameKey(row.namn));
    return {
      nr: row.nr,
      namn: row.namn,
      grupp: row.grupp,
      ...(row.borjadeDatum ? { borjadeDatum: row.borjadeDatum } : {}),
      ...(row.kvitteradDatum && by ? { kvittens: { datum: row.kvitteradDatum, satt: row.kvitteradSatt, ...by } } : {}),
    };
  });
  const datum = text(information?.datum);
  const satt = text(information?.satt);
  const kommentar = text(avslut?.kommentar);
  return {
    kind: 'rapporteringsskyldighet',
    ...(typeof information?.ar === 'number' ? { ar: information.ar } : {}),
    ...(datum ? { datum } : {}),
    ...(satt ? { satt } : {}),
    personer,
    ...(avslut && text(avslut.datum) ? { avslutad: { datum: text(avslut.datum)!, ...(kommentar ? { kommentar } : {}) } } : {}),
  };
}

/** The fold kept on an ärende's report facts, when it is this pack's. */
export function asRapporteringsFacts(x: unknown): RapporteringsFacts | undefined {
  return x && typeof x === 'object' && (x as RapporteringsFacts).kind === 'rapporteringsskyldighet' ? (x as RapporteringsFacts) : undefined;
}
