import type { IntegrityReport } from '../../api/contract';
import type { Engine } from '../../engine/internal';
import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import { consumeCleanStop, staleReason } from './cleanStop';
import { rowDeriver } from './derivedRow';
import { incrementalCheck } from './incrementalCheck';
import type { LedgerService } from './ledgerService';

/** What the check at start did: from the clean stop on (`inkrementell`) or the whole log (`hel`), and why not incremental. */
export interface StartCheck {
  kind: 'inkrementell' | 'hel';
  ok: boolean;
  arenden: number;
  events: number;
  problems: number;
  ms: number;
  why?: string;
}

interface Parts {
  db: Db;
  signer: HeadSigner;
  engine: Engine;
  ledger: LedgerService;
  cleanStopFile: string;
  /** The whole log's check (`integrityRun`): recorded, and it holds what it names. */
  full(signal?: AbortSignal): Promise<IntegrityReport>;
}

// Past this many changed ärenden, checking them one by one is no quicker than the whole log in order.
const MAX_CHANGED = 20_000;

/**
 * The check at start (issue 24): after a provably clean stop only what changed since the last passing check, else (no,
 * a forged or a stale record, a changed database, or any problem found) the whole log. Never awaited by readiness.
 */
export async function startupCheck(p: Parts, signal?: AbortSignal): Promise<StartCheck> {
  const started = performance.now();
  const fullCheck = async (why: string): Promise<StartCheck> => {
    const r = await p.full(signal);
    const ms = performance.now() - started;
    return { kind: 'hel', ok: r.ok, arenden: r.arenden, events: r.events, problems: r.problems.length, ms, why };
  };
  const record = consumeCleanStop(p.cleanStopFile, p.signer);
  if (!record.ok) return fullCheck(record.reason);
  const witness = p.ledger.witnessed();
  const stale = staleReason(record.stop, witness);
  if (stale) return fullCheck(stale);
  await p.engine.refreshDefinitions();
  const options = { witness, derive: rowDeriver(p.engine), maxChanged: MAX_CHANGED };
  const r = await incrementalCheck(p.db, p.signer, record.stop, options);
  if ('full' in r) return fullCheck(r.full);
  // A problem is named and held by the whole check, as any check's are, so that every instance learns it.
  if (!r.ok) return fullCheck(r.problems[0]!.reason);
  p.ledger.resume(record.stop.size, record.stop.frontier);
  p.ledger.verified(r.horizon);
  return { kind: 'inkrementell', ok: true, arenden: r.arenden, events: r.events, problems: 0, ms: performance.now() - started };
}
