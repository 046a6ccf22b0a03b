import type { PackRegistry, ProcessType, Rejection } from '../../engine/index';

/** The process type a request names, when a pack ships it: the wire carries a string, checked here against the registry. */
export function knownProcess(packs: PackRegistry, type: string): ProcessType | undefined {
  return packs.packOf(type)?.type;
}

/** The engine's own answer for a process nobody published (the same words whichever door the request came through). */
export const unknownProcess = (type: string): Rejection => ({
  code: 'unknown_event',
  message: `Det finns ingen publicerad process för ${type}.`,
});
