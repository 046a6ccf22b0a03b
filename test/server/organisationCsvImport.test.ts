import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CsvImportAnswer, OrganisationAnswer, SessionInfo } from '../../src/api/contract';
import { usePgServer } from '../support/pgServer';
import { resetAndSignIn } from '../support/oneTimeCode';
import { demoSession } from '../support/serverProcess';

const HEADER = 'typ;verksamhet;enhet;adress;postort;verksamhetsform;namn;befattning;e-post;telefon;inloggnings-id;roll;nivå';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');

/** The CSV import of enheter and people (issue 10, item 2), on the real server and PGlite. */
describe('organisation CSV import', () => {
  const pg = usePgServer('kf-csv-', { mail: true });
  const call = pg.call;
  let adam: Record<string, string>;
  beforeAll(async () => {
    adam = await demoSession(pg.server().url, 'user:adam');
  });
  const importCsv = (text: string, apply: boolean, who = adam) =>
    call<CsvImportAnswer>('POST', '/api/admin/organisation/import', who, { csv: text, apply });
  /** A digest of every table an import could write, so "nothing stored" is checked on the tables, not on the answer. */
  const tables = async () => {
    const digest = async (table: string) =>
      (
        await pg
          .server()
          .context.db.query<{ d: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from ${table} t`)
      ).rows[0]!.d;
    const names = ['organisation_changes', 'verksamheter', 'enheter', 'users', 'role_assignments', 'role_requests'];
    return Object.fromEntries(await Promise.all(names.map(async (t) => [t, await digest(t)])));
  };
  const changeCount = async () =>
    Number((await pg.server().context.db.query<{ n: string }>('select count(*) as n from organisation_changes')).rows[0]!.n);
  const summary = (a: CsvImportAnswer) => a.items.map((i) => `${i.row} ${i.kind} ${i.action}: ${i.text}`);

  it('the template on the page dry-runs clean and stores nothing; the import stores it all; a re-run changes nothing', async () => {
    const template = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'mallar', 'organisation-import.csv'), 'utf8');
    expect(template.charCodeAt(0), 'the template starts with a BOM so Excel reads å, ä and ö').toBe(0xfeff);
    const before = await tables();
    const changesBefore = await changeCount();
    const dry = await importCsv(template, false);
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.errors).toEqual([]);
    expect([dry.body.applied, dry.body.rows, dry.body.ignoredColumns]).toEqual([false, 7, []]);
    expect(summary(dry.body)).toEqual([
      '2 verksamhet ny: IFO barn och unga (Socialförvaltningen)',
      '2 enhet ny: Familjehemsenheten (IFO barn och unga)',
      '3 enhet ny: Mottagningen barn och unga (IFO barn och unga)',
      '4 person ny: Ida Ström, inloggnings-id SE2321000016-A1B2, ida.strom@storstad.example',
      '4 roll ny: Ida Ström: enhetschef för Familjehemsenheten (väntar på godkännande)',
      '5 roll ny: Ida Ström: medarbetare för Familjehemsenheten',
      '6 person ny: Omar Haddad, inloggnings-id SE2321000016-A1B3, omar.haddad@storstad.example',
      '6 roll ny: Omar Haddad: medarbetare för Mottagningen barn och unga',
      '7 person ny: Lisa Holm, lisa.holm@storstad.example',
      '7 roll ny: Lisa Holm: verksamhetschef för IFO barn och unga (väntar på godkännande)',
      '8 person ny: Nils Berg, nils.berg@storstad.example',
      '8 roll ny: Nils Berg: SAS för Socialförvaltningen (väntar på godkännande)',
    ]);
    expect(await tables()).toEqual(before);

    const applied = await importCsv(template, true);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body.applied).toBe(true);
    expect(summary(applied.body)).toEqual(summary(dry.body));
    const org = (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body;
    const ida = org.people.find((p) => p.namn === 'Ida Ström')!;
    expect(ida).toMatchObject({
      titel: 'Enhetschef',
      epost: 'ida.strom@storstad.example',
      telefon: '08-123 451 00',
      inloggningsId: 'SE2321000016-A1B2',
    });
    expect(org.org.enheter.find((e) => e.namn === 'Familjehemsenheten')).toMatchObject({
      adress: 'Torget 2',
      postort: 'Storstad',
      verksamhetsform: 'sol',
    });
    // Each change kept like a manual edit, saying it came from the file, and one line for the whole import.
    expect(org.changes.slice(0, 3).map((c) => [c.by, c.kind, c.text])).toEqual([
      [
        'user:adam',
        'csv_import',
        'Import från CSV-fil (7 rader): 1 ny verksamhet, 2 nya enheter, 4 nya personer, 2 nya roller, 3 roller att godkänna',
      ],
      [
        'user:adam',
        'roll_begard',
        'Nils Berg föreslogs för rollen SAS för Socialförvaltningen (väntar på godkännande) (import från CSV-fil)',
      ],
      [
        'user:adam',
        'roll_begard',
        'Lisa Holm föreslogs för rollen verksamhetschef för IFO barn och unga (väntar på godkännande) (import från CSV-fil)',
      ],
    ]);
    expect(org.changes.map((c) => c.text)).toContain('Ny person: Ida Ström, inloggnings-id SE2321000016-A1B2 (import från CSV-fil)');
    expect(await changeCount()).toBe(changesBefore + 13);
    // The imported person acts with her medarbetare role at once, as enhetschef once the förvaltningschef approved (issue 22).
    expect(org.requests.map((r) => `${r.namn}: ${r.role}`)).toEqual([
      'Ida Ström: enhetschef',
      'Lisa Holm: verksamhetschef',
      'Nils Berg: sas',
    ]);
    const fredrik = await demoSession(pg.server().url, 'user:fredrik');
    expect((await call('POST', `/api/admin/rollbegaran/${org.requests[0]!.id}/godkann`, fredrik)).status).toBe(200);
    const idaSession = await resetAndSignIn({ url: pg.server().url, mails: pg.mails }, adam, {
      userId: ida.userId,
      username: 'ida.strom',
      epost: 'ida.strom@storstad.example',
      own: 'en egen fras om familjehem',
    });
    const session = (await call<{ session: SessionInfo }>('GET', '/api/session', idaSession)).body.session;
    expect(session.user.roles.map((a) => a.role)).toEqual(['medarbetare', 'enhetschef']);

    // Idempotent: the same file again (as a comma file this time) matches everything and writes nothing.
    const after = await tables();
    const again = await importCsv(template, true);
    expect(again.status).toBe(200);
    expect(
      again.body.items.every((i) => i.action === 'oforandrad'),
      summary(again.body).join('\n'),
    ).toBe(true);
    expect(again.body.items).toHaveLength(11);
    expect(await tables()).toEqual(after);
    const commas = template.replace(/;/g, ',');
    expect((await importCsv(commas, true)).body.items.filter((i) => i.action !== 'oforandrad')).toEqual([]);
    expect(await tables()).toEqual(after);
  });

  it('matches existing people by e-post and enheter by verksamhet and name; only what differs changes', async () => {
    const file = csv(
      'enhet;äldreomsorg;HEMTJÄNST  NORR;Norra gatan 14;;;;;;;;;',
      'person;Äldreomsorg;Solgårdens särskilda boende;;;;Anna Berg;Undersköterska;Anna.Berg@storstad.example;08-123 450 ' +
        '99;anna-oid-1;medarbetare;',
    );
    const dry = await importCsv(file, false);
    expect(dry.body.errors).toEqual([]);
    expect(summary(dry.body)).toEqual([
      '2 enhet andrad: Hemtjänst Norr (Äldreomsorg): adress "Norra gatan 12" → "Norra gatan 14"',
      '3 person andrad: Anna Berg: telefon "08-123 450 11" → "08-123 450 99", inloggnings-id (tomt) → "anna-oid-1"',
      '3 roll oforandrad: Anna Berg: medarbetare för Solgårdens särskilda boende',
    ]);
    expect((await importCsv(file, true)).body.applied).toBe(true);
    const org = (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body;
    expect(org.people.find((p) => p.userId === 'user:anna')).toMatchObject({
      epost: 'anna.berg@storstad.example',
      telefon: '08-123 450 99',
    });
    // A new inloggnings-id from a file waits for a second person, as one typed by hand (issue 22).
    expect(org.people.find((p) => p.userId === 'user:anna')?.inloggningsId).toBeUndefined();
    expect(org.requests.find((r) => r.userId === 'user:anna')?.inloggningsId).toBe('anna-oid-1');
    expect(org.changes.slice(0, 4).map((c) => c.text)).toEqual([
      'Import från CSV-fil (2 rader): 1 ändrad enhet, 1 ändrad person',
      'Inloggnings-id anna-oid-1 för Anna Berg väntar på godkännande av en annan administratör eller förvaltningschefen (import ' +
        'från CSV-fil)',
      'Uppgifterna om Anna Berg ändrades: telefon, inloggnings-id (import från CSV-fil)',
      'Enheten Hemtjänst Norr ändrades: adress (import från CSV-fil)',
    ]);
  });

  it('reads an HR export: commas, no typ column, förnamn and efternamn, columns it does not know are listed', async () => {
    const file = [
      'Anställningsnr,Förnamn,Efternamn,E-post,Titel,Roll,Enhet',
      '1001,Rut,Sten,rut.sten@storstad.example,Undersköterska,Medarbetare,Gruppbostaden Lärkan',
    ].join('\n');
    const dry = await importCsv(file, false);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.ignoredColumns).toEqual(['Anställningsnr']);
    expect(summary(dry.body)).toEqual([
      '2 person ny: Rut Sten, rut.sten@storstad.example',
      '2 roll ny: Rut Sten: medarbetare för Gruppbostaden Lärkan',
    ]);
  });

  it('names every error with its row; the import then stores nothing, not even the good rows', async () => {
    await call('POST', '/api/admin/personer', adam, {
      namn: 'Sofia Åberg',
      titel: 'Socialt ansvarig samordnare',
      epost: 'sofia.aberg@storstad.example',
      inloggningsId: 'SE-SOFIA',
      userId: 'user:sofia',
    });
    // The förvaltningschef approves the id, as a second person must (issue 22).
    const fredrik = await demoSession(pg.server().url, 'user:fredrik');
    const waiting = (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body.requests.find(
      (r) => r.userId === 'user:sofia' && r.inloggningsId !== undefined,
    )!;
    expect((await call('POST', `/api/admin/rollbegaran/${waiting.id}/godkann`, fredrik, {})).status).toBe(200);
    const file = csv(
      'enhet;Ny verksamhet;Ny enhet;;;;;;;;;;',
      'person;;Solgårdens särskilda boende;;;;Bo Ek;;bo.ek@storstad.example;;;kung;',
      'person;;Finns inte;;;;Bo Ek;;bo.ek@storstad.example;;;medarbetare;',
      'person;;;;;;;;ingen.namn@storstad.example;;;;',
      'person;;;;;;Cai Falk;;inte-en-adress;;;;',
      'person;;;;;;Dan Gran;;sofia.aberg@storstad.example;;nytt-id;;',
      'person;;;;;;Eva Ek;;eva.ek@storstad.example;;dubbel-id;;',
      'person;;;;;;Frans Ek;;frans.ek@storstad.example;;dubbel-id;;',
      'medlem;;;;;;Gun Ek;;gun@storstad.example;;;;',
      'enhet;Äldreomsorg;Solgårdens särskilda boende;;;VoL;;;;;;;',
      'person;;;;;;Hugo Ek;;;;;;',
      'person;Äldreomsorg;;;;;Ivar Ek;;ivar@storstad.example;;;SAS;förvaltning',
    );
    const before = await tables();
    const dry = await importCsv(file, false);
    expect(dry.status).toBe(200);
    expect(dry.body.errors.map((e) => `${e.row}: ${e.message}`)).toEqual([
      '3: Rollen "kung" finns inte. Roller: medarbetare, enhetschef, verksamhetschef, SAS, förvaltningschef, processägare, ' +
        'skyddsombud, MAS, administratör.',
      '4: Enheten "Finns inte" finns inte – varken i organisationen eller som en rad av typen enhet i filen.',
      '5: Personens namn saknas.',
      '6: E-postadressen "inte-en-adress" är inte giltig.',
      '7: E-postadressen sofia.aberg@storstad.example hör till Sofia Åberg, som har inloggnings-id SE-SOFIA, inte nytt-id. ' +
        'Rätta filen, eller ändra inloggnings-id för Sofia Åberg under Personer och roller först.',
      '9: Inloggnings-id dubbel-id står också på rad 8, för Eva Ek: samma inloggnings-id kan inte höra till två personer (här Frans Ek).',
      '9: E-post "frans.ek@storstad.example" skiljer sig från rad 8 ("eva.ek@storstad.example") för samma person. Skriv samma ' +
        'uppgifter på varje rad för en person, eller lämna fältet tomt.',
      '10: Typen "medlem" finns inte: skriv enhet eller person.',
      '11: Verksamhetsformen "VoL" finns inte: skriv SoL, LSS eller lämna tomt.',
      '12: Hugo Ek saknar både inloggnings-id och e-post: en av dem behövs för att känna igen personen vid nästa import.',
      '13: Nivån är förvaltning, men verksamhet eller enhet är också ifyllt: lämna dem tomma för en roll i hela förvaltningen.',
    ]);
    // The good row is still reported as what it would do.
    expect(summary(dry.body)).toContain('2 enhet ny: Ny enhet (Ny verksamhet)');
    const refused = await importCsv(file, true);
    expect([refused.status, refused.body.applied, refused.body.errors.length]).toEqual([422, false, 11]);
    expect(await tables()).toEqual(before);
  });

  it('refuses non-administratörer, a file over 1 MB and more than 5 000 rows, in Swedish, storing nothing', async () => {
    const before = await tables();
    const sara = await demoSession(pg.server().url, 'user:sara');
    const refused = await call<{ error: { message: string } }>('POST', '/api/admin/organisation/import', sara, {
      csv: csv('enhet;X;Y;;;;;;;;;;'),
      apply: true,
    });
    expect([refused.status, refused.body.error.message]).toEqual([403, 'Organisationen ändras av administratören.']);
    const anonymous = await call('POST', '/api/admin/organisation/import', { 'x-kvalitetsflode': '1' }, { csv: 'x', apply: false });
    expect(anonymous.status).toBe(401);
    const big = await call<{ error: { message: string } }>('POST', '/api/admin/organisation/import', adam, {
      csv: csv(`enhet;X;${'å'.repeat(600_000)};;;;;;;;;;`),
      apply: false,
    });
    expect([big.status, big.body.error.message]).toEqual([413, expect.stringContaining('Filen är större än 1 MB')]);
    const many = await call<{ error: { message: string } }>('POST', '/api/admin/organisation/import', adam, {
      csv: csv(...Array.from({ length: 5_001 }, (_, i) => `enhet;X;E${i};;;;;;;;;;`)),
      apply: true,
    });
    expect([many.status, many.body.error.message]).toEqual([413, expect.stringContaining('fler än 5\u00a0000 rader')]);
    const extra = await call<{ error: { message: string } }>('POST', '/api/admin/organisation/import', adam, {
      csv: 'x',
      apply: true,
      userId: 'user:sara',
    });
    expect(extra.status).toBe(400);
    const notUtf8 = await importCsv(csv('enhet;Äldreomsorg;G\uFFFDrden;;;;;;;;;;'), false);
    expect(notUtf8.body.errors).toEqual([{ row: 2, message: expect.stringContaining('inte sparad som UTF-8') }]);
    expect(await tables()).toEqual(before);
  });
});
