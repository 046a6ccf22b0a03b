import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { HeadSigner } from '../postgres/headSigner';
import type { Checkpoint } from './checkpoint';

/**
 * A signed "stopped cleanly at checkpoint N" (issue 24): written at a graceful stop, read and deleted at the next start.
 * `verifiedFrom` is the transaction horizon of the last check that passed in that run: every row written or changed
 * since then has a newer `xmin`, so the next start re-checks exactly those ärenden instead of the whole log.
 */
export interface CleanStop {
  size: number;
  root: string;
  frontier: string[];
  verifiedFrom: string;
  stoppedAt: string;
  keyId: string;
  signature: string;
}

export const CLEAN_STOP_DOMAIN = 'kvalitetsflode/clean-stop/v1';

const linesOf = (c: Omit<CleanStop, 'keyId' | 'signature'>) => [String(c.size), c.root, c.frontier.join(','), c.verifiedFrom, c.stoppedAt];

export function signCleanStop(signer: HeadSigner, c: Omit<CleanStop, 'keyId' | 'signature'>): CleanStop {
  return { ...c, keyId: signer.keyId, signature: signer.signStatement(CLEAN_STOP_DOMAIN, linesOf(c)) };
}

function asCleanStop(x: unknown): CleanStop | undefined {
  const c = x as Partial<CleanStop> | null;
  if (!c || typeof c !== 'object' || !Number.isSafeInteger(c.size) || !Array.isArray(c.frontier)) return undefined;
  const texts = [c.root, c.verifiedFrom, c.stoppedAt, c.keyId, c.signature, ...c.frontier];
  return texts.every((t) => typeof t === 'string') && /^\d+$/.test(c.verifiedFrom!) ? (c as CleanStop) : undefined;
}

/** Reads and deletes the record (used once: a copy put back later is stale); why it cannot be trusted, if not. */
export function consumeCleanStop(path: string, signer: HeadSigner): { ok: true; stop: CleanStop } | { ok: false; reason: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, reason: 'Servern stoppades inte rent förra gången (ingen signerad stoppmarkering).' };
  }
  rmSync(path, { force: true });
  let stop: CleanStop | undefined;
  try {
    stop = asCleanStop(JSON.parse(text));
  } catch {
    stop = undefined;
  }
  if (!stop) return { ok: false, reason: 'Stoppmarkeringen kan inte läsas.' };
  if (!signer.verifyStatement(CLEAN_STOP_DOMAIN, linesOf(stop), stop.signature, stop.keyId))
    return { ok: false, reason: 'Stoppmarkeringens signatur stämmer inte: den har ändrats eller förfalskats.' };
  return { ok: true, stop };
}

/** The record is valid only against the newest checkpoint this instance witnessed. */
export function staleReason(stop: CleanStop, witnessed: readonly Checkpoint[]): string | undefined {
  const newest = witnessed.at(-1);
  if (!newest || newest.size !== stop.size || newest.root !== stop.root)
    return `Stoppmarkeringen gäller kontrollpunkten för ${stop.size} händelser, men vittnesfilens senaste är en annan: den är inaktuell.`;
  return undefined;
}

export function writeCleanStop(path: string, stop: CleanStop): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(stop), { mode: 0o600 });
}
