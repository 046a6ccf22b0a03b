import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandAnswer, CsvImportAnswer, OrganisationAnswer } from '../../src/api/contract';
import type { Enhet } from '../../src/engine/internal';
import { stockholmDate } from '../../src/engine/internal';
import { usePgServer } from '../support/pgServer';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';

type Refusal = { error?: { message: string }; rejection?: { message: string } };

/** An enhet's start and end dates (issue 21): the administratör's API, CSV import and database, and what they refuse. */
describe('the dates an enhet ran', () => {
  const pg = usePgServer('kf-enhetsdatum-');
  const call = pg.call;
  let adam: Record<string, string>;
  let anna: Record<string, string>;
  beforeAll(async () => {
    adam = await demoSession(pg.server().url, 'user:adam');
    anna = await demoSession(pg.server().url, 'user:anna');
  });
  const organisation = async () => (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body;
  const enhetNamed = async (namn: string): Promise<Enhet> => (await organisation()).org.enheter.find((e) => e.namn === namn)!;
  const saveEnhet = (body: Record<string, unknown>) => call<{ id: string } & Refusal>('POST', '/api/admin/enheter', adam, body);
  const today = stockholmDate(new Date().toISOString())!;

  it('keeps a start date the administratör gives, and refuses a rapport about a händelse before it, naming the enhet', async () => {
    const e = await saveEnhet({ namn: 'Korttidsboendet Eken', verksamhetId: 'verksamhet:aldre', startDatum: '2024-09-01' });
    expect(e.status, JSON.stringify(e.body)).toBe(200);
    expect(await enhetNamed('Korttidsboendet Eken')).toMatchObject({ id: e.body.id, startDatum: '2024-09-01' });
    await call('POST', '/api/admin/roller', adam, { userId: 'user:anna', role: 'medarbetare', scope: { kind: 'enhet', id: e.body.id } });
    const before = {
      handelseDatum: '2024-08-20',
      upptacktDatum: '2024-08-20',
      efterregistrering: true,
      efterregistreringDatum: '2024-08-21',
    };
    const refused = await call<Refusal>('POST', '/api/arenden', anna, {
      processType: 'avvikelse',
      enhetId: e.body.id,
      data: example('avvikelse-rapport-2', before, 4),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.rejection?.message).toContain(
      'Händelsedatumet (2024-08-20) kan inte vara före den dag Korttidsboendet Eken startade (2024-09-01).',
    );
    const after = { handelseDatum: '2024-09-02', upptacktDatum: '2024-09-02', efterregistreringDatum: '2024-09-03' };
    const made = await call<CommandAnswer>('POST', '/api/arenden', anna, {
      processType: 'avvikelse',
      enhetId: e.body.id,
      data: example('avvikelse-rapport-2', after, 4),
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);

    // Its first ärende was opened today: a start date after that would put it before the enhet existed.
    const later = await saveEnhet({
      id: e.body.id,
      namn: 'Korttidsboendet Eken',
      verksamhetId: 'verksamhet:aldre',
      startDatum: '2099-01-01',
    });
    expect([later.status, later.body.error?.message]).toEqual([
      422,
      `Enheten har ärenden sedan ${today}: startdatumet (2099-01-01) kan inte ligga efter det, för då skulle det som redan ` +
        `rapporterats där ligga före enhetens start.`,
    ]);
    expect(await enhetNamed('Korttidsboendet Eken')).toMatchObject({ startDatum: '2024-09-01' });
  });

  it('refuses a date that is not a date, before 1980, an end without closing and a start after the end, storing nothing', async () => {
    const base = { namn: 'Dagverksamheten Ängen', verksamhetId: 'verksamhet:funk' };
    const changes = (await organisation()).changes.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ startDatum: '2026-02-30' }, 'Startdatumet "2026-02-30" är inte ett datum: skriv ÅÅÅÅ-MM-DD, till exempel 2019-08-01.'],
      [{ startDatum: '1901-05-01' }, 'Startdatumet (1901-05-01) kan inte ligga före 1980-01-01.'],
      [
        { slutDatum: '2025-06-30' },
        'Ett slutdatum anges bara för en stängd enhet: markera enheten som stängd, eller lämna slutdatumet tomt.',
      ],
      [
        { startDatum: '2025-07-01', stangd: true, slutDatum: '2025-06-30' },
        'Startdatumet (2025-07-01) kan inte ligga efter slutdatumet (2025-06-30).',
      ],
    ];
    for (const [dates, message] of cases) {
      const r = await saveEnhet({ ...base, ...dates });
      expect([r.status, r.body.error?.message], JSON.stringify(dates)).toEqual([422, message]);
    }
    expect((await organisation()).org.enheter.some((e) => e.namn === base.namn)).toBe(false);
    expect((await organisation()).changes.length).toBe(changes);
  });

  it(
    'gives a closed enhet its last day (today unless given) and clears it when it opens again; one closed before keeps the day it ' +
      'closed',
    async () => {
      const e = await saveEnhet({ namn: 'Boendestödet Norr', verksamhetId: 'verksamhet:funk', startDatum: '2010-01-01' });
      const body = { id: e.body.id, namn: 'Boendestödet Norr', verksamhetId: 'verksamhet:funk', startDatum: '2010-01-01' };
      expect((await saveEnhet({ ...body, stangd: true })).status).toBe(200);
      expect(await enhetNamed('Boendestödet Norr')).toMatchObject({ stangd: true, slutDatum: today });
      expect((await saveEnhet({ ...body, stangd: true, slutDatum: '2025-12-31' })).status).toBe(200);
      expect(await enhetNamed('Boendestödet Norr')).toMatchObject({ stangd: true, slutDatum: '2025-12-31' });
      expect((await saveEnhet({ ...body, stangd: false })).status).toBe(200);
      expect(await enhetNamed('Boendestödet Norr')).not.toHaveProperty('slutDatum');

      // Closed before the enhet had a last day (migration 0012): the day it was closed, in Stockholm.
      const { db } = pg.server().context;
      await db.query("update enheter set closed_at = '2025-03-31T22:30:00.000Z', slut_datum = null where id = $1", [e.body.id]);
      // The table's trigger tells the server's directory to read it again.
      await expect
        .poll(async () => (await pg.server().context.server.engine.organisation()).enheter.find((x) => x.id === e.body.id))
        .toMatchObject({ stangd: true, slutDatum: '2025-04-01' });
    },
  );

  it('refuses in the database itself a date that is not ÅÅÅÅ-MM-DD and a start after the end', async () => {
    const { db } = pg.server().context;
    await expect(db.query("update enheter set start_datum = 'i fjol' where id = 'enhet:larkan'")).rejects.toThrow();
    await expect(
      db.query("update enheter set start_datum = '2026-01-01', slut_datum = '2025-01-01' where id = 'enhet:larkan'"),
    ).rejects.toThrow();
  });

  it('imports start dates from the CSV file: new, changed and refused with the row number, an empty cell changes nothing', async () => {
    const importCsv = (csv: string, apply: boolean) =>
      call<CsvImportAnswer>('POST', '/api/admin/organisation/import', adam, { csv, apply });
    const header = 'typ;verksamhet;enhet;startdatum';
    const dry = await importCsv(
      `${header}\nenhet;Äldreomsorg;Hemtjänst Syd;2018-02-01\nenhet;Funktionsstöd;Gruppbostaden ` +
        `Lärkan;1996-04-01\nenhet;Äldreomsorg;Hemtjänst Norr;`,
      false,
    );
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.items.map((i) => `${i.row} ${i.kind} ${i.action}: ${i.text}`)).toEqual([
      '2 enhet ny: Hemtjänst Syd (Äldreomsorg)',
      '3 enhet andrad: Gruppbostaden Lärkan (Funktionsstöd): startdatum "1996-03-01" → "1996-04-01"',
      '4 enhet oforandrad: Hemtjänst Norr (Äldreomsorg)',
    ]);
    expect(
      (await importCsv(`${header}\nenhet;Äldreomsorg;Hemtjänst Syd;2018-02-01\nenhet;Funktionsstöd;Gruppbostaden Lärkan;1996-04-01`, true))
        .body.applied,
    ).toBe(true);
    expect(await enhetNamed('Hemtjänst Syd')).toMatchObject({ startDatum: '2018-02-01' });
    expect(await enhetNamed('Gruppbostaden Lärkan')).toMatchObject({ startDatum: '1996-04-01' });
    expect(await enhetNamed('Hemtjänst Norr')).toMatchObject({ startDatum: '2011-01-01' });

    const bad = await importCsv(
      `${header}\nenhet;Äldreomsorg;Hemtjänst Väst;2018-13-01\nenhet;Äldreomsorg;Korttidsboendet Eken;2099-01-01`,
      true,
    );
    expect(bad.body.applied).toBe(false);
    expect(bad.body.errors).toEqual([
      { row: 2, message: 'Startdatumet "2018-13-01" är inte ett datum: skriv ÅÅÅÅ-MM-DD, till exempel 2019-08-01.' },
      {
        row: 3,
        message:
          `Enheten Korttidsboendet Eken (Äldreomsorg): Enheten har ärenden sedan ${today}: startdatumet (2099-01-01) kan inte ` +
          `ligga efter det, för då skulle det som redan rapporterats där ligga före enhetens start.`,
      },
    ]);
    expect((await organisation()).org.enheter.some((e) => e.namn === 'Hemtjänst Väst')).toBe(false);
  });
});
