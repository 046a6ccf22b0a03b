import { maskNames } from '../privacy/maskNames';
import { personnummerPattern, plainDigits } from '../runtime/personnummer';

/** Turns an ärende's free text (its rubrik) into text a report may show: one line, whole, without personal identifiers. */
export type ReportText = (text: string) => string;

// Personnummer and samordningsnummer (day + 60) as people write them (see findPersonnummer); also one
// cut short where the summary shortened its rubrik ("19121212-12…").
const PERSONNUMMER = personnummerPattern(true);
export const DOLT_PERSONNUMMER = '[personnummer dolt]';
export const DOLT_NAMN = '[namn dolt]';

/**
 * A {@link ReportText} that folds whitespace to single spaces and masks personnummer and the given
 * people's names (`maskNames`: any case, with or without diacritics; an everyday-word part only capitalised).
 */
export function reportText(names: readonly string[] = []): ReportText {
  const masked = maskNames(names, DOLT_NAMN);
  return (text) => masked(plainDigits(text).replace(/\s+/g, ' ').trim().replace(PERSONNUMMER, DOLT_PERSONNUMMER));
}

// A word with a capital: Swedish capitalises names and places, not nouns.
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]*(?![\p{L}\p{N}])/gu;
// Abbreviations stay: "IT", "LSS", "SoL" (three capitals at most, or a capital inside a short word).
const ABBREVIATION = /^(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}?\p{Lu}\p{L}?)$/u;
// Letters and digits joined by - / or . ("ENR-2026-0042", "070-123", "2026-03-01").
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\-/.]*[\p{L}\p{N}])?/gu;
const DOLT_NUMMER = '[nummer dolt]';

/** A number that may identify someone: a telephone, a reference (five digits, or three with letters); not a date. */
function identifying(token: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(token)) return false;
  const digits = token.replace(/\D/g, '').length;
  return digits >= 5 || (digits >= 3 && /\p{L}/u.test(token));
}

/**
 * Report text for someone who may not read the ärende (the processägare): besides what `reportText` masks, every
 * capitalised word that does not open a sentence (names and places, also a name no one told us, "Kalle Karlsson"),
 * the opening word too when a capitalised word follows it, and numbers that may identify. Kept: a sentence's opening
 * word alone and short abbreviations, so "Brand i tvättstugan" still says what happened. A lone given name opening a
 * sentence is what a reader could still see.
 */
export function strictReportText(names: readonly string[] = []): ReportText {
  const masked = reportText(names);
  return (text) => {
    const base = masked(text).replace(TOKEN, (t) => (identifying(t) ? DOLT_NUMMER : t));
    let out = '';
    let at = 0;
    for (const m of base.matchAll(CAPITALISED)) {
      const before = base.slice(0, m.index).trimEnd();
      const opensSentence = before === '' || /[.!?:;•–-]$/.test(before);
      const nameFollows = /^\s+\p{Lu}/u.test(base.slice(m.index + m[0].length));
      if (ABBREVIATION.test(m[0]) || (opensSentence && !nameFollows)) continue;
      out += base.slice(at, m.index) + DOLT_NAMN;
      at = m.index + m[0].length;
    }
    return out + base.slice(at);
  };
}
