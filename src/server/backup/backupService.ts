import type { Db } from '../postgres/Db';
import type { PgEventStore } from '../postgres/PgEventStore';
import type { HeadSigner } from '../postgres/headSigner';
import type { Engine, Hasher } from '../../engine/internal';
import { writeBackup } from '../../engine/internal';
import type { PublicIntake } from '../intake/PublicIntake';
import { arendeIdOfIntake } from '../intake/PublicIntake';
import type { BackupService } from '../ServerContext';
import { checkInWorker } from './importJob';
import { importSnapshot } from './importSnapshot';
import { signedBackup, verifyBackupSignatures } from './signedBackup';

export interface BackupDeps {
  db: Db;
  engine: Engine;
  store: PgEventStore;
  signer: HeadSigner;
  intake: PublicIntake;
  hasher: Hasher;
}

/** Whole-record backups: the export signs the chain heads and carries waiting public submissions; an import checks them first. */
export function backupService({ db, engine, store, signer, intake, hasher }: BackupDeps): BackupService {
  return {
    async exportAll() {
      const [file, heads, waiting] = await Promise.all([engine.exportBackup(), store.signedHeads(), intake.allPending()]);
      const inkomna = waiting.map(({ id, processType, enhetId, data, receivedAt, idempotencyKey }) => ({
        id,
        processType,
        enhetId,
        data,
        receivedAt,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      }));
      return signedBackup(file, heads, signer, inkomna, hasher);
    },
    async importFile(file) {
      const refused = verifyBackupSignatures(file, signer, hasher);
      if (refused.length)
        return { ok: false, errors: ['Filen godtogs inte: signaturerna kunde inte kontrolleras. Inget har importerats.', ...refused] };
      // The check (strict replay of every event) runs in a worker thread; only the write happens here.
      const checked = await checkInWorker(await importSnapshot(db, engine, file));
      if (!checked.ok) return checked;
      const written = await writeBackup(store, checked);
      if (!written.ok) return written;
      await engine.refreshDefinitions();
      // After the ärenden: a re-import finds them already there and puts back only what is still missing.
      // One that was registered meanwhile (its ärende exists here) is not waiting any more.
      const registered = new Set(
        (await engine.summaries({ ids: checked.inkomna.map((i) => arendeIdOfIntake(i.id)) })).map((r) => r.arendeId),
      );
      return { ...written, inkomna: await intake.restore(checked.inkomna.filter((i) => !registered.has(arendeIdOfIntake(i.id)))) };
    },
  };
}
