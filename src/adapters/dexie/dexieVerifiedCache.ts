import type { VerifiedCache } from '../../engine/index';
import type { KvalitetsDb } from './KvalitetsDb';

const KEY = 'verified-definitions';

/** Fingerprints of proved definitions, kept in the meta table so a restart skips re-proving them. */
export async function dexieVerifiedCache(db: KvalitetsDb): Promise<VerifiedCache> {
  const known = new Set(((await db.meta.get(KEY))?.value as string[] | undefined) ?? []);
  return {
    has: (fingerprint) => known.has(fingerprint),
    add: (fingerprint) => {
      known.add(fingerprint);
      void db.meta.put({ key: KEY, value: [...known] });
    },
  };
}
