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
