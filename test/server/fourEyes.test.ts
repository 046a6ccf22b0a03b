import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandAnswer, CsvImportAnswer, ListAnswer, OrganisationAnswer, SessionInfo } from '../../src/api/contract';
import { ROLES } from '../../src/engine/index';
import { contentRoles } from '../../src/server/organisation/approvalRoles';
import { REGISTRY } from '../../src/processes/packs';
import { usePgServer } from '../support/pgServer';
import { resetAndSignIn } from '../support/oneTimeCode';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';

type Failure = { error: { code: string; message: string } };

/** Four eyes on power (issue 22): nobody gives herself a role; a role that reads case content needs a second person. */
describe('four eyes on roles', () => {
  const pg = usePgServer('kf-fyra-ogon-', { mail: true });
  const call = pg.call;
  let adam: Record<string, string>;
  let fredrik: Record<string, string>;
  beforeAll(async () => {
    adam = await demoSession(pg.server().url, 'user:adam');
    fredrik = await demoSession(pg.server().url, 'user:fredrik');
  });
  const stored = async () =>
    (
      await pg.server().context.db.query(
        `select (select count(*) from role_assignments) as roles, (select count(*) from role_requests) as requests,
             (select count(*) from organisation_changes) as changes`,
      )
    ).rows[0];
  const person = async (namn: string) =>
    (await call<{ userId: string }>('POST', '/api/admin/personer', adam, { namn, epost: `${namn.split(' ')[0]!.toLowerCase()}@x.example` }))
      .body.userId;
  const org = async () => (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body;
  const rolesOf = async (headers: Record<string, string>) =>
    (await call<{ session: SessionInfo }>('GET', '/api/session', headers)).body.session.user.roles.map((r) => r.role);
  const grant = (headers: Record<string, string>, userId: string, role: string, scope = { kind: 'forvaltning', id: 'forvaltning:soc' }) =>
    call<{ id?: number; requestId?: number } & Partial<Failure>>('POST', '/api/admin/roller', headers, { userId, role, scope });
  const decide = (headers: Record<string, string>, requestId: number, how: 'godkann' | 'avsla') =>
    call<Partial<Failure>>('POST', `/api/admin/rollbegaran/${requestId}/${how}`, headers);

  it('takes the content roles from the engine and the packs, defined once', () => {
    expect([...contentRoles(REGISTRY.grants)].sort()).toEqual(['enhetschef', 'forvaltningschef', 'mas', 'sas', 'verksamhetschef']);
  });

  it('refuses every role given to oneself, in Swedish, storing nothing', async () => {
    const before = await stored();
    for (const role of ROLES) {
      const r = await grant(adam, 'user:adam', role);
      expect([role, r.status, r.body.error?.code]).toEqual([role, 403, 'self_grant']);
      expect(r.body.error?.message).toMatch(/^Du kan inte ge dig själv en roll/);
    }
    expect(await stored()).toEqual(before);
    expect(await rolesOf(adam)).toEqual(['administrator']);
  });

  it('a content role waits until another administratör or the förvaltningschef approves it; never by the one who asked', async () => {
    const nils = await person('Nils Sas');
    const asked = await grant(adam, nils, 'sas');
    expect([asked.status, asked.body.id, typeof asked.body.requestId]).toEqual([200, undefined, 'number']);
    const requestId = asked.body.requestId!;
    // Pending: listed, in the change log, not held.
    let o = await org();
    expect(o.requests.map((r) => [r.id, r.namn, r.role, r.requestedBy])).toEqual([[requestId, 'Nils Sas', 'sas', 'user:adam']]);
    expect(o.changes[0]!.text).toBe('Nils Sas föreslogs för rollen SAS för Socialförvaltningen (väntar på godkännande)');
    expect(o.people.find((p) => p.userId === nils)!.assignments).toEqual([]);
    const again = await grant(adam, nils, 'sas');
    expect([again.status, again.body.error?.message]).toEqual([
      409,
      'Nils Sas väntar redan på godkännande av rollen SAS för Socialförvaltningen.',
    ]);

    // The requester cannot approve her own request; a medarbetare cannot approve at all.
    const own = await decide(adam, requestId, 'godkann');
    expect([own.status, own.body.error?.code]).toEqual([403, 'four_eyes']);
    const anna = await demoSession(pg.server().url, 'user:anna');
    expect((await decide(anna, requestId, 'godkann')).status).toBe(403);
    expect((await call('GET', '/api/admin/rollbegaran', anna)).status).toBe(403);

    // An ärende Nils cannot read yet, and can once the förvaltningschef approved.
    const rapport = await call<CommandAnswer>('POST', '/api/arenden', anna, {
      processType: 'avvikelse',
      enhetId: 'enhet:solgarden',
      data: example('avvikelse-rapport-2'),
    });
    const arendeId = (rapport.body as Extract<CommandAnswer, { ok: true }>).summary.arendeId;
    const nilsSession = await signedIn(nils, 'nils.sas', 'ett eget lösenord för utredaren');
    expect((await call('GET', `/api/arenden/${encodeURIComponent(arendeId)}`, nilsSession)).status).toBe(404);
    expect((await call<{ requests: unknown[] }>('GET', '/api/admin/rollbegaran', fredrik)).body.requests).toHaveLength(1);
    expect((await decide(fredrik, requestId, 'godkann')).status).toBe(200);
    expect(await rolesOf(nilsSession)).toEqual(['sas']);
    expect((await call('GET', `/api/arenden/${encodeURIComponent(arendeId)}`, nilsSession)).status).toBe(200);
    const list = await call<ListAnswer>('POST', '/api/arenden/list', nilsSession, { query: {} });
    expect(list.body.rows.map((r) => r.arendeId)).toContain(arendeId);
    o = await org();
    expect(o.requests).toEqual([]);
    expect(o.changes.slice(0, 2).map((c) => [c.by, c.text])).toEqual([
      ['user:fredrik', 'Begäran om rollen SAS för Socialförvaltningen för Nils Sas godkändes (begärd av Adam Falk)'],
      ['user:fredrik', 'Nils Sas fick rollen SAS för Socialförvaltningen (begärd av Adam Falk, godkänd)'],
    ]);
    expect((await decide(fredrik, requestId, 'godkann')).status).toBe(422);
  });

  it('another administratör approves too (once approved herself); none approves a role for herself; rejected gives nothing', async () => {
    const greta = await person('Greta Admin');
    const asked = await grant(adam, greta, 'administrator');
    expect(asked.body.requestId).toBeTypeOf('number');
    expect((await decide(fredrik, asked.body.requestId!, 'godkann')).status).toBe(200);
    const gretaSession = await signedIn(greta, 'greta.admin', 'ett eget långt lösenord för henne');
    expect(await rolesOf(gretaSession)).toEqual(['administrator']);

    // A request for the förvaltningschef herself: she may not approve it, Greta may.
    const forFredrik = await grant(adam, 'user:fredrik', 'mas');
    const self = await decide(fredrik, forFredrik.body.requestId!, 'godkann');
    expect([self.status, self.body.error?.message]).toEqual([403, 'Du kan inte godkänna en roll för dig själv.']);
    expect((await decide(gretaSession, forFredrik.body.requestId!, 'godkann')).status).toBe(200);
    expect(await rolesOf(fredrik)).toEqual(['forvaltningschef', 'mas']);

    const rejected = await grant(gretaSession, 'user:anna', 'enhetschef', { kind: 'enhet', id: 'enhet:solgarden' });
    expect((await decide(adam, rejected.body.requestId!, 'avsla')).status).toBe(200);
    const anna = await demoSession(pg.server().url, 'user:anna');
    expect(await rolesOf(anna)).toEqual(['medarbetare']);
    expect((await org()).changes[0]!.text).toBe(
      'Begäran om rollen enhetschef för Solgårdens särskilda boende för Anna Berg avslogs (begärd av Greta Admin)',
    );
  });

  it('a role that reads no case content takes effect at once when given to someone else', async () => {
    const ivar = await person('Ivar Medarbetare');
    const m = await grant(adam, ivar, 'medarbetare', { kind: 'enhet', id: 'enhet:solgarden' });
    const p = await grant(adam, ivar, 'processagare');
    expect([m.status, typeof m.body.id, m.body.requestId, p.status, typeof p.body.id]).toEqual([200, 'number', undefined, 200, 'number']);
    expect((await org()).people.find((x) => x.userId === ivar)!.assignments.map((a) => a.role)).toEqual(['medarbetare', 'processagare']);
  });

  it('the CSV import asks for content roles like a hand edit does, and refuses a row that gives the importer a role', async () => {
    const csv = (rows: string[]) => ['typ;verksamhet;enhet;namn;e-post;roll', ...rows].join('\n');
    const at = 'person;Äldreomsorg;Solgårdens särskilda boende';
    const rows = [`${at};Jonas Chef;jonas@x.example;enhetschef`, `${at};Jonas Chef;jonas@x.example;medarbetare`];
    const dry = await call<CsvImportAnswer>('POST', '/api/admin/organisation/import', adam, { csv: csv(rows), apply: false });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.items.filter((i) => i.kind === 'roll').map((i) => i.text)).toEqual([
      'Jonas Chef: enhetschef för Solgårdens särskilda boende (väntar på godkännande)',
      'Jonas Chef: medarbetare för Solgårdens särskilda boende',
    ]);
    const applied = await call<CsvImportAnswer>('POST', '/api/admin/organisation/import', adam, { csv: csv(rows), apply: true });
    expect(applied.body.applied).toBe(true);
    const o = await org();
    const jonas = o.people.find((p) => p.namn === 'Jonas Chef')!;
    expect(jonas.assignments.map((a) => a.role)).toEqual(['medarbetare']);
    expect(o.requests.filter((r) => r.userId === jonas.userId).map((r) => r.role)).toEqual(['enhetschef']);
    expect(o.changes[0]!.text).toBe('Import från CSV-fil (2 rader): 1 ny person, 1 ny roll, 1 roll att godkänna');
    // The same file again asks for nothing new.
    const again = await call<CsvImportAnswer>('POST', '/api/admin/organisation/import', adam, { csv: csv(rows), apply: false });
    expect(again.body.items.filter((i) => i.action === 'ny')).toEqual([]);
    const before = await stored();
    const selfRow = await call<CsvImportAnswer>('POST', '/api/admin/organisation/import', adam, {
      csv: csv([`${at};Adam Falk;adam.falk@storstad.example;medarbetare`]),
      apply: true,
    });
    expect(selfRow.status).toBe(422);
    expect(selfRow.body.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/^Du kan inte ge dig själv en roll/));
    expect(await stored()).toEqual(before);
  });

  /** A local account for a person, as the administratör sets it: the code mailed to her, then her own password. */
  function signedIn(userId: string, username: string, own: string): Promise<Record<string, string>> {
    const epost = `${username.split('.')[0]!}@x.example`;
    return resetAndSignIn({ url: pg.server().url, mails: pg.mails }, adam, { userId, username, epost, own });
  }
});
