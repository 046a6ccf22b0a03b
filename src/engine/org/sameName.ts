/** A name folded for matching: lower case, single spaces (the form of `userIdsNamed`). */
export function foldName(namn: string): string {
  return namn.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Whether two written names name the same person, ignoring case and spacing. */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}
