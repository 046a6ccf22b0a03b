import type { ProcessType, Rejection } from '../../engine/index';
import { PROCESS_TYPES } from '../../processes/registry';

/** The process type a request names, typed, when a pack ships it: the wire carries a string, checked here at runtime. */
export function knownProcess(type: string): ProcessType | undefined {
  return PROCESS_TYPES.find((t) => t === type);
}

/** The engine's own answer for a process nobody published (the same words whichever door the request came through). */
export const unknownProcess = (type: string): Rejection => ({ code: 'unknown_event', message: `Det finns ingen publicerad process för ${type}.` });
