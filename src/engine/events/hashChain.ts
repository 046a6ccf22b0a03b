import type { Hasher } from '../ports/Hasher';
import { canonicalJson } from './canonicalJson';
import { GENESIS_HASH } from './ArendeEvent';
import type { ArendeEvent, UnhashedEvent } from './ArendeEvent';

/** Computes an event's hash: SHA-256 of prevHash and the canonical event without its hash. */
export function hashEvent(hasher: Hasher, event: UnhashedEvent): string {
  const { hash: _ignored, ...rest } = event as ArendeEvent;
  return hasher.sha256Hex(`${event.prevHash}\n${canonicalJson(rest)}`);
}

export function sealEvent(hasher: Hasher, event: UnhashedEvent): ArendeEvent {
  return { ...event, hash: hashEvent(hasher, event) };
}

/** The first problem found in one ärende's chain, in Swedish. */
export interface ChainBreak {
  arendeId: string;
  seq: number;
  eventId: string | undefined;
  reason: string;
}

/**
 * Verifies one ärende's events (sorted by seq): consecutive seq from 0, each prevHash equal to
 * the previous hash, each hash recomputed. Returns the first break, or undefined when intact.
 */
export function verifyChain(hasher: Hasher, events: readonly ArendeEvent[]): ChainBreak | undefined {
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const at = { arendeId: e.arendeId, seq: e.seq, eventId: e.id };
    if (e.seq !== i) return { ...at, reason: `Händelse nummer ${i} saknas eller kommer i fel ordning (hittade nummer ${e.seq}).` };
    if (e.arendeId !== events[0]!.arendeId) return { ...at, reason: 'Händelsen hör till ett annat ärende.' };
    if (e.prevHash !== prev) return { ...at, reason: `Händelse ${e.seq} pekar inte på föregående händelses kontrollsumma: kedjan är bruten.` };
    if (hashEvent(hasher, e) !== e.hash) return { ...at, reason: `Händelse ${e.seq} har ändrats i efterhand: kontrollsumman stämmer inte.` };
    prev = e.hash;
  }
  return undefined;
}
