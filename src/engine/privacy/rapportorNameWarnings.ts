import type { FieldError } from '../ports/SchemaValidator';
import { textFields } from '../runtime/textFields';
import { foldText } from './foldText';
import { maskNames } from './maskNames';

/** Fields that name a person on purpose (the rapportör's own, who acted): her name belongs there. */
const PERSON_FIELDS: ReadonlySet<string> = new Set(['namn', 'anvandarId']);

const rapportorNamn = (data: unknown): string | undefined => {
  const r = (data as { rapportor?: { namn?: unknown } } | null)?.rapportor;
  return typeof r?.namn === 'string' && r.namn.trim() ? r.namn : undefined;
};

/**
 * The free-text fields of a rapport being written that hold the rapportör's name, as Swedish warnings: the rapportör
 * the form names, else the one writing it (`ownName`). Her name is withheld from some readers and then masked in the
 * text too (issue 21). A warning, not an error: the rapport may still be sent.
 */
export function rapportorNameWarnings(data: unknown, ownName: string, schema?: Readonly<Record<string, unknown>>): FieldError[] {
  const rapportor = rapportorNamn(data) ?? ownName;
  const whose = foldText(rapportor).trim() === foldText(ownName).trim() ? 'ditt namn' : `rapportörens namn (${rapportor})`;
  const mask = maskNames([rapportor], '', { initials: true });
  return textFields(data, schema).flatMap(({ pointer, label, key, value }) => {
    if ((key !== undefined && PERSON_FIELDS.has(key)) || mask(value) === value) return [];
    return [
      {
        pointer,
        label,
        message:
          `"${label}" innehåller ${whose}. Rapportörens namn visas inte för alla som läser ärendet och döljs då också i texten – ` +
          `skriv hellre "jag" eller "rapportören".`,
      },
    ];
  });
}
