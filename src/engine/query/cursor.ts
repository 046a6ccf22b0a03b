/** Cursors are opaque to callers: the sort key and id of the last row of a page. */
export function encodeCursor(key: string, id: string): string {
  return JSON.stringify([key, id]);
}

export function decodeCursor(cursor: string): { key: string; id: string } | undefined {
  try {
    const v: unknown = JSON.parse(cursor);
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { key: v[0], id: v[1] };
  } catch {
    // fall through: a malformed cursor is answered as "no such page"
  }
  return undefined;
}
