import type { IntegrityReport } from '../../api/contract';
import type { Clock, Engine } from '../../engine/internal';
import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import { verifyLog } from '../postgres/verifyLog';
import type { HeldArenden } from './heldArenden';
import type { LedgerService } from './ledgerService';
import { WHOLE_LOG } from './verifyLedger';
import { rowDeriver } from './derivedRow';
import { transactionHorizon } from './changedSince';

/** NOTIFY channel: a check of the whole log was recorded; each instance reads the newest and holds what it names. */
export const INTEGRITY_CHANNEL = 'kf_integrity';

interface Parts {
  db: Db;
  signer: HeadSigner;
  engine: Engine;
  ledger: LedgerService;
  clock: Clock;
  held: HeldArenden;
}

/** The report with the newest witnessed checkpoint and where the witness file is, for the page and the nämnd. */
export function withCheckpoint(ledger: LedgerService, r: IntegrityReport): IntegrityReport {
  const last = ledger.witnessed().at(-1);
  return {
    ...r,
    ...(last ? { checkpoint: { size: last.size, root: last.root, at: last.at, keyId: last.keyId } } : {}),
    witnessFile: ledger.witnessPath,
  };
}

/**
 * A check of the whole log: first a checkpoint of what is written now (refused if the ledger no longer matches the
 * last), then every chain, head, list row and checkpoint. Named ärenden leave this instance's cache at once and are held (`HeldArenden`).
 */
export async function integrityRun({ db, signer, engine, ledger, clock, held }: Parts, signal?: AbortSignal): Promise<IntegrityReport> {
  const checkedAt = clock.now();
  // Rows written after this horizon may be missed by the batches below: the next clean start re-checks them.
  const { horizon } = await transactionHorizon(db);
  const taken = await ledger.checkpoint();
  // Versions another instance published since this one started: the replay below must know them all.
  await engine.refreshDefinitions();
  const options = { now: checkedAt, witness: ledger.witnessed(), derive: rowDeriver(engine), ...(signal ? { signal } : {}) };
  const r = await verifyLog(db, signer, options);
  const problems = taken.ok ? r.problems : [{ arendeId: WHOLE_LOG, reason: taken.reason }, ...r.problems];
  for (const id of new Set(problems.map((p) => p.arendeId))) if (id !== WHOLE_LOG) engine.invalidate(id);
  held.learn(problems);
  ledger.verified(r.ok && taken.ok ? horizon : undefined);
  // Other instances hold (or release) the same ärenden when they hear of the check.
  await db.notify(INTEGRITY_CHANNEL, '').catch(() => undefined);
  return withCheckpoint(ledger, { checkedAt, ok: r.ok && taken.ok, arenden: r.arenden, events: r.events, problems });
}
