import type { FieldError } from '../ports/SchemaValidator';
import { textFields } from './textFields';

/**
 * The date part of a personnummer or samordningsnummer: ÅÅMMDD or ÅÅÅÅMMDD, a real month, a day of
 * 01–31 or, for a samordningsnummer, 61–91.
 */
const PERSONNUMMER_DATE = '(?:(?:1[89]|20)\\d{2}|\\d{2})(?:0[1-9]|1[0-2])(?:[0-2]\\d|3[01]|[6-8]\\d|9[01])';

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:[0-2]\\d|3[01]|[6-8]\\d|9[01])';
// ÅÅ-MM-DD, ÅÅ.MM.DD or ÅÅ MM DD, the same kind of separator twice ("12-12-12-1212").
const GROUPED_DATE = ['-', '\\.', '\\s'].map((sep) => `\\d{2}${sep}${MONTH}${sep}${DAY}`).join('|');
// Hyphen, the dashes Word puts in its place (en, em, figure dash, minus sign), plus or a dot, perhaps spaced; or a space.
const DASH = '\\-\\u2010-\\u2015\\u2212';
const TAIL_SEPARATOR = `(?:\\s*[${DASH}+.]\\s*|\\s?)`;

/**
 * A personnummer's shape (not yet its control digit): the date part, written whole or in groups, then the four last
 * digits; not part of a longer number. `truncated` also takes one cut short at a text's end ("19121212-12…").
 */
export function personnummerPattern(truncated = false): RegExp {
  const date = `(${PERSONNUMMER_DATE}|${GROUPED_DATE})`;
  const tail = truncated ? `(?:${TAIL_SEPARATOR}(\\d{4})(?!\\d)|${TAIL_SEPARATOR}\\d{0,3}(?=…$))` : `${TAIL_SEPARATOR}(\\d{4})(?!\\d)`;
  return new RegExp(`(?<!\\d)${date}${tail}`, 'g');
}

/**
 * Text as people and word processors write it, made plain for screening: invisible format characters (zero-width
 * space, soft hyphen, word joiner) removed and full-width forms (１２１２…) turned into ASCII. Dashes stay: the
 * pattern takes them. Visible text is unchanged, so reports may show the result.
 */
export function plainDigits(text: string): string {
  return text.replace(/\p{Cf}/gu, '').replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const CANDIDATE = personnummerPattern();

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The first personnummer or samordningsnummer (day + 60) in a text, masked ("191212-****"), or
 * undefined. Also as Word and people write it: a dash or dot for the hyphen, spaces around it, the date in groups
 * (12-12-12-1212), full-width digits, invisible characters inside. A valid date and the control digit must hold,
 * so dates, phone and diarienummer pass.
 */
export function findPersonnummer(text: string): string | undefined {
  for (const [, written, tail] of plainDigits(text).matchAll(CANDIDATE) as Iterable<[string, string, string]>) {
    const date = written.replace(/\D/g, '');
    // The control digit is computed over ÅÅMMDDNNNN, without the century.
    if (luhnOk(`${date.slice(-6)}${tail}`)) return `${date}-****`;
  }
  return undefined;
}

/**
 * Every free-text field of submitted data that holds a personnummer, as Swedish field errors: the
 * enskilde is named by reference, never by personnummer (data minimisation, OSL 26 kap.).
 */
export function personnummerErrors(data: unknown, schema?: Readonly<Record<string, unknown>>): FieldError[] {
  return textFields(data, schema).flatMap(({ pointer, label, value }) => {
    const found = findPersonnummer(value);
    if (!found) return [];
    return [
      {
        pointer,
        label,
        message:
          `"${label}" innehåller något som ser ut som ett personnummer (${found}). Skriv inte personnummer här – ange den ` +
          `enskilde med en referens, till exempel ärendenummer i verksamhetssystemet.`,
      },
    ];
  });
}
