/** A selection of ärenden behind a report figure, handed to "Alla ärenden" through the tab's session. */
export interface Urval {
  title: string;
  arendeIds: readonly string[];
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
    return raw ? (JSON.parse(raw) as Urval) : undefined;
  } catch {
    return undefined;
  }
}
