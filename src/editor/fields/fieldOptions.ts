import { optionValueFrom } from './fieldNameFrom';
import type { FieldOption } from './fieldTypes';

/** Separates an explicit stored value from the label on one line of the options text. */
export const OPTION_SEPARATOR = '|';

/**
 * Parses the options text of the editor: one alternative per line, either just the label
 * ("Påtaglig risk", the value is derived with `optionValueFrom`) or `värde | text`
 * ("pataglig_risk | Påtaglig risk"). Blank lines are skipped; values and labels are trimmed.
 * Nothing is validated here: an empty value or label is kept so validation can name it.
 */
export function parseOptions(text: string): FieldOption[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const explicit = new Set(lines.filter((l) => l.includes(OPTION_SEPARATOR)).map((l) => l.slice(0, l.indexOf(OPTION_SEPARATOR)).trim()));
  const taken = new Set(explicit);
  return lines.map((line) => {
    const at = line.indexOf(OPTION_SEPARATOR);
    if (at >= 0) return { value: line.slice(0, at).trim(), label: line.slice(at + 1).trim() };
    const value = optionValueFrom(line, taken);
    taken.add(value);
    return { value, label: line };
  });
}

/** The options text for existing alternatives, one `värde | text` per line (keeps stored values). */
export function formatOptions(options: readonly FieldOption[]): string {
  return options.map((o) => `${o.value} ${OPTION_SEPARATOR} ${o.label}`).join('\n');
}
