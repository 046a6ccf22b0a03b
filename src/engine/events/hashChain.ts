import type { Hasher } from '../ports/Hasher';
import { canonicalize, canonicalJson } from './canonicalJson';
import { GENESIS_HASH } from '../model/ArendeEvent';
import type { ArendeEvent, UnhashedEvent } from '../model/ArendeEvent';

function hashText(hasher: Hasher, prevHash: string, canonical: string): string {
  return hasher.sha256Hex(`${prevHash}\n${canonical}`);
}

/**
 * An event's hash: SHA-256 of prevHash and the canonical JSON of the event without `hash`.
 * Fast path: sealed events keep sorted keys, so their own JSON (minus the trailing hash) is
 * already canonical; if keys were reordered on the way, the full canonical form decides.
 */
export function hashEvent(hasher: Hasher, event: UnhashedEvent | ArendeEvent): string {
  const stored = (event as ArendeEvent).hash;
  if (typeof stored === 'string') {
    const json = JSON.stringify(event);
    const tail = `,"hash":${JSON.stringify(stored)}}`;
    if (json.endsWith(tail)) {
      const fast = hashText(hasher, event.prevHash, `${json.slice(0, -tail.length)}}`);
      if (fast === stored) return fast;
    }
  }
  const { hash: _ignored, ...rest } = event as ArendeEvent;
  return hashText(hasher, event.prevHash, canonicalJson(rest));
}

/** Seals an event: stored with sorted keys (hash last) so verification can take the fast path. */
export function sealEvent(hasher: Hasher, event: UnhashedEvent): ArendeEvent {
  const body = canonicalize(event);
  return { ...body, hash: hashText(hasher, body.prevHash, JSON.stringify(body)) };
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
    if (e.prevHash !== prev)
      return { ...at, reason: `Händelse ${e.seq} pekar inte på föregående händelses kontrollsumma: kedjan är bruten.` };
    if (hashEvent(hasher, e) !== e.hash)
      return { ...at, reason: `Händelse ${e.seq} har ändrats i efterhand: kontrollsumman stämmer inte.` };
    prev = e.hash;
  }
  return undefined;
}
