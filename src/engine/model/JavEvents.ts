import type { RoleId } from './Role';

/**
 * Engine-level events about jäv, recorded in the ärende's own log beside the steps (like `arende.migrera`): no
 * definition names them, so every process and every version gets them, and replay applies them to the context.
 */

/** Someone who could act on an active judging step declares herself jävig (found during the work): she leaves it. */
export const JAV_EVENT = 'arende.jav';

/** The förvaltningschef appoints an independent person to act in a role in this ärende only, when jäv left no one. */
export const ERSATTARE_EVENT = 'arende.ersattare';

export interface JavData {
  /** Why she is jävig, in her own words (shown to those who read the ärende). */
  motivering: string;
}

export interface ErsattareData {
  /** The appointee's user id. */
  userId: string;
  /** The role she acts in, in this ärende only. */
  role: RoleId;
  motivering: string;
}

/** An appointment as the context keeps it. */
export interface Ersattare {
  userId: string;
  role: RoleId;
  seq: number;
  at: string;
}

/** Longest motivering kept: a reason, not an utredning. */
export const MOTIVERING_MAX = 1000;

/** How the log names them (Swedish). */
export const JAV_EVENT_TITLES: Readonly<Record<string, string>> = { [JAV_EVENT]: 'Anmälde jäv', [ERSATTARE_EVENT]: 'Utsåg en ersättare' };

export function isJavEventType(type: string): boolean {
  return type === JAV_EVENT || type === ERSATTARE_EVENT;
}
