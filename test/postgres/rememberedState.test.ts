import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { sequentialIds } from '../../src/adapters/system/ids';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { createEngine, IntegrityError, staticDirectory } from '../../src/engine/internal';
import type { Engine } from '../../src/engine/internal';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { verifyArenden } from '../../src/server/postgres/verifyLog';
import { summary } from '../contracts/eventStoreContract';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, example, validator } from '../support/world';
import { sealedChain } from './sealedChain';
import { createTestDatabase } from './testDatabase';
import { testSigner } from './testSigner';

/** Two server instances whose engines judge steps on their remembered states (issue 24): the head decides who writes. */
describe('steps judged on a remembered state, on two instances of real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const dbs: Db[] = [];
  const signer = testSigner();
  const clock = fixedClock('2026-03-13T08:00:00.000Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    dbs.push(pgDb({ url: database.url, poolSize: 4 }), pgDb({ url: database.url, poolSize: 4 }));
    await migrate(dbs[0]!);
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
    await database.drop();
  });

  async function instance(db: Db, seed: string): Promise<Engine> {
    const engine = createEngine({
      store: new PgEventStore(db, signer),
      clock,
      ids: sequentialIds(seed),
      hasher: nodeHasher,
      validator,
      catalog: catalog(),
      directory: staticDirectory(DEMO_ORG, DEMO_USERS),
      strictReads: true,
      appendChecksHead: true,
    });
    await engine.loadDefinitions(loadShippedDefinitions());
    return engine;
  }
  const omedelbara = { type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder') };
  const rapport = { type: 'rapport.submit', data: example('lex-sarah-rapport-2') };

  async function opened(a: Engine, b: Engine): Promise<string> {
    const r = await a.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    if (!r.ok) throw new Error(r.rejection.message);
    expect(await b.get(r.state.arendeId)).toBeDefined();
    return r.state.arendeId;
  }

  it('refuses an append that does not follow the stored head in hash, though it does in seq', async () => {
    const store = new PgEventStore(dbs[0]!, signer);
    const chain = sealedChain('arende:gaffel', 2);
    await store.append({ events: [chain[0]!], summaries: [summary('arende:gaffel', 0)] });
    const forked = sealedChain('arende:gaffel', 2, (seq) => ({ n: seq, text: 'En annan gren' }))[1]!;
    expect(forked.seq).toBe(1);
    expect(forked.prevHash).not.toBe(chain[0]!.hash);
    await expect(store.append({ events: [forked], summaries: [summary('arende:gaffel', 1)] })).rejects.toMatchObject({
      code: 'seq_conflict',
    });
    expect((await store.eventsOf('arende:gaffel')).map((e) => e.hash)).toEqual([chain[0]!.hash]);
  });

  it('gives exactly one of two instances racing on the same step the win; the other is judged again on the new log', async () => {
    const [a, b] = [await instance(dbs[0]!, 'a'), await instance(dbs[1]!, 'b')];
    const id = await opened(a, b);
    expect((await a.submit(id, rapport, 'user:anna')).ok).toBe(true);
    expect(await b.get(id)).toBeDefined();
    clock.advance(60_000);
    const results = await Promise.all([a.submit(id, omedelbara, 'user:erik'), b.submit(id, omedelbara, 'user:erik')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    // Judged again on the log with the winner's step: that step is no longer to be done (not a bare conflict).
    expect(lost?.ok === false && lost.rejection.code).not.toBe('seq_conflict');
    const events = await new PgEventStore(dbs[0]!, signer).eventsOf(id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events.filter((e) => e.type === 'omedelbara_atgarder.submit')).toHaveLength(1);
    expect((await verifyArenden(dbs[0]!, signer, [id])).problems).toEqual([]);
  });

  it('commits a command refused on a stale memory once the new log allows it, following the head', async () => {
    const [a, b] = [await instance(dbs[0]!, 'c'), await instance(dbs[1]!, 'd')];
    const id = await opened(a, b);
    clock.advance(60_000);
    const first = await a.submit(id, rapport, 'user:anna');
    // b remembers the ärende as just opened, where the omedelbara åtgärder are not yet to be done.
    const second = await b.submit(id, omedelbara, 'user:erik');
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.event.seq).toBe(first.event.seq + 1);
    expect(second.event.prevHash).toBe(first.event.hash);
  });

  it('never writes on a remembered state when the stored head was changed under it at the same seq', async () => {
    const [a, b] = [await instance(dbs[0]!, 'e'), await instance(dbs[1]!, 'f')];
    const id = await opened(a, b);
    expect((await a.submit(id, rapport, 'user:anna')).ok).toBe(true);
    expect(await b.get(id)).toBeDefined();
    const before = (await dbs[0]!.query<{ n: number }>('select count(*)::int as n from events where arende_id = $1', [id])).rows[0]!.n;
    // Someone with the database puts another hash in the head, at the same seq.
    await dbs[0]!.query("update chain_heads set hash = repeat('0', 64) where arende_id = $1", [id]);
    await expect(b.submit(id, omedelbara, 'user:erik')).rejects.toBeInstanceOf(IntegrityError);
    const after = (await dbs[0]!.query<{ n: number }>('select count(*)::int as n from events where arende_id = $1', [id])).rows[0]!.n;
    expect(after).toBe(before);
  });
});
