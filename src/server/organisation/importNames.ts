import type { PersonFields } from './importTypes';

/** Names match without regard to case or spacing ("hemtjänst  norr" is "Hemtjänst Norr"), but å is not a. */
export const nameKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
export const mailKey = (s: string) => s.trim().toLowerCase();

/** A value in a change's text: quoted, or "(tomt)" when there was none. */
export const shown = (value: string | undefined) => (value ? `"${value}"` : '(tomt)');

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How a person's field is named in the texts the admin reads. */
export const PERSON_LABELS: Record<keyof PersonFields, string> = {
  namn: 'namn',
  titel: 'befattning',
  telefon: 'telefon',
  epost: 'e-post',
  loginSubject: 'inloggnings-id',
};
