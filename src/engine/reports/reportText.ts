import { personnummerPattern, plainDigits } from '../runtime/personnummer';

/** Turns an ärende's free text (its rubrik) into text a report may show: one line, whole, without personal identifiers. */
export type ReportText = (text: string) => string;

// Personnummer and samordningsnummer (day + 60) as people write them (see findPersonnummer); also one
// cut short where the summary shortened its rubrik ("19121212-12…").
const PERSONNUMMER = personnummerPattern(true);
const NOT_IN_WORD = '(?<![\\p{L}\\p{N}])';
const END_OF_WORD = '(?![\\p{L}\\p{N}])';

export const DOLT_PERSONNUMMER = '[personnummer dolt]';
export const DOLT_NAMN = '[namn dolt]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsPattern(words: readonly string[], flags: string): RegExp | undefined {
  if (words.length === 0) return undefined;
  // Longest first, so "Anna Berg" is masked whole rather than as "Anna" and "Berg".
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(`${NOT_IN_WORD}(?:${sorted.map(escape).join('|')})${END_OF_WORD}`, flags);
}

/**
 * A {@link ReportText} that folds whitespace to single spaces and masks personnummer and the given
 * people's names: whole names in any case, single name parts (two letters or more) as capitalised.
 */
export function reportText(names: readonly string[] = []): ReportText {
  const whole = names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n.length >= 2);
  const parts = whole.flatMap((n) => n.split(' ')).filter((p) => p.length >= 2);
  const wholeRe = wordsPattern(whole, 'giu');
  const partRe = wordsPattern(parts, 'gu');
  return (text) => {
    let out = plainDigits(text).replace(/\s+/g, ' ').trim().replace(PERSONNUMMER, DOLT_PERSONNUMMER);
    if (wholeRe) out = out.replace(wholeRe, DOLT_NAMN);
    if (partRe) out = out.replace(partRe, DOLT_NAMN);
    return out;
  };
}
