import { beforeAll, describe, expect, it } from 'vitest';
import type { CsvImportAnswer, OrganisationAnswer, SessionInfo } from '../../src/api/contract';
import { DEMO_PASSWORD } from '../../src/server/demo/demoPeople';
import { OWN_LOGIN_SUBJECT } from '../../src/server/organisation/loginSubject';
import { usePgServer } from '../support/pgServer';
import { demoSession, passwordSession } from '../support/serverProcess';

type Failure = { error?: { code: string; message: string } };

/**
 * Issue 22 §2: the inloggnings-id decides who signs in as whom through the identity provider. Nobody changes her own, an id
 * held by another person is not moved, a new or changed id waits for a second person, and when it takes effect (or is
 * taken away) the person's sessions end and it is an organisation change.
 */
describe('moving an inloggnings-id', () => {
  const pg = usePgServer('kf-inloggnings-id-');
  const call = pg.call;
  let adam: Record<string, string>;
  let fredrik: Record<string, string>;
  beforeAll(async () => {
    adam = await demoSession(pg.server().url, 'user:adam');
    fredrik = await demoSession(pg.server().url, 'user:fredrik');
  });
  /** The förvaltningschef approves the waiting inloggnings-id of this person. */
  const approve = async (userId: string) => {
    const waiting = (await org()).requests.find((r) => r.userId === userId && r.inloggningsId !== undefined)!;
    return call<Failure>('POST', `/api/admin/rollbegaran/${waiting.id}/godkann`, fredrik, {});
  };
  const org = async () => (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body;
  const subjects = async () =>
    (
      await pg
        .server()
        .context.db.query<{ id: string; s: string }>('select id, login_subject as s from users where login_subject is not null')
    ).rows;
  // A save writes every detail: the e-post goes along, as the form sends it.
  const save = (userId: string, namn: string, inloggningsId?: string) =>
    call<Failure>('POST', '/api/admin/personer', adam, {
      userId,
      namn,
      epost: `${namn.toLowerCase().replace(' ', '.')}@storstad.example`,
      ...(inloggningsId === undefined ? {} : { inloggningsId }),
    });
  const me = async (h: Record<string, string>) =>
    (await call<{ session: SessionInfo | null }>('GET', '/api/session', h)).body.session?.user.userId ?? null;
  const annasSessions = async () => [
    await demoSession(pg.server().url, 'user:anna'),
    await passwordSession(pg.server().url, 'anna', DEMO_PASSWORD),
  ];

  it('refuses the administratör her own inloggnings-id, by hand and by CSV, storing nothing; her other details she may save', async () => {
    const before = [await subjects(), (await org()).changes.length];
    const own = await save('user:adam', 'Adam Falk', 'adams-eget-id');
    expect([own.status, own.body.error?.code, own.body.error?.message]).toEqual([403, 'self_login', OWN_LOGIN_SUBJECT]);
    const file = ['typ;verksamhet;enhet;namn;e-post;inloggnings-id', 'person;;;Adam Falk;adam.falk@storstad.example;adams-eget-id'].join(
      '\n',
    );
    const csv = await call<CsvImportAnswer>('POST', '/api/admin/organisation/import', adam, { csv: file, apply: true });
    expect(csv.status).toBe(422);
    expect(csv.body.errors.map((e) => e.message)).toContainEqual(`${OWN_LOGIN_SUBJECT} (Adam Falk)`);
    expect([await subjects(), (await org()).changes.length]).toEqual(before);
    expect(
      (await call('POST', '/api/admin/personer', adam, { userId: 'user:adam', namn: 'Adam Falk', titel: 'Systemförvaltare' })).status,
    ).toBe(200);
  });

  it("refuses to move another person's id, onto herself or anyone, naming its holder", async () => {
    expect((await save('user:sara', 'Sara Nilsson', 'sara-oid')).status).toBe(200);
    expect((await approve('user:sara')).status).toBe(200);
    const before = await subjects();
    const ontoHerself = await save('user:adam', 'Adam Falk', 'sara-oid');
    expect(ontoHerself.status).toBeGreaterThanOrEqual(403);
    const ontoPetra = await save('user:petra', 'Petra Lund', 'sara-oid');
    expect([ontoPetra.status, ontoPetra.body.error?.message]).toEqual([
      409,
      'Inloggnings-id "sara-oid" används redan av Sara Nilsson. Ett inloggnings-id kan bara höra till en person; ta bort det hos ' +
        'Sara Nilsson först.',
    ]);
    expect(await subjects()).toEqual(before);
  });

  it('lets a new id wait for a second person: not in effect, not approved by the one who asked; then her sessions end', async () => {
    let sessions = await annasSessions();
    expect((await save('user:anna', 'Anna Berg', 'anna-oid')).status).toBe(200);
    // Waiting: not hers yet, she stays signed in, and the change log says it waits.
    expect((await subjects()).find((r) => r.id === 'user:anna')).toBeUndefined();
    expect(await Promise.all(sessions.map(me))).toEqual(['user:anna', 'user:anna']);
    expect((await org()).changes.map((c) => c.text)).toContain(
      'Inloggnings-id anna-oid för Anna Berg väntar på godkännande av en annan administratör eller förvaltningschefen',
    );
    const waiting = (await org()).requests.find((r) => r.userId === 'user:anna')!;
    expect(waiting).toMatchObject({ inloggningsId: 'anna-oid', requestedBy: 'user:adam' });
    const own = await call<Failure>('POST', `/api/admin/rollbegaran/${waiting.id}/godkann`, adam, {});
    expect([own.status, own.body.error?.code]).toEqual([403, 'four_eyes']);
    expect((await approve('user:anna')).status).toBe(200);
    expect((await subjects()).find((r) => r.id === 'user:anna')?.s).toBe('anna-oid');
    expect(await Promise.all(sessions.map(me))).toEqual([null, null]);
    expect((await org()).changes.map((c) => c.text)).toContain('Anna Berg fick inloggnings-id anna-oid');

    // Removed by hand: at once (it opens nothing), and her sessions end too.
    sessions = await annasSessions();
    expect((await save('user:anna', 'Anna Berg')).status).toBe(200);
    expect(await Promise.all(sessions.map(me))).toEqual([null, null]);
    expect((await org()).changes[0]!.text).toBe('Anna Berg har inte längre något inloggnings-id (var anna-oid)');

    // Set by a CSV file (matched by e-post): it waits the same way.
    const file = ['typ;verksamhet;enhet;namn;e-post;inloggnings-id', 'person;;;Anna Berg;anna.berg@storstad.example;anna-oid-2'].join('\n');
    const csv = await call<CsvImportAnswer>('POST', '/api/admin/organisation/import', adam, { csv: file, apply: true });
    expect([csv.status, csv.body.errors]).toEqual([200, []]);
    expect((await subjects()).find((r) => r.id === 'user:anna')).toBeUndefined();
    expect((await org()).requests.find((r) => r.userId === 'user:anna')?.inloggningsId).toBe('anna-oid-2');
    expect((await approve('user:anna')).status).toBe(200);

    // Saving her other details, the id unchanged, leaves her signed in and asks for nothing.
    sessions = await annasSessions();
    expect((await save('user:anna', 'Anna Berg', 'anna-oid-2')).status).toBe(200);
    expect(await Promise.all(sessions.map(me))).toEqual(['user:anna', 'user:anna']);
    expect((await org()).requests.filter((r) => r.userId === 'user:anna')).toEqual([]);
  });
});
