import type { Clock } from '../../engine/internal';
import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import type { Checkpoint } from './checkpoint';
import { createCheckpointer } from './checkpointer';
import { signCleanStop, writeCleanStop } from './cleanStop';
import type { WitnessFile } from './witnessFile';

/** The ledger's checkpoints in a running server: taken every `everyMs`, at export, integrity run and shutdown. */
export interface LedgerService {
  /** Signs a checkpoint of what is written now (none when nothing new); a refusal names why (the log was changed). */
  checkpoint(): Promise<{ ok: true; checkpoint: Checkpoint | undefined } | { ok: false; reason: string }>;
  /** The checkpoints kept outside the database. */
  witnessed(): Checkpoint[];
  readonly witnessPath: string;
  /** Grows the tree on from a clean stop's verified frontier (before the first checkpoint only). */
  resume(size: number, frontier: readonly string[]): boolean;
  /** A check passed from this transaction horizon on (undefined: one failed, and a stop is not clean). */
  verified(horizon: string | undefined): void;
  /** Takes a last checkpoint; signs a clean-stop record when it was taken and the last check passed. */
  stop(): Promise<void>;
}

export interface LedgerParts {
  db: Db;
  signer: HeadSigner;
  witness: WitnessFile;
  clock: Clock;
  everyMs: number;
  /** Where the clean-stop record is written at stop (`cleanStop.ts`). */
  cleanStopFile: string;
}

export function ledgerService({ db, signer, witness, clock, everyMs, cleanStopFile }: LedgerParts): LedgerService {
  const checkpointer = createCheckpointer(db, signer, witness);
  const checkpoint = () => checkpointer.take(clock.now());
  let horizon: string | undefined;
  // A failed timed checkpoint is reported by the next integrity run; the timer itself never stops the server.
  const timer = everyMs > 0 ? setInterval(() => void checkpoint().catch(() => undefined), everyMs) : undefined;
  timer?.unref();
  return {
    checkpoint,
    witnessed: () => witness.read().checkpoints,
    witnessPath: witness.path,
    resume: (size, frontier) => checkpointer.resume(size, frontier),
    verified(h) {
      horizon = h;
    },
    async stop() {
      if (timer) clearInterval(timer);
      const taken = await checkpoint().catch(() => undefined);
      const last = taken?.ok ? taken.checkpoint : undefined;
      const tree = checkpointer.frontier();
      if (!last || !horizon || tree.size !== last.size) return;
      const record = { size: last.size, root: last.root, frontier: tree.frontier, verifiedFrom: horizon, stoppedAt: clock.now() };
      writeCleanStop(cleanStopFile, signCleanStop(signer, record));
    },
  };
}
