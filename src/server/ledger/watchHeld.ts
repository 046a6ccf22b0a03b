import type { Db } from '../postgres/Db';
import { latestIntegrityCheck } from '../postgres/integrityChecks';
import type { HeldArenden } from './heldArenden';
import { INTEGRITY_CHANNEL } from './integrityRun';

/**
 * Keeps `held` equal to what the newest recorded check named: read at start (a restart does not forget) and again
 * whenever any instance records a check. Returns the unlisten.
 */
export async function watchHeld(db: Db, held: HeldArenden): Promise<() => Promise<void>> {
  const reload = async () => {
    const latest = await latestIntegrityCheck(db);
    held.learn(latest?.problems ?? []);
  };
  await reload();
  return db.listen(
    INTEGRITY_CHANNEL,
    () => void reload().catch(() => undefined),
    () => void reload().catch(() => undefined),
  );
}
