import type { PersonRow } from './csvRows';
import { mailKey, PERSON_LABELS } from './importNames';
import type { PersonFields } from './importTypes';

/** One person of the file: her rows, the details they give (with the row that first gave each), and whom she became. */
export interface PersonGroup {
  key: string;
  rows: PersonRow[];
  fields: Partial<Record<keyof PersonFields, { value: string; row: number }>>;
  userId?: string;
  namn?: string;
}

type Fail = (row: number, message: string) => void;

/**
 * Rows of the same person become one group: the same inloggnings-id, or else the same e-post (a row
 * without an id joins the group whose id rows give that e-post). Their details must agree.
 */
export function groupPeople(rows: readonly PersonRow[], fail: Fail): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  const idOfMail = loginIdsByMail(rows, fail);
  for (const r of rows) {
    const id = r.inloggningsId ?? (r.epost ? idOfMail.get(mailKey(r.epost))?.id : undefined);
    const key = id !== undefined ? `id:${id}` : `epost:${mailKey(r.epost ?? '')}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, rows: [], fields: {} }));
    g.rows.push(r);
    addDetails(g, r, id, fail);
  }
  return [...groups.values()];
}

/** The inloggnings-id each e-post is given with; one e-post with two ids is an error. */
function loginIdsByMail(rows: readonly PersonRow[], fail: Fail): Map<string, { id: string; row: number }> {
  const idOfMail = new Map<string, { id: string; row: number }>();
  for (const r of rows) {
    if (!r.inloggningsId || !r.epost) continue;
    const known = idOfMail.get(mailKey(r.epost));
    if (!known) idOfMail.set(mailKey(r.epost), { id: r.inloggningsId, row: r.row });
    else if (known.id !== r.inloggningsId)
      fail(
        r.row,
        `E-postadressen ${r.epost} står på rad ${known.row} med inloggnings-id ${known.id}, här med ${r.inloggningsId}: två ` +
          `personer kan inte ha samma e-post.`,
      );
  }
  return idOfMail;
}

/** A row's details joined to its group's: the first row to give a field sets it, a later different value is an error. */
function addDetails(g: PersonGroup, r: PersonRow, id: string | undefined, fail: Fail): void {
  const values: PersonFields = {
    namn: r.namn,
    ...(r.titel ? { titel: r.titel } : {}),
    ...(r.telefon ? { telefon: r.telefon } : {}),
    ...(r.epost ? { epost: r.epost } : {}),
    ...(r.inloggningsId ? { loginSubject: r.inloggningsId } : {}),
  };
  for (const k of Object.keys(values) as (keyof PersonFields)[]) {
    const value = values[k]!;
    const before = g.fields[k];
    if (!before) g.fields[k] = { value, row: r.row };
    else if (k === 'namn' && before.value !== value && id !== undefined)
      fail(
        r.row,
        `Inloggnings-id ${id} står också på rad ${before.row}, för ${before.value}: samma inloggnings-id kan inte höra till ` +
          `två personer (här ${value}).`,
      );
    else if (k === 'namn' && before.value !== value)
      fail(
        r.row,
        `E-postadressen ${r.epost ?? ''} står också på rad ${before.row}, för ${before.value}: två personer kan inte ha samma ` +
          `e-post (här ${value}).`,
      );
    else if (k === 'epost' ? mailKey(before.value) !== mailKey(value) : before.value !== value)
      fail(
        r.row,
        `${PERSON_LABELS[k].charAt(0).toUpperCase()}${PERSON_LABELS[k].slice(1)} "${value}" skiljer sig från rad ${before.row} ` +
          `("${before.value}") för samma person. Skriv samma uppgifter på varje rad för en person, eller lämna fältet tomt.`,
      );
  }
}
