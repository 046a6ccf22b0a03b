import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { ARENDE_CHANGED, pgAnnouncer } from '../../src/server/postgres/pgAnnouncer';
import { PgDirectory, seedOrganisation } from '../../src/server/postgres/PgDirectory';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { sequentialIds } from '../../src/adapters/system/ids';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { createEngine, IntegrityError, SeqConflictError } from '../../src/engine/internal';
import { summary } from '../contracts/eventStoreContract';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, createWorld, lexSarahUntil, validator } from '../support/world';
import { sealedChain } from './sealedChain';
import { createTestDatabase } from './testDatabase';
import { testSigner } from './testSigner';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const opened: Db[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const db of opened) await db.close();
  await database?.drop();
});

function storeSuite(name: string, open: () => Promise<Db>) {
  describe(`PgEventStore on ${name}`, () => {
    let db: Db;
    const signer = testSigner();
    let store: PgEventStore;
    beforeAll(async () => {
      db = await open();
      opened.push(db);
      await migrate(db);
      store = new PgEventStore(db, signer);
    });

    it('announces the ärenden the engine says were committed, each once per NOTIFY statement', async () => {
      const heard: string[] = [];
      const stop = await db.listen(ARENDE_CHANGED, (id) => heard.push(id));
      const announcer = pgAnnouncer(db);
      const chain = sealedChain('arende:ljud', 2);
      await store.append({ events: [chain[0]!], summaries: [summary('arende:ljud', 0)] });
      await expect(store.append({ events: [chain[0]!], summaries: [] })).rejects.toBeInstanceOf(SeqConflictError);
      announcer.announce(['arende:ljud', 'arende:ljud', 'arende:annat']);
      await announcer.settled();
      while (heard.length < 2) await new Promise((r) => setTimeout(r, 20));
      expect(heard.sort()).toEqual(['arende:annat', 'arende:ljud']);
      await stop();
    });

    it("refuses a head whose signature does not hold, naming the ärende; accepts a trusted older key's", async () => {
      await store.append({ events: sealedChain('arende:signerad', 3), summaries: [summary('arende:signerad', 2)] });
      // A new key that still trusts the old one reads the history; a stranger's key does not.
      const rotated = testSigner([signer.publicKeyPem]);
      expect((await new PgEventStore(db, rotated).readArende('arende:signerad', 0)).head?.seq).toBe(2);
      await expect(new PgEventStore(db, testSigner()).readArende('arende:signerad', 0)).rejects.toThrow(
        'Ärendet arende:signerad: signaturen',
      );
      // The head's signature replaced by one over another seq.
      await db.query("update chain_heads set signature = $1 where arende_id = 'arende:signerad'", [
        signer.sign('arende:signerad', 1, sealedChain('arende:signerad', 3)[2]!.hash),
      ]);
      const error = await new PgEventStore(db, signer).readArende('arende:signerad', 0).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IntegrityError);
      expect(error).toMatchObject({ arendeId: 'arende:signerad', seq: 2 });
    });

    it('names the taken place when heads and events disagree, and refuses a reused event id', async () => {
      const chain = sealedChain('arende:utan-huvud', 2);
      await store.append({ events: chain, summaries: [] });
      await db.query("delete from chain_heads where arende_id = 'arende:utan-huvud'");
      await expect(store.append({ events: [chain[0]!], summaries: [] })).rejects.toMatchObject({
        code: 'seq_conflict',
        arendeId: 'arende:utan-huvud',
        seq: 0,
      });
      const reused = { ...sealedChain('arende:annat', 1)[0]!, id: chain[1]!.id };
      await expect(store.append({ events: [reused], summaries: [summary('arende:annat', 0)] })).rejects.toThrow(
        'En händelse med samma id finns redan',
      );
      expect(await store.summary('arende:annat')).toBeUndefined();
    });

    it('imports in slices with heads signed by its own key, and lists them for backups', async () => {
      const long = sealedChain('arende:lang', 2500);
      const short = sealedChain('arende:kort', 2);
      await store.importAll({
        events: [...short, ...long],
        summaries: [summary('arende:lang', 2499), summary('arende:kort', 1)],
        definitions: [],
      });
      const read = await new PgEventStore(db, signer).readArende('arende:lang', 2498);
      expect(read.events.map((e) => e.seq)).toEqual([2498, 2499]);
      expect(read.head).toEqual({ seq: 2499, hash: long[2499]!.hash });
      const heads = await store.signedHeads();
      for (const id of ['arende:lang', 'arende:kort']) {
        const h = heads.find((x) => x.arendeId === id)!;
        expect(h.keyId).toBe(signer.keyId);
        expect(signer.verify(h.arendeId, h.seq, h.hash, h.signature, h.keyId)).toBe(true);
      }
      // A later clash (here: the last slice) writes nothing of the whole import.
      const clash = [...sealedChain('arende:ny', 3), ...sealedChain('arende:kort', 1)];
      await expect(store.importAll({ events: clash, summaries: [summary('arende:ny', 2)], definitions: [] })).rejects.toBeInstanceOf(
        SeqConflictError,
      );
      expect(await store.eventsOf('arende:ny')).toEqual([]);
      expect(await store.summary('arende:ny')).toBeUndefined();
    });

    it('runs the real engine: a whole lex Sarah ärende, read back by a second server instance with strict reads', async () => {
      await seedOrganisation(db, DEMO_ORG, DEMO_USERS, '2000-01-01T00:00:00.000Z');
      const world = await createWorld({ store });
      const id = await lexSarahUntil(world, 'avslutad');
      const directory = new PgDirectory(db);
      const second = createEngine({
        store: new PgEventStore(db, signer),
        clock: fixedClock('2026-12-01T00:00:00.000Z'),
        ids: sequentialIds('b'),
        hasher: nodeHasher,
        validator,
        catalog: catalog(),
        directory,
        strictReads: true,
      });
      await second.loadDefinitions(loadShippedDefinitions());
      const state = await second.get(id);
      expect(state?.status).toBe('closed');
      expect((await store.summary(id))?.status).toBe('closed');
      expect(await store.summaries({ waitingFor: [{ role: 'sas', enheter: 'all' }], ids: [id] })).toEqual([]);
      await directory.close();
    });
  });
}

storeSuite('PostgreSQL', async () => pgDb({ url: database.url, poolSize: 8 }));
storeSuite('PGlite', () => pgliteDb());

describe('PgEventStore on PostgreSQL under concurrency', () => {
  it('lets exactly one of many racing writers win, on a new ärende and on an existing one', async () => {
    const db = pgDb({ url: database.url, poolSize: 12 });
    opened.push(db);
    const store = new PgEventStore(db, testSigner());
    const chain = sealedChain('arende:kapplopning', 2);
    const race = (seq: number) =>
      Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          store.append({ events: [{ ...chain[seq]!, id: `event:tab${seq}-${i}` }], summaries: [summary('arende:kapplopning', seq)] }),
        ),
      );
    for (const seq of [0, 1]) {
      const results = await race(seq);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected'))
        expect(r.reason).toMatchObject({ code: 'seq_conflict', arendeId: 'arende:kapplopning', seq });
    }
    expect((await store.eventsOf('arende:kapplopning')).map((e) => e.seq)).toEqual([0, 1]);
    expect((await store.readArende('arende:kapplopning', 0)).head?.seq).toBe(1);
  });
});
