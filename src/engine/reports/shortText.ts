/**
 * A one-line short text: whitespace (newlines included) folded to single spaces, cut at a word
 * boundary within `max` characters and marked with "…" when shortened.
 */
export function shortText(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that would throw away more than half the text.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
