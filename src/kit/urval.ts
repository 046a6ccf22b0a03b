import type { KvalitetsberattelseRequest } from '../api/contract';

/**
 * A selection of ärenden behind a report figure, handed to "Alla ärenden" through the tab's session: on the server the
 * figure itself (the report asked for and the figure's reference), which the list query resolves and pages there.
 */
export interface Urval {
  title: string;
  /** How many ärenden stand behind the figure (each reader sees those her role may read). */
  count: number;
  figure?: { request: KvalitetsberattelseRequest; ref: string };
  /** Without a server (a report computed here): the ids themselves. */
  arendeIds?: readonly string[];
}

const KEY = 'kvalitetsflode.urval.';

/** Stores a selection and returns its key for the route `#/arenden/urval/<key>`. */
export function saveUrval(urval: Urval): string {
  const key = String(Date.now().toString(36));
  sessionStorage.setItem(KEY + key, JSON.stringify(urval));
  return key;
}

export function loadUrval(key: string): Urval | undefined {
  try {
    const raw = sessionStorage.getItem(KEY + key);
    if (!raw) return undefined;
    const urval = JSON.parse(raw) as Partial<Urval>;
    // One saved before the figure travelled as a reference: its ids.
    return { title: urval.title ?? '', count: urval.count ?? urval.arendeIds?.length ?? 0, ...urval } as Urval;
  } catch {
    return undefined;
  }
}
