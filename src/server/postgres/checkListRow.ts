import type { ArendeEvent, ArendeSummary, OpenData } from '../../engine/internal';
import type { IntegrityProblem } from './IntegrityProblem';

/** The list row's columns that decide who sees the ärende and how (enhet, process, who opened it, status), and its last event. */
export interface ListRowColumns {
  e: string;
  p: string;
  o: string;
  /** Status and definition version: what lists filter on and which version a step runs. */
  s: string;
  v: number;
  l: number | null;
  h: string | null;
}

/**
 * The list row is a cache, but lists and inboxes are scoped by it: a row that disagrees with the ärende's own log (moved
 * to another enhet, planted without events, missing, or – against the replayed log – another status) names the ärende.
 */
export function checkListRow(
  arendeId: string,
  stored: readonly { b: ArendeEvent }[],
  row: ListRowColumns | undefined,
  derived?: ArendeSummary | string,
): IntegrityProblem[] {
  const open = stored[0]?.b;
  const last = stored[stored.length - 1]?.b;
  if (!row)
    return open ? [{ arendeId, reason: 'Ärendet saknar sin listrad: det syns inte i listor och inkorgar. Raden har tagits bort.' }] : [];
  if (!open || !last)
    return [{ arendeId, reason: 'Det finns en listrad för ärendet men inga händelser: raden har lagts till utanför systemet.' }];
  const data = open.stepData as Partial<OpenData> | undefined;
  const out: IntegrityProblem[] = [];
  const differs = (what: string, inRow: string, inLog: unknown) =>
    out.push({ arendeId, reason: `Listraden anger ${what} "${inRow}", men ärendets logg säger "${String(inLog)}": raden har ändrats.` });
  if (row.e !== data?.enhetId) differs('enheten', row.e, data?.enhetId);
  if (row.p !== data?.processType) differs('processen', row.p, data?.processType);
  if (row.o !== open.actor.userId) differs('den som öppnade ärendet', row.o, open.actor.userId);
  if (typeof derived === 'string') out.push({ arendeId, reason: derived });
  else if (derived) {
    if (row.s !== derived.status) differs('status', row.s, derived.status);
    if (row.v !== derived.definitionVersion) differs('processversionen', String(row.v), derived.definitionVersion);
  }
  if (row.l !== last.seq || row.h !== last.hash)
    out.push({
      arendeId,
      reason: `Listraden är skriven för händelse ${row.l ?? '–'}, men loggen slutar vid händelse ${last.seq}: raden har ändrats.`,
    });
  return out;
}
