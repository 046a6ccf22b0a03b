import type { Db } from '../postgres/Db';
import type { PgEventStore } from '../postgres/PgEventStore';
import type { HeadSigner } from '../postgres/headSigner';
import type { Engine, Hasher } from '../../engine/internal';
import { writeBackup } from '../../engine/internal';
import type { PublicIntake } from '../intake/PublicIntake';
import { arendeIdOfIntake } from '../intake/PublicIntake';
import type { LedgerService } from '../ledger/ledgerService';
import { backupLedger, backupLedgerProblems } from '../ledger/backupLedger';
import type { SignedBackups } from './encryptedBackups';
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
  ledger: LedgerService;
}

/**
 * Whole-record backups: the export signs the chain heads, carries waiting public submissions and the ledger's newest
 * checkpoints (one taken now) with the log's order; an import checks all of them first.
 */
export function backupService({ db, engine, store, signer, intake, hasher, ledger }: BackupDeps): SignedBackups {
  return {
    async exportAll() {
      // Before the events are read: every place this checkpoint covers is then in the file.
      const taken = await ledger.checkpoint();
      if (!taken.ok) throw new Error(`Säkerhetskopian togs inte: ${taken.reason}`);
      const [file, heads, waiting] = await Promise.all([engine.exportBackup(), store.signedHeads(), intake.allPending()]);
      const inkomna = waiting.map(({ id, processType, enhetId, data, receivedAt, idempotencyKey }) => ({
        id,
        processType,
        enhetId,
        data,
        receivedAt,
        ...(idempotencyKey ? { idempotencyKey } : {}),
      }));
      return { ...signedBackup(file, heads, signer, inkomna, hasher), ...(await backupLedger(db, ledger.witnessed(), file.events)) };
    },
    async importFile(file) {
      const refused = verifyBackupSignatures(file, signer, hasher);
      if (refused.length)
        return { ok: false, errors: ['Filen godtogs inte: signaturerna kunde inte kontrolleras. Inget har importerats.', ...refused] };
      const disagrees = backupLedgerProblems(file, signer);
      if (disagrees.length)
        return {
          ok: false,
          errors: ['Filen godtogs inte: loggen i filen stämmer inte med filens egna kontrollpunkter. Inget har importerats.', ...disagrees],
        };
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
