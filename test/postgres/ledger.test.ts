import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { verifyLog } from '../../src/server/postgres/verifyLog';
import { createCheckpointer } from '../../src/server/ledger/checkpointer';
import { WHOLE_LOG } from '../../src/server/ledger/verifyLedger';
import { witnessFile } from '../../src/server/ledger/witnessFile';
import type { WitnessFile } from '../../src/server/ledger/witnessFile';
import { asSuperuser, createTestDatabase } from './testDatabase';
import { listRowOf, sealedChain } from './sealedChain';
import { testSigner } from './testSigner';

const signer = testSigner();
const IDS = ['arende:a', 'arende:b', 'arende:c', 'arende:d'];
const dirs: string[] = [];
const dropped: (() => Promise<void>)[] = [];
let db: Db;
let url: string;
let witness: WitnessFile;

/** As someone with the database's superuser: the history triggers switched off, rows changed, triggers back on. */
const attacker = (...statements: [string, unknown[]?][]) =>
  asSuperuser(url, async (c) => {
    for (const t of ['events', 'ledger', 'checkpoints']) await c.query(`alter table ${t} disable trigger user`);
    for (const [sql, params] of statements) await c.query(sql, params ?? []);
    for (const t of ['events', 'ledger', 'checkpoints']) await c.query(`alter table ${t} enable trigger user`);
  });

/** Four ärenden of four events each, written in turns (so their events interleave), and a checkpoint of them all. */
beforeEach(async () => {
  const database = await createTestDatabase();
  url = database.url;
  const opened = pgDb({ url, poolSize: 2 });
  db = opened;
  dropped.push(async () => {
    await opened.close();
    await database.drop();
  });
  await migrate(db);
  const store = new PgEventStore(db, signer);
  const chains = IDS.map((id) => sealedChain(id, 4));
  for (let seq = 0; seq < 4; seq++)
    for (const chain of chains) await store.append({ events: [chain[seq]!], summaries: [listRowOf(chain.slice(0, seq + 1))] });
  const dir = mkdtempSync(join(tmpdir(), 'kf-vittne-'));
  dirs.push(dir);
  witness = witnessFile(join(dir, 'kontrollpunkter.jsonl'));
  const taken = await createCheckpointer(db, signer, witness).take('2026-12-07T10:00:00.000Z');
  expect(taken).toMatchObject({ ok: true, checkpoint: { size: 16 } });
});

afterAll(async () => {
  for (const drop of dropped) await drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const check = async () => verifyLog(db, signer, { witness: witness.read().checkpoints });
const about = (r: Awaited<ReturnType<typeof check>>, id: string) => r.problems.filter((p) => p.arendeId === id).map((p) => p.reason);

describe('the whole log as a ledger: what lies between the ärenden is checked too (issue 22)', () => {
  it('passes an untouched log, with the checkpoint in the database and in the witness file', async () => {
    expect(await check()).toMatchObject({ ok: true, problems: [] });
    expect(witness.read().checkpoints.map((c) => c.size)).toEqual([16]);
  });

  it('signs the next checkpoint from where the last ended, naming only the ärenden written since', async () => {
    const next = sealedChain('arende:a', 5);
    await new PgEventStore(db, signer).append({ events: [next[4]!], summaries: [listRowOf(next)] });
    const taken = await createCheckpointer(db, signer, witness).take('2026-12-07T10:01:00.000Z');
    expect(taken).toMatchObject({ ok: true, checkpoint: { size: 17, heads: { 'arende:a': 4 } } });
    expect(await check()).toMatchObject({ ok: true, problems: [] });
    expect(witness.read().checkpoints.map((c) => c.size)).toEqual([16, 17]);
  });

  it('names an ärende deleted whole (events, head, list row, ledger) – also when the checkpoints in the database go too', async () => {
    await attacker(
      ...['events', 'chain_heads', 'summaries', 'facts', 'ledger', 'checkpoints'].map((t): [string, unknown[]] => [
        t === 'checkpoints' ? 'delete from checkpoints' : `delete from ${t} where arende_id = $1`,
        t === 'checkpoints' ? [] : ['arende:b'],
      ]),
    );
    const r = await check();
    expect(r.ok).toBe(false);
    expect(about(r, 'arende:b')[0]).toContain('Ärendet hade händelse 3 vid kontrollpunkten för 16 händelser');
    expect(about(r, WHOLE_LOG).join('\n')).toContain('Databasen saknar kontrollpunkten för 16 händelser');
    // The server would not sign the changed log as true.
    expect(await createCheckpointer(db, signer, undefined).take('2026-12-07T11:00:00.000Z')).toMatchObject({ ok: false });
  });

  it('names an ärende rolled back to an earlier signed state (its last events gone, an older signed head restored)', async () => {
    const chain = sealedChain('arende:c', 4);
    await attacker(
      ["delete from events where arende_id = 'arende:c' and seq >= 2"],
      ["delete from ledger where arende_id = 'arende:c' and seq >= 2"],
      [
        'update chain_heads set seq = 1, hash = $1, signature = $2 where arende_id = $3',
        [chain[1]!.hash, signer.sign('arende:c', 1, chain[1]!.hash), 'arende:c'],
      ],
      ['update summaries set "row" = $1::json where arende_id = $2', [JSON.stringify(listRowOf(chain.slice(0, 2))), 'arende:c']],
    );
    const r = await check();
    expect(about(r, 'arende:c')).toContain(
      'Ärendet hade händelse 3 vid kontrollpunkten för 16 händelser (2026-12-07 10:00), men den saknas i loggen: ' +
        'ärendet har raderats eller rullats tillbaka.',
    );
  });

  it('names an ärende whose list row was moved to another enhet (the row decides who sees it)', async () => {
    await attacker(["update summaries set enhet_id = 'enhet:larkan' where arende_id = 'arende:d'"]);
    const r = await check();
    expect(about(r, 'arende:d')).toEqual([
      'Listraden anger enheten "enhet:larkan", men ärendets logg säger "enhet:solgarden": raden har ändrats.',
    ]);
  });

  it('finds two ärenden whose places in the log were swapped, and names them', async () => {
    await attacker(
      ["update ledger set pos = 1000 where arende_id = 'arende:a' and seq = 1"],
      ["update ledger set pos = 5 where arende_id = 'arende:b' and seq = 1"],
      ['update ledger set pos = 6 where pos = 1000'],
    );
    const r = await check();
    const whole = about(r, WHOLE_LOG).join('\n');
    expect(whole).toContain('stämmer inte med den signerade roten: händelser har lagts till, tagits bort eller bytt ordning');
    expect(whole).toContain('arende:a');
    expect(whole).toContain('arende:b');
  });
});
