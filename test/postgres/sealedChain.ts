import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { GENESIS_HASH, sealEvent } from '../../src/engine/internal';
import type { ArendeEvent, ArendeSummary } from '../../src/engine/internal';
import { summary } from '../contracts/eventStoreContract';

/** What the first event of every sealed chain says: an avvikelse opened at Solgården. */
const OPENED = { processType: 'avvikelse', definitionId: 'avvikelse', definitionVersion: 1, enhetId: 'enhet:solgarden' };

/** The list row the engine would write beside these events: its enhet, process and opener as the log says. */
export function listRowOf(events: readonly ArendeEvent[]): ArendeSummary {
  const last = events[events.length - 1]!;
  return { ...summary(last.arendeId, last.seq), lastHash: last.hash, openedBy: events[0]!.actor.userId };
}

/** Events with a real SHA-256 chain (as the engine seals them), `stepData` changed by `edit` where given. */
export function sealedChain(
  arendeId: string,
  length: number,
  edit: (seq: number) => unknown = (seq) => (seq === 0 ? OPENED : { n: seq, text: 'Händelse' }),
): ArendeEvent[] {
  const events: ArendeEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 0; seq < length; seq++) {
    const e = sealEvent(nodeHasher, {
      id: `event:${arendeId}:${seq}`,
      arendeId,
      seq,
      type: seq === 0 ? 'arende.open' : 'rapport.submit',
      stepData: edit(seq),
      actor: { userId: 'user:anna', role: 'medarbetare' },
      at: `2026-03-13T08:${String(seq).padStart(2, '0')}:00.000Z`,
      prevHash,
    });
    events.push(e);
    prevHash = e.hash;
  }
  return events;
}
