import { COMMON_WORDS } from './commonWords';
import { foldText, foldWithOrigin } from './foldText';

/** Turns a text into one without the given people's names. */
export type TextMask = (text: string) => string;

export interface NameMaskOptions {
  /**
   * Also the initials: "A.B." anywhere, "AB" in a short text (a "utförd av" field), both in capitals. For one
   * person's names (the rapportör), never a whole staff list, whose initials would hide half the abbreviations.
   */
  initials?: boolean;
}

/** The longest text in which bare initials ("AB") are taken for a signature rather than an abbreviation. */
export const SHORT_TEXT = 40;

type Kind = 'whole' | 'part' | 'initialled' | 'initials';

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a match is known by: single spaces, no dots ("a. berg" → "a berg", "a.b." → "ab"). */
const keyOf = (match: string, kind: Kind) =>
  kind === 'initials' ? match.replace(/[\s.]/g, '') : match.replace(/\./g, ' ').replace(/\s+/g, ' ').trim();

interface Terms {
  /** Patterns of whole names, shortened names and initials; parts have their own, so a rejected longer match leaves them. */
  longer: Set<string>;
  parts: Set<string>;
  kinds: Map<string, Kind>;
}

function add(terms: Terms, pattern: string, key: string, kind: Kind): void {
  (kind === 'part' ? terms.parts : terms.longer).add(pattern);
  if (!terms.kinds.has(key)) terms.kinds.set(key, kind);
}

function termsOf(names: readonly string[], initials: boolean): Terms {
  const terms: Terms = { longer: new Set(), parts: new Set(), kinds: new Map() };
  for (const name of names) {
    const parts = foldText(name)
      .split(/[\s-]+/)
      .filter((p) => /^\p{L}{2,}$/u.test(p));
    for (const p of parts) add(terms, `${escape(p)}s?`, p, 'part');
    if (parts.length < 2) continue;
    add(terms, `${parts.map(escape).join('\\s+')}s?`, parts.join(' '), 'whole');
    const given = parts[0]!;
    const family = parts[parts.length - 1]!;
    // "Anna B." and "A. Berg": a name with one part shortened.
    add(terms, `${escape(given)}\\s+${escape(family[0]!)}\\.?`, `${given} ${family[0]}`, 'initialled');
    add(terms, `${escape(given[0]!)}(?:\\.\\s*|\\s+)${escape(family)}s?`, `${given[0]} ${family}`, 'initialled');
    if (initials) {
      const letters = parts.map((p) => escape(p[0]!));
      add(terms, `${letters.join('\\.\\s?')}\\.?`, letters.join(''), 'initials');
      add(terms, letters.join(''), letters.join(''), 'initials');
    }
  }
  return terms;
}

const regexOf = (patterns: ReadonlySet<string>) =>
  // Longest first, so "Anna Berg" is one match rather than "Anna" and "Berg".
  patterns.size
    ? new RegExp(`${NOT_AFTER_WORD}(?:${[...patterns].sort((a, b) => b.length - a.length).join('|')})${NOT_BEFORE_WORD}`, 'gu')
    : undefined;

/** Is the match, as written, one to mask? Common words and initials only in capitals; "lex Sarah" is the law. */
function written(original: string, text: string, from: number, kind: Kind, key: string, dotted: boolean): boolean {
  if (kind === 'whole') return true;
  if (/lex\s+$/i.test(text.slice(Math.max(0, from - 8), from))) return false;
  if (kind === 'part') return !COMMON_WORDS.has(key) || /^\p{Lu}/u.test(original);
  // Single letters standing for a name part are capitals ("A. Berg", "Anna B.", "A.B.").
  const singles = original.match(/(?<!\p{L})\p{L}(?!\p{L})/gu) ?? [];
  if (kind === 'initialled') return singles.every((l) => /\p{Lu}/u.test(l));
  const letters = original.replace(/[^\p{L}]/gu, '');
  return /^\p{Lu}+$/u.test(letters) && (dotted || text.trim().length <= SHORT_TEXT);
}

/** The spans of a text cut short at its end ("Jag såg An…") whose last word begins a name part. */
function truncatedTail(text: string, parts: ReadonlySet<string>): [number, number] | undefined {
  const tail = /(\p{L}{2,})…\s*$/u.exec(text);
  if (!tail) return undefined;
  const word = foldText(tail[1]!);
  for (const p of parts) if (p.length > word.length && p.startsWith(word)) return [tail.index, tail.index + tail[1]!.length];
  return undefined;
}

/** The kind and key a folded match was made from (a genitive s tried both ways), if any. */
function classify(terms: Terms, folded: string): { kind: Kind; key: string } | undefined {
  const match = folded.replace(/\.$/, '');
  for (const kind of ['whole', 'part', 'initialled', 'initials'] as const) {
    const key = keyOf(match, kind);
    for (const k of [key, key.replace(/s$/, '')]) if (terms.kinds.get(k) === kind) return { kind, key: k };
  }
  return undefined;
}

/** Overlapping spans joined, in order. */
function union(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * A mask for the given people's names, case- and diacritic-insensitive ("Åsa Öberg", "asa oberg", "ÅSA ÖBERG"):
 * whole names, each part of two letters or more (capitalised only, where the part is an everyday word), a name with
 * one part shortened ("A. Berg"), a genitive s, and with `initials` the initials. Whole words only.
 */
export function maskNames(names: readonly string[], replacement: string, options: NameMaskOptions = {}): TextMask {
  const terms = termsOf(names, options.initials === true);
  const partNames = new Set([...terms.kinds].filter(([, k]) => k === 'part').map(([key]) => key));
  const regexes = [regexOf(terms.longer), regexOf(terms.parts)].filter((r): r is RegExp => r !== undefined);
  if (regexes.length === 0) return (text) => text;
  return (text) => {
    const { folded, start, end } = foldWithOrigin(text);
    const spans: [number, number][] = [];
    for (const re of regexes)
      for (const m of folded.matchAll(re)) {
        const from = start[m.index]!;
        const to = end[m.index + m[0].length - 1]!;
        const found = classify(terms, m[0]);
        if (found && written(text.slice(from, to), text, from, found.kind, found.key, m[0].includes('.'))) spans.push([from, to]);
      }
    const cut = truncatedTail(text, partNames);
    if (cut) spans.push(cut);
    if (spans.length === 0) return text;
    let out = '';
    let at = 0;
    for (const [from, to] of union(spans)) {
      out += text.slice(at, from) + replacement;
      at = to;
    }
    return out + text.slice(at);
  };
}
