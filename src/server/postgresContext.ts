import type { Db } from '../adapters/postgres/Db';
import { openDatabase } from '../adapters/postgres/openDatabase';
import { migrate } from '../adapters/postgres/migrate';
import { PgEventStore } from '../adapters/postgres/PgEventStore';
import { PgDirectory, seedOrganisation } from '../adapters/postgres/PgDirectory';
import { loadOrCreateSigner } from '../adapters/postgres/headSigner';
import type { HeadSigner } from '../adapters/postgres/headSigner';
import { verifyLog } from '../adapters/postgres/verifyLog';
import { seedDemo } from '../demo/seedDemo';
import type { Actor, Clock, Hasher, IdGenerator, Organisation, ProcessCatalog, ProcessDefinition, SchemaValidator } from '../engine/index';
import { createEngine, writeBackup } from '../engine/index';
import type { IntegrityReport, Person } from '../api/contract';
import type { ServerConfig } from './config';
import { LiveHub } from './live/LiveHub';
import { coalescedAccessLog } from './access/coalescedAccessLog';
import { pgAccessLog } from './access/pgAccessLog';
import { pgReadingGrants } from './access/pgReadingGrants';
import { pgPublicIntake } from './intake/pgPublicIntake';
import { arendeIdOfIntake } from './intake/PublicIntake';
import { pgLocalAccounts } from './accounts/pgLocalAccounts';
import { seedDemoAccounts } from './accounts/seedDemoAccounts';
import { openidSignIn } from './oidc/openidSignIn';
import { pgOrganisationAdmin } from './organisation/pgOrganisationAdmin';
import { pgSessions } from './sessions/pgSessions';
import { DEFAULT_SESSION_TIMES } from './sessions/SessionStore';
import type { ServerContext } from './ServerContext';
import { signedBackup, verifyBackupSignatures } from './backup/signedBackup';
import { checkInWorker } from './backup/importJob';
import { importSnapshot } from './backup/importSnapshot';
import { pgNotificationStore } from './notifications/pgNotificationStore';
import { createNotifier } from './notifications/Notifier';
import type { Notifier } from './notifications/Notifier';
import { smtpMailer } from './notifications/Mailer';

export interface Parts {
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  validator: SchemaValidator;
  catalog: ProcessCatalog;
  definitions: readonly ProcessDefinition[];
  demoOrg: { org: Organisation; users: readonly Actor[] };
}

/** Opens the database (PostgreSQL or the embedded PGlite), migrates it and wires the server's context. */
export async function openPostgresContext(
  config: ServerConfig,
  parts: Parts,
): Promise<{ server: ServerContext; db: Db; store: PgEventStore; signer: HeadSigner; notifier: Notifier; close(): Promise<void> }> {
  if (config.migrationDatabaseUrl) {
    // The owner migrates; the server itself then runs as a role that may not rewrite history.
    const owner = await openDatabase({ url: config.migrationDatabaseUrl });
    await migrate(owner).finally(() => owner.close());
  }
  const db = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  if (!config.migrationDatabaseUrl) await migrate(db);
  const signer = loadOrCreateSigner({ keyFile: config.signingKeyFile, ...(config.signingKeyPem ? { keyPem: config.signingKeyPem } : {}), trustedPublicKeys: config.trustedPublicKeys });
  const store = new PgEventStore(db, signer);
  if (config.demo) await seedOrganisation(db, parts.demoOrg.org, parts.demoOrg.users, '2000-01-01T00:00:00.000Z');
  const directory = new PgDirectory(db);
  const engineDeps = { store, clock: parts.clock, ids: parts.ids, hasher: parts.hasher, validator: parts.validator, catalog: parts.catalog, directory };
  const engine = createEngine({ ...engineDeps, strictReads: true });
  const results = await engine.loadDefinitions(parts.definitions);
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`Processdefinitioner godtogs inte: ${JSON.stringify(failed)}`);
  if (config.demoArenden && (await store.count({})) === 0) {
    await seedDemo({ ...engineDeps, catalog: parts.catalog, now: parts.clock.now() }, parts.definitions);
    engine.invalidate();
  }

  const live = new LiveHub(async (arendeId) => (await engine.summaries({ ids: [arendeId], limit: 1 }))[0]);
  // After the LISTEN connection was lost, notifications may be missing: every browser refreshes.
  const unlisten = await db.listen(
    'arende_changed',
    (arendeId) => void live.changed(arendeId),
    () => void live.changed('*'),
  );

  async function runIntegrity(signal?: AbortSignal): Promise<IntegrityReport> {
    const checkedAt = parts.clock.now();
    const r = await verifyLog(db, signer, { now: checkedAt, ...(signal ? { signal } : {}) });
    return { checkedAt, ok: r.ok, arenden: r.arenden, events: r.events, problems: r.problems };
  }

  const notifications = pgNotificationStore(db);
  const n = config.notifications;
  const notifier = createNotifier({
    store: notifications,
    engine,
    directory,
    clock: parts.clock,
    userIds: async () => (await db.query<{ id: string }>('select id from users order by id')).rows.map((r) => r.id),
    ...(n.smtpUrl ? { mailer: smtpMailer(n.smtpUrl, n.mailFrom) } : {}),
    publicUrl: n.publicUrl,
    policy: { nearWorkingDays: n.nearWorkingDays, escalateAfterWorkingDays: n.escalateAfterWorkingDays },
    sweepMs: n.sweepMs,
    pollMs: n.pollMs,
    retryBaseMs: n.retryBaseMs,
    digestTime: n.digestTime,
  });
  store.onAppended = (ids) => notifier.committed(ids);

  const accounts = pgLocalAccounts(db);
  if (config.demo) await seedDemoAccounts(db, accounts, parts.demoOrg.users, parts.clock.now());

  const intake = pgPublicIntake(db);
  const server: ServerContext = {
    engine,
    directory,
    sessions: pgSessions(db, DEFAULT_SESSION_TIMES),
    accessLog: coalescedAccessLog(pgAccessLog(db)),
    readingGrants: pgReadingGrants(db),
    intake,
    intakeReceived: (item) => notifier.intakeReceived(item),
    notifications,
    mailEnabled: n.smtpUrl !== undefined,
    organisation: pgOrganisationAdmin(db, () => directory.invalidate()),
    accounts,
    ...(config.oidc ? { oidc: openidSignIn(db, config.oidc) } : {}),
    live,
    clock: parts.clock,
    async people(): Promise<Person[]> {
      const { rows } = await db.query<{ id: string; namn: string }>('select id, namn from users order by namn');
      return rows.map((r) => ({ userId: r.id, namn: r.namn }));
    },
    backup: {
      async exportAll() {
        const [file, heads, waiting] = await Promise.all([engine.exportBackup(), store.signedHeads(), intake.allPending()]);
        const inkomna = waiting.map(({ id, processType, enhetId, data, receivedAt, idempotencyKey }) => ({ id, processType, enhetId, data, receivedAt, ...(idempotencyKey ? { idempotencyKey } : {}) }));
        return signedBackup(file, heads, signer, inkomna, parts.hasher);
      },
      async importFile(file) {
        const refused = verifyBackupSignatures(file, signer, parts.hasher);
        if (refused.length) return { ok: false, errors: ['Filen godtogs inte: signaturerna kunde inte kontrolleras. Inget har importerats.', ...refused] };
        // The check (strict replay of every event) runs in a worker thread; only the write happens here.
        const checked = await checkInWorker(await importSnapshot(db, engine, file));
        if (!checked.ok) return checked;
        const written = await writeBackup(store, checked);
        if (!written.ok) return written;
        await engine.refreshDefinitions();
        // After the ärenden: a re-import finds them already there and puts back only what is still missing.
        // One that was registered meanwhile (its ärende exists here) is not waiting any more.
        const registered = new Set((await engine.summaries({ ids: checked.inkomna.map((i) => arendeIdOfIntake(i.id)) })).map((r) => r.arendeId));
        return { ...written, inkomna: await intake.restore(checked.inkomna.filter((i) => !registered.has(arendeIdOfIntake(i.id)))) };
      },
    },
    integrity: {
      async latest() {
        const { rows } = await db.query<{ checked_at: string; ok: boolean; arenden: number; events: number; problems: IntegrityReport['problems'] }>(
          'select checked_at, ok, arenden, events, problems from integrity_checks order by id desc limit 1',
        );
        const r = rows[0];
        return r ? { checkedAt: r.checked_at, ok: r.ok, arenden: r.arenden, events: r.events, problems: r.problems } : undefined;
      },
      run: runIntegrity,
    },
    demo: config.demo,
    ...(config.demo ? { demoUserIds: new Set(parts.demoOrg.users.map((u) => u.userId)) } : {}),
    secureCookies: config.secureCookies,
    async ready() {
      await db.query('select 1');
      return true;
    },
    staticRoot: config.staticRoot,
  };
  return {
    server,
    db,
    store,
    signer,
    notifier,
    async close() {
      await notifier.stop();
      await unlisten();
      await db.close();
    },
  };
}
