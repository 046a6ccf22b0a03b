import type { Clock } from '../../engine/internal';
import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import type { Checkpoint } from './checkpoint';
import { createCheckpointer } from './checkpointer';
import type { WitnessFile } from './witnessFile';

/** The ledger's checkpoints in a running server: taken every `everyMs`, at export, integrity run and shutdown. */
export interface LedgerService {
  /** Signs a checkpoint of what is written now (none when nothing new); a refusal names why (the log was changed). */
  checkpoint(): Promise<{ ok: true; checkpoint: Checkpoint | undefined } | { ok: false; reason: string }>;
  /** The checkpoints kept outside the database. */
  witnessed(): Checkpoint[];
  readonly witnessPath: string;
  stop(): Promise<void>;
}

export function ledgerService(db: Db, signer: HeadSigner, witness: WitnessFile, clock: Clock, everyMs: number): LedgerService {
  const checkpointer = createCheckpointer(db, signer, witness);
  const checkpoint = () => checkpointer.take(clock.now());
  // A failed timed checkpoint is reported by the next integrity run; the timer itself never stops the server.
  const timer = everyMs > 0 ? setInterval(() => void checkpoint().catch(() => undefined), everyMs) : undefined;
  timer?.unref();
  return {
    checkpoint,
    witnessed: () => witness.read().checkpoints,
    witnessPath: witness.path,
    async stop() {
      if (timer) clearInterval(timer);
      await checkpoint().catch(() => undefined);
    },
  };
}
