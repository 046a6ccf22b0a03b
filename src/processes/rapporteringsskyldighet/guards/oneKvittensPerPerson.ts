import type { GuardImpl } from '../../../engine/model/GuardImpl';
import type { ArendeContext, MachineEvent } from '../../../engine/model/ArendeContext';
import { isAcknowledged, listedRows, listsOf, nameKey, OWN_EVENT, ownKvittenser, ownName, rowsOf, SATT_TITLES } from '../kvittenser';
import type { PersonRow } from '../kvittenser';

const recorded = (row: PersonRow) => `${row.kvitteradDatum} (${SATT_TITLES[row.kvitteradSatt ?? ''] ?? row.kvitteradSatt ?? 'okänt sätt'})`;

/** What this save itself gets wrong: a person twice, a kvittens twice, or a row for a nr no one has. */
function listProblems(data: unknown): string[] {
  const { personer, nya, kvittenser } = listsOf(data);
  const out: string[] = [];
  const names = new Set<string>();
  for (const p of personer) {
    if (names.has(nameKey(p.namn))) out.push(`${p.namn} står på flera rader. Varje person förs in en gång och kvitterar en gång per år.`);
    names.add(nameKey(p.namn));
  }
  const nameOf = (nr: number) => personer.find((p) => p.nr === nr)?.namn;
  const counted = new Set<number>();
  for (const k of kvittenser) {
    if (nameOf(k.nr) === undefined) out.push(`Kvittensen för nr ${k.nr}: ingen person i listan har nr ${k.nr}.`);
    else if (counted.has(k.nr)) out.push(`${nameOf(k.nr)} har två kvittenser. Varje person kvitterar en gång per år.`);
    counted.add(k.nr);
  }
  for (const n of nya) if (nameOf(n.nr) === undefined) out.push(`Ny på enheten, nr ${n.nr}: ingen person i listan har nr ${n.nr}.`);
  return out;
}

/** A kvittens this save adds for someone who has already acknowledged in the app. */
function secondToOwn(ctx: ArendeContext, rows: readonly PersonRow[]): string[] {
  const listed = new Set(
    listedRows(ctx)
      .filter(isAcknowledged)
      .map((r) => nameKey(r.namn)),
  );
  return ownKvittenser(ctx)
    .filter((k) => !listed.has(nameKey(k.namn)) && rows.some((r) => isAcknowledged(r) && nameKey(r.namn) === nameKey(k.namn)))
    .map((k) => `${k.namn} har redan kvitterat informationen i Kvalitetsflöde ${k.datum}. En andra kvittens samma år förs inte in.`);
}

/** The chef's save: her list's own problems, every kvittens she recorded kept as it was, none beside one given in the app. */
function listProblemsAfter(ctx: ArendeContext, ev: MachineEvent): string[] {
  const out = listProblems(ev.data);
  const rows = rowsOf(ev.data);
  for (const before of listedRows(ctx).filter(isAcknowledged)) {
    const now = rows.filter((r) => nameKey(r.namn) === nameKey(before.namn));
    if (now.length === 0) out.push(`${before.namn} har kvitterat informationen ${recorded(before)} och kan inte tas bort ur listan.`);
    else if (now.some((r) => r.kvitteradDatum !== before.kvitteradDatum || r.kvitteradSatt !== before.kvitteradSatt))
      out.push(`${before.namn} har redan kvitterat informationen ${recorded(before)}. En andra kvittens samma år förs inte in.`);
  }
  return [...out, ...secondToOwn(ctx, rows)];
}

/** An acknowledgment in the app by someone whose kvittens the chef has already recorded (her name on the list). */
function ownProblems(ctx: ArendeContext, ev: MachineEvent): string[] {
  const namn = ownName(ev.data);
  const row = namn === undefined ? undefined : listedRows(ctx).find((r) => isAcknowledged(r) && nameKey(r.namn) === nameKey(namn));
  return row ? [`Din kvittens är redan införd av enhetschefen: ${recorded(row)}. Du kvitterar en gång per år.`] : [];
}

/**
 * One acknowledgment per person and year, whichever way it is given: a person stands on one row only with at most one
 * kvittens, a kvittens once recorded stays as it was, and one given in the app is never doubled on paper (nor the
 * other way round). Swedish reasons, one each.
 */
export function kvittensProblems(ctx: ArendeContext, ev: MachineEvent): string[] {
  return ev.type === OWN_EVENT ? ownProblems(ctx, ev) : listProblemsAfter(ctx, ev);
}

export const oneKvittensPerPerson: GuardImpl = {
  readsEventData: true,
  describe: () => 'Varje person kvitterar informationen en gång per år, i appen eller på papper, och en införd kvittens ändras inte',
  test: (ctx, ev) => kvittensProblems(ctx, ev).length === 0,
  explain: (ctx, ev) => kvittensProblems(ctx, ev),
  // What earlier saves recorded is not tracked by the path search.
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
