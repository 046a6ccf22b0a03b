// The graph's words: labels for events, titles wrapped to fit a box, and the width text takes.
const TITLE_CHARS = 24;
const CHAR_WIDTH = 6.6;

const VERBS: Record<string, string> = {
  submit: 'skicka',
  done: 'klart',
  bedom: 'bedöm',
  lagg_till: 'lägg till',
  aterta: 'återta',
  aterremittera: 'återremittera',
  anteckning: 'anteckning',
  rapportera: 'rapportera',
  verifiera: 'verifiera',
};

const humanize = (s: string) => s.replace(/_/g, ' ');

/**
 * A short Swedish label for an event: its step's verb (`bedomning.submit` → "skicka", `done` → "klart").
 * When the event belongs to another step than the source state, that step is named: "beslut: skicka".
 */
export function eventLabel(event: string, sourceKey?: string): string {
  if (event === 'done') return VERBS.done!;
  const dot = event.lastIndexOf('.');
  const step = dot >= 0 ? event.slice(0, dot) : '';
  const verbKey = dot >= 0 ? event.slice(dot + 1) : event;
  const verb = VERBS[verbKey] ?? humanize(verbKey);
  if (!step || sourceKey === undefined || step === sourceKey) return verb;
  return `${humanize(step.split('.').pop() ?? step)}: ${verb}`;
}

/** Word-wraps a title into lines of at most `max` characters (long words are cut). */
export function wrapTitle(title: string, max = TITLE_CHARS, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const w = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line = `${line} ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = `${last.slice(0, max - 1)}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}

/** The width a label takes in the graph's font, with padding. */
export const textWidth = (s: string) => Math.ceil(s.length * CHAR_WIDTH) + 12;
