import type { Db } from './postgres/Db';
import { openDatabase } from './postgres/openDatabase';
import { migrate } from './postgres/migrate';
import { PgEventStore } from './postgres/PgEventStore';
import { ARENDE_CHANGED, pgAnnouncer } from './postgres/pgAnnouncer';
import { PgDirectory } from './postgres/PgDirectory';
import { latestIntegrityCheck } from './postgres/integrityChecks';
import { databaseAnswers, peopleNames } from './postgres/people';
import { loadOrCreateSigner } from './postgres/headSigner';
import { integrityRun, withCheckpoint } from './ledger/integrityRun';
import { ledgerService } from './ledger/ledgerService';
import type { LedgerService } from './ledger/ledgerService';
import { witnessFile } from './ledger/witnessFile';
import { heldArenden } from './ledger/heldArenden';
import type { HeldArenden } from './ledger/heldArenden';
import { watchHeld } from './ledger/watchHeld';
import { startupCheck } from './ledger/startupCheck';
import { serverMetrics } from './metrics/serverMetrics';
import { mailQueueDepth } from './postgres/metricsQueries';
import type { StartCheck } from './ledger/startupCheck';
import type { HeadSigner } from './postgres/headSigner';
import type {
  Actor,
  Clock,
  Directory,
  Engine,
  EngineDeps,
  Hasher,
  IdGenerator,
  Organisation,
  ProcessCatalog,
  ProcessDefinition,
  SchemaValidator,
} from '../engine/internal';
import { createEngine } from '../engine/internal';
import type { ServerConfig } from './config';
import { LiveHub } from './live/LiveHub';
import { reportFactsCache } from './reports/reportFactsCache';
import type { ReportFactsCache } from './reports/reportFactsCache';
import { pgFactsOf } from './postgres/reports/pgFactsOf';
import { coalescedAccessLog } from './access/coalescedAccessLog';
import { pgAccessLog } from './postgres/access/pgAccessLog';
import { pgVersionBeslut } from './postgres/beslut/pgVersionBeslut';
import { pgReadingGrants } from './postgres/access/pgReadingGrants';
import { pgPublicIntake } from './postgres/intake/pgPublicIntake';
import { pgLocalAccounts } from './postgres/accounts/pgLocalAccounts';
import { seedDemoArenden, seedDemoPeople } from './demo/seedServerDemo';
import { openidSignIn } from './oidc/openidSignIn';
import { pgOrganisationAdmin } from './postgres/organisation/pgOrganisationAdmin';
import { pgRateLimits } from './postgres/limits/pgRateLimits';
import { approvalRoles } from './organisation/approvalRoles';
import { pgSessions, watchSessionEnds } from './postgres/sessions/pgSessions';
import type { PgSessionStore } from './postgres/sessions/pgSessions';
import { DEFAULT_SESSION_TIMES } from './sessions/SessionStore';
import type { ServerContext } from './ServerContext';
import { backupService } from './backup/backupService';
import { backupCipher } from './backup/backupCipher';
import type { BackupCipher } from './backup/backupCipher';
import { encryptedBackups } from './backup/encryptedBackups';
import { pgNotificationStore } from './postgres/notifications/pgNotificationStore';
import { createNotifier } from './notifications/Notifier';
import type { Notifier } from './notifications/Notifier';
import type { NotificationStore } from './notifications/NotificationStore';
import { smtpMailer } from './notifications/Mailer';
import type { Mailer } from './notifications/Mailer';

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
  // First: a bad recipient key stops the start before the database is touched.
  const cipher = await backupCipher({ recipients: config.backupRecipients, demo: config.demo, demoKeyFile: config.backupDemoKeyFile });
  const db = await openMigrated(config);
  const signer = loadOrCreateSigner({
    keyFile: config.signingKeyFile,
    ...(config.signingKeyPem ? { keyPem: config.signingKeyPem } : {}),
    trustedPublicKeys: config.trustedPublicKeys,
  });
  const store = new PgEventStore(db, signer);
  const accounts = pgLocalAccounts(db);
  if (config.demo) await seedDemoPeople(db, parts.demoOrg, accounts, parts.clock.now());
  const directory = new PgDirectory(db);
  const engine = await startEngine(config, parts, { store, directory });
  const { announcer, live, unlisten } = await liveUpdates(db, engine, { directory, clock: parts.clock });
  const reports = await reportFacts(db, engine);
  const notifications = pgNotificationStore(db);
  const n = config.notifications;
  // One transport for the queue and for the one-time code (which goes at once); the notifier closes it.
  const mailer = n.smtpUrl ? smtpMailer(n.smtpUrl, n.mailFrom) : undefined;
  const notifier = notifierOf(config, parts, { engine, directory, notifications, mailer });
  engine.onCommitted((ids, states) => notifier.committed(ids, states));
  const ledger = ledgerService({
    db,
    signer,
    witness: witnessFile(config.witnessFile),
    clock: parts.clock,
    everyMs: config.checkpointMs,
    cleanStopFile: config.cleanStopFile,
  });
  const held = heldArenden();
  const unwatchHeld = await watchHeld(db, held);
  const sessions = pgSessions(db, DEFAULT_SESSION_TIMES);
  // A session ended on any instance (migration 0025's NOTIFY): forgotten by the cache first, then its person's streams re-checked.
  const unwatchSessions = await watchSessionEnds(db, sessions, (userId) => void live.recheck(userId === '*' ? undefined : userId));
  const server = serverContext(config, parts, {
    db,
    engine,
    directory,
    store,
    signer,
    accounts,
    live,
    notifier,
    notifications,
    ledger,
    held,
    cipher,
    mailer,
    reportFacts: reports.cache,
    sessions,
  });
  return {
    server,
    db,
    store,
    signer,
    notifier,
    async close() {
      await notifier.stop();
      await ledger.stop();
      await announcer.settled();
      await unlisten();
      await reports.unlisten();
      await unwatchHeld();
      await unwatchSessions();
      await db.close();
    },
  };
}

/** The database, migrated: by the owner's connection when one is given, so the server itself may not rewrite history. */
async function openMigrated(config: ServerConfig): Promise<Db> {
  if (config.migrationDatabaseUrl) {
    const owner = await openDatabase({ url: config.migrationDatabaseUrl });
    await migrate(owner).finally(() => owner.close());
  }
  const db = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  if (!config.migrationDatabaseUrl) await migrate(db);
  return db;
}

/** The engine on the event store with the shipped definitions (each must pass the verifier), and the demo's ärenden. */
async function startEngine(config: ServerConfig, parts: Parts, on: { store: PgEventStore; directory: Directory }): Promise<Engine> {
  const engineDeps: EngineDeps = {
    store: on.store,
    clock: parts.clock,
    ids: parts.ids,
    hasher: parts.hasher,
    validator: parts.validator,
    catalog: parts.catalog,
    directory: on.directory,
  };
  // kf_append checks the head's seq and hash (migration 0026): a step needs no read of the log before it.
  const engine = createEngine({ ...engineDeps, strictReads: true, appendChecksHead: true });
  const results = await engine.loadDefinitions(parts.definitions);
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`Processdefinitioner godtogs inte: ${JSON.stringify(failed)}`);
  if (config.demoArenden) await seedDemoArenden(on.store, engine, engineDeps, parts.definitions, parts.clock.now());
  return engine;
}

/**
 * Every commit is told to the other instances (LISTEN/NOTIFY), and what any instance commits reaches this one's browsers.
 */
async function liveUpdates(db: Db, engine: Engine, on: { directory: PgDirectory; clock: Parts['clock'] }) {
  const announcer = pgAnnouncer(db);
  engine.onCommitted((ids) => announcer.announce(ids));
  const live = new LiveHub((ids) => engine.summaries({ ids, limit: ids.length }), {
    now: () => on.clock.now(),
    directoryGeneration: () => on.directory.generation,
  });
  // After the LISTEN connection was lost, notifications may be missing: every browser refreshes, every stream is re-checked.
  const unlistenArenden = await db.listen(
    ARENDE_CHANGED,
    (arendeId) => void live.changed(arendeId),
    () => void live.changed('*'),
  );
  return { announcer, live, unlisten: unlistenArenden };
}

/** The reports' facts in memory: re-read for what this instance commits and for what any other says it changed. */
async function reportFacts(db: Db, engine: Engine): Promise<{ cache: ReportFactsCache; unlisten: () => Promise<void> }> {
  const cache = reportFactsCache({ all: () => engine.reportFacts(), some: (ids) => pgFactsOf(db, ids) });
  engine.onCommitted((ids) => cache.changed(ids));
  const unlisten = await db.listen(
    ARENDE_CHANGED,
    (id) => cache.changed(id === '*' ? '*' : [id]),
    () => cache.changed('*'),
  );
  return { cache, unlisten };
}

function notifierOf(
  config: ServerConfig,
  parts: Parts,
  {
    engine,
    directory,
    notifications,
    mailer,
  }: { engine: Engine; directory: PgDirectory; notifications: NotificationStore; mailer: Mailer | undefined },
): Notifier {
  const n = config.notifications;
  return createNotifier({
    store: notifications,
    engine,
    directory,
    clock: parts.clock,
    userIds: () => directory.userIds(),
    ...(mailer ? { mailer } : {}),
    publicUrl: n.publicUrl,
    policy: { nearWorkingDays: n.nearWorkingDays, escalateAfterWorkingDays: n.escalateAfterWorkingDays },
    sweepMs: n.sweepMs,
    pollMs: n.pollMs,
    retryBaseMs: n.retryBaseMs,
    digestTime: n.digestTime,
  });
}

interface Wired {
  db: Db;
  engine: Engine;
  directory: PgDirectory;
  store: PgEventStore;
  signer: HeadSigner;
  accounts: ReturnType<typeof pgLocalAccounts>;
  live: LiveHub;
  notifier: Notifier;
  notifications: NotificationStore;
  ledger: LedgerService;
  held: HeldArenden;
  cipher: BackupCipher;
  mailer: Mailer | undefined;
  reportFacts: ReportFactsCache;
  sessions: PgSessionStore;
}

/** The stores and services the routes use, each on the same database. */
function serverContext(config: ServerConfig, parts: Parts, w: Wired): ServerContext {
  const { db, engine, directory, store, signer, notifier } = w;
  const intake = pgPublicIntake(db);
  let lastStart: StartCheck | undefined;
  const latest = () => latestIntegrityCheck(db).then((r) => r && withCheckpoint(w.ledger, r));
  const runIntegrity = (signal?: AbortSignal) =>
    integrityRun({ db, signer, engine, ledger: w.ledger, clock: parts.clock, held: w.held }, signal);
  return {
    engine,
    directory,
    sessions: w.sessions,
    accessLog: coalescedAccessLog(pgAccessLog(db)),
    readingGrants: pgReadingGrants(db),
    versionBeslut: pgVersionBeslut(db),
    rateLimits: pgRateLimits(db),
    intake,
    intakeReceived: (item) => notifier.intakeReceived(item),
    notifications: w.notifications,
    mailEnabled: config.notifications.smtpUrl !== undefined,
    ...(w.mailer ? { securityMail: { send: (mail) => w.mailer!.send(mail), publicUrl: config.notifications.publicUrl } } : {}),
    // An edit may end sessions (a changed inloggnings-id): this instance forgets them before answering, the rest by NOTIFY.
    organisation: pgOrganisationAdmin(db, approvalRoles(parts.catalog.packs.grants), () => {
      directory.invalidate();
      w.sessions.ended('*');
    }),
    accounts: w.accounts,
    ...(config.oidc ? { oidc: openidSignIn(db, config.oidc) } : {}),
    live: w.live,
    reportFacts: w.reportFacts,
    clock: parts.clock,
    people: () => peopleNames(db),
    backup: encryptedBackups(backupService({ db, engine, store, signer, intake, hasher: parts.hasher, ledger: w.ledger }), w.cipher),
    held: w.held,
    metrics: serverMetrics(
      {
        onCommitted: (listener) => void engine.onCommitted(() => listener()),
        mailQueue: () => mailQueueDepth(db),
        openStreams: () => w.live.size,
        integrity: latest,
        startCheck: () => lastStart,
      },
      config.metricsToken,
    ),
    integrity: {
      latest,
      run: runIntegrity,
      async atStart(signal) {
        const parts = { db, signer, engine, ledger: w.ledger, cleanStopFile: config.cleanStopFile, full: runIntegrity };
        return (lastStart = await startupCheck(parts, signal));
      },
      lastStart: () => lastStart,
    },
    demo: config.demo,
    ...(config.demo ? { demoUserIds: new Set(parts.demoOrg.users.map((u) => u.userId)) } : {}),
    secureCookies: config.secureCookies,
    ready: () => databaseAnswers(db),
    staticRoot: config.staticRoot,
  };
}
