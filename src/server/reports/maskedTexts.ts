import type { ReportText } from '../../engine/internal';
import { reportText } from '../../engine/internal';

/** Texts kept masked at most (a year's lex Sarah list at 100,000 ärenden holds about 25,000). */
const KEPT = 200_000;

/**
 * The report's masking of ärende texts, remembered across reports: a commit changes one ärende's text, yet every
 * report masked every list row again. The same text with the same names masks the same way, so a text is masked
 * once while the names known stay the same (a new person clears it).
 */
export function maskedTexts(kept = KEPT): (names: readonly string[]) => ReportText {
  let key: string | undefined;
  let mask: ReportText = reportText();
  let done = new Map<string, string>();
  return (names) => {
    const asked = JSON.stringify(names);
    if (asked !== key) {
      key = asked;
      mask = reportText(names);
      done = new Map();
    }
    const memo = done;
    const masked = mask;
    return (text) => {
      let out = memo.get(text);
      if (out === undefined) {
        out = masked(text);
        if (memo.size >= kept) memo.clear();
        memo.set(text, out);
      }
      return out;
    };
  };
}
