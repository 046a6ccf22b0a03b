import type { LegalReference } from '../model/ProcessCatalog';

/** `{lagrum:<key>}` in a form's or definition's text: the reference table's wording, so no text keeps a paragraph number. */
const PLACEHOLDER = /\{lagrum:([^}\s]+)\}/g;

type References = Readonly<Record<string, LegalReference>>;

/** Every string in a JSON value (a schema, a ui schema, a definition), deep. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

/** The reference keys a value's texts name (`{lagrum:…}`), each once. */
export function legalKeysIn(value: unknown): string[] {
  const keys = new Set<string>();
  for (const text of stringsIn(value)) for (const m of text.matchAll(PLACEHOLDER)) keys.add(m[1]!);
  return [...keys];
}

/** The keys a value names that the table lacks. */
export function unknownLegalKeys(value: unknown, references: References): string[] {
  return legalKeysIn(value).filter((k) => !references[k]);
}

/** The value with every `{lagrum:…}` replaced by the table's source (an unknown key is left as written). */
export function withLegalTexts<T>(value: T, references: References): T {
  if (typeof value === 'string') return value.replace(PLACEHOLDER, (whole, key: string) => references[key]?.source ?? whole) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withLegalTexts(v, references)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLegalTexts(v, references)])) as T;
  return value;
}
