/** What a field's technical name must look like: a lower-case letter, then letters a–z, A–Z or digits. */
export const FIELD_NAME_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

const MAX_NAME_LENGTH = 40;

/** The words of a Swedish text with å, ä, ö (and other accents) folded to plain letters. */
function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** `base`, or `base2`, `base3` … with `separator` when `base` is already taken. */
function unique(base: string, taken: ReadonlySet<string> | undefined, separator: string): string {
  if (!taken?.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${separator}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Suggests a technical field name from a Swedish label, in camelCase with å→a, ä→a, ö→o:
 * "Är det allvarligt?" → `arDetAllvarligt`. Always matches {@link FIELD_NAME_PATTERN};
 * falls back to `falt`, and appends 2, 3 … when the name is in `taken`.
 */
export function fieldNameFrom(label: string, taken?: ReadonlySet<string>): string {
  let name = '';
  for (const word of foldedWords(label)) {
    const lower = word.toLowerCase();
    const next = name === '' ? lower : `${name}${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
    if (name !== '' && next.length > MAX_NAME_LENGTH) break;
    name = next;
  }
  name = name.replace(/^[0-9]+/, '');
  name = name === '' ? 'falt' : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  return unique(name.slice(0, MAX_NAME_LENGTH), taken, '');
}

/**
 * Suggests the stored value of a choice alternative from its Swedish label, in snake_case with
 * å→a, ä→a, ö→o: "Påtaglig risk" → `pataglig_risk`. Falls back to `alternativ`, and appends
 * `_2`, `_3` … when the value is in `taken`.
 */
export function optionValueFrom(label: string, taken?: ReadonlySet<string>): string {
  const value = foldedWords(label)
    .map((w) => w.toLowerCase())
    .join('_')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/_+$/, '');
  return unique(value === '' ? 'alternativ' : value, taken, '_');
}
