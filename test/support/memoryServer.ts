import { createAjvValidator } from '../../src/adapters/ajv/createAjvValidator';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { announcingStore } from '../../src/adapters/system/announcingStore';
import { randomIds } from '../../src/adapters/system/ids';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import type { Actor } from '../../src/engine/internal';
import { createEngine, staticDirectory } from '../../src/engine/internal';
import { buildApp, CLIENT_HEADER, SESSION_COOKIE } from '../../src/server/http/buildApp';
import type { AppOptions } from '../../src/server/http/buildApp';
import { LiveHub } from '../../src/server/live/LiveHub';
import type { ServerContext } from '../../src/server/ServerContext';
import { coalescedAccessLog } from '../../src/server/access/coalescedAccessLog';
import { memoryAccessLog } from '../../src/server/access/memoryAccessLog';
import { memoryVersionBeslut } from '../../src/server/beslut/memoryVersionBeslut';
import { memoryReadingGrants } from '../../src/server/access/memoryReadingGrants';
import { memoryRateLimits } from '../../src/server/limits/memoryRateLimits';
import { memoryPublicIntake } from '../../src/server/intake/memoryPublicIntake';
import { memorySessions } from '../../src/server/sessions/memorySessions';
import { DEFAULT_SESSION_TIMES } from '../../src/server/sessions/SessionStore';
import { catalog } from './world';
import { loadShippedDefinitions } from './catalog';
import { heldArenden } from '../../src/server/ledger/heldArenden';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { backupCipher } from '../../src/server/backup/backupCipher';
import { encryptedBackups } from '../../src/server/backup/encryptedBackups';

/**
 * The HTTP server over the in-memory store and the demo organisation: the API's own tests, fast and
 * without a database (the PostgreSQL wiring has its own tests).
 */
export async function memoryServer(start = '2026-03-13T08:00:00.000Z', appOptions: AppOptions = {}, users: readonly Actor[] = DEMO_USERS) {
  const clock = fixedClock(start);
  const directory = staticDirectory(DEMO_ORG, users);
  const memory = new MemoryEventStore();
  // The hub needs the engine and the engine the store: the store reaches the hub once both exist.
  const hub: { live?: LiveHub } = {};
  const store = announcingStore(memory, (ids) => ids.forEach((id) => void hub.live?.changed(id)));
  const engine = createEngine({
    store,
    clock,
    ids: randomIds,
    hasher: nodeHasher,
    validator: createAjvValidator(),
    catalog: catalog(),
    directory,
    strictReads: true,
  });
  await engine.loadDefinitions(loadShippedDefinitions());
  // The static directory does not change by itself: a test that edits its people calls `directoryChanged`, as the NOTIFY would.
  let directoryGeneration = 0;
  const directoryChanged = () => void (directoryGeneration += 1);
  const live = new LiveHub((ids) => engine.summaries({ ids, limit: ids.length }), {
    now: () => clock.now(),
    directoryGeneration: () => directoryGeneration,
  });
  hub.live = live;
  const held = heldArenden();
  // The förvaltning's key pair: exports are encrypted to its public part; the tests hold the private one.
  const backupIdentity = await generateIdentity();
  const cipher = await backupCipher({ recipients: [await identityToRecipient(backupIdentity)], demo: false, demoKeyFile: '' });
  const ctx: ServerContext = {
    engine,
    directory,
    sessions: memorySessions(DEFAULT_SESSION_TIMES, (userId) => void live.recheck(userId)),
    accessLog: coalescedAccessLog(memoryAccessLog()),
    readingGrants: memoryReadingGrants(),
    versionBeslut: memoryVersionBeslut(),
    rateLimits: memoryRateLimits(),
    intake: memoryPublicIntake(),
    live,
    clock,
    people: async () => users.map((u) => ({ userId: u.userId, namn: u.namn })),
    backup: encryptedBackups({ exportAll: () => engine.exportBackup(), importFile: (file) => engine.importBackup(file) }, cipher),
    held,
    integrity: {
      latest: async () => undefined,
      async run() {
        const r = await engine.verifyIntegrity();
        const problems = r.firstBreak ? [r.firstBreak] : [];
        held.learn(problems);
        return { checkedAt: clock.now(), ok: r.ok, arenden: 0, events: r.checked, problems };
      },
      async atStart() {
        const r = await engine.verifyIntegrity();
        return { kind: 'hel' as const, ok: r.ok, arenden: 0, events: r.checked, problems: r.firstBreak ? 1 : 0, ms: 0 };
      },
      lastStart: () => undefined,
    },
    demo: true,
    demoUserIds: new Set(users.map((u) => u.userId)),
    secureCookies: false,
    ready: async () => true,
  };
  const app = await buildApp(ctx, appOptions);

  /** Signs in as a demo person and returns headers that carry the session and the client header. */
  async function as(userId: string): Promise<Record<string, string>> {
    const res = await app.inject({ method: 'POST', url: '/api/session/demo', headers: { [CLIENT_HEADER]: '1' }, payload: { userId } });
    if (res.statusCode !== 200) throw new Error(`Inloggning som ${userId} misslyckades: ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    return { cookie: `${SESSION_COOKIE}=${cookie.value}`, [CLIENT_HEADER]: '1' };
  }
  return { app, ctx, engine, store: memory, clock, as, backupIdentity, directoryChanged };
}

export type MemoryServer = Awaited<ReturnType<typeof memoryServer>>;

/** Anna as the lex Sarah rapport names her. */
export const ANNA = { namn: 'Anna Berg', befattning: 'Undersköterska', anvandarId: 'user:anna' };

/** A POST as this person that must succeed; its body. */
export async function postAs(s: MemoryServer, userId: string, url: string, payload: unknown): Promise<string> {
  const res = await s.app.inject({ method: 'POST', url, headers: await s.as(userId), payload: payload as Record<string, unknown> });
  if (res.statusCode >= 300) throw new Error(`${url} som ${userId}: ${res.statusCode} ${res.body}`);
  return res.body;
}
