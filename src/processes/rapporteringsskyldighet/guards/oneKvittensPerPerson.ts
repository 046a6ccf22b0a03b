import type { GuardImpl } from '../../../engine/behaviour/GuardImpl';
import type { ArendeContext, MachineEvent } from '../../../engine/model/ArendeContext';
import { isAcknowledged, latestRows, nameKey, rowsOf, SATT_TITLES } from '../kvittenser';
import type { PersonRow } from '../kvittenser';

const recorded = (row: PersonRow) => `${row.kvitteradDatum} (${SATT_TITLES[row.kvitteradSatt ?? ''] ?? row.kvitteradSatt ?? 'okänt sätt'})`;

/**
 * One acknowledgment per person and year: a person stands on one row only, and a kvittens once recorded stays as it
 * was (not replaced by a second one, not removed with her row). Reasons in Swedish, one per person.
 */
export function kvittensProblems(ctx: ArendeContext, ev: MachineEvent): string[] {
  const rows = rowsOf(ev.data);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = nameKey(row.namn);
    if (seen.has(key)) out.push(`${row.namn} står på flera rader. Varje person förs in en gång och kvitterar en gång per år.`);
    seen.add(key);
  }
  for (const before of latestRows(ctx).filter(isAcknowledged)) {
    const now = rows.filter((r) => nameKey(r.namn) === nameKey(before.namn));
    if (now.length === 0) out.push(`${before.namn} har kvitterat informationen ${recorded(before)} och kan inte tas bort ur listan.`);
    else if (now.some((r) => r.kvitteradDatum !== before.kvitteradDatum || r.kvitteradSatt !== before.kvitteradSatt))
      out.push(`${before.namn} har redan kvitterat informationen ${recorded(before)}. En andra kvittens samma år förs inte in.`);
  }
  return out;
}

export const oneKvittensPerPerson: GuardImpl = {
  readsEventData: true,
  describe: () => 'Varje person kvitterar informationen en gång per år, och en införd kvittens ändras inte',
  test: (ctx, ev) => kvittensProblems(ctx, ev).length === 0,
  explain: (ctx, ev) => kvittensProblems(ctx, ev),
  // What earlier saves recorded is not tracked by the path search.
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
