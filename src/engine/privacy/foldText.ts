/** Letters that Unicode does not decompose but people type without their stroke (Søren → soren). */
const PLAIN: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ß: 'ss', ı: 'i', þ: 'th' };

/** One character folded for matching: lower case, without diacritics; invisible format characters fold to nothing. */
function foldCharOnce(c: string): string {
  if (/\p{Cf}/u.test(c)) return '';
  const base = c.toLocaleLowerCase('sv').normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const b of base) out += PLAIN[b] ?? b;
  return out;
}

// Every report masks names in tens of thousands of texts: each character is folded once (a text has few distinct ones).
const folds = new Map<string, string>();
const FOLDS_KEPT = 10_000;

function foldChar(c: string): string {
  let f = folds.get(c);
  if (f === undefined) {
    f = foldCharOnce(c);
    if (folds.size < FOLDS_KEPT) folds.set(c, f);
  }
  return f;
}

/** Text folded for matching, with where each folded UTF-16 unit came from in the original. */
export interface FoldedText {
  folded: string;
  /** `start[i]` and `end[i]`: the original character folded[i] came from, as indices into the original. */
  start: number[];
  end: number[];
}

/** Folds a text case- and diacritic-insensitively ("ÅSA ÖBERG" and "asa oberg" alike), keeping the way back. */
export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + c.length);
    }
    folded += f;
    i += c.length;
  }
  return { folded, start, end };
}

/** A text folded case- and diacritic-insensitively, whitespace kept: for comparing names as people write them. */
export function foldText(text: string): string {
  return foldWithOrigin(text).folded;
}
