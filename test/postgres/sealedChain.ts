import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { GENESIS_HASH, sealEvent } from '../../src/engine/index';
import type { ArendeEvent } from '../../src/engine/index';

/** Events with a real SHA-256 chain (as the engine seals them), `stepData` changed by `edit` where given. */
export function sealedChain(
  arendeId: string,
  length: number,
  edit: (seq: number) => unknown = (seq) => ({ n: seq, text: 'Händelse' }),
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
