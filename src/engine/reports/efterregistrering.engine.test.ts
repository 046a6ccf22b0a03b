import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../processes/packs';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { loadShippedDefinitions } from '../../../test/support/catalog';
import { createWorld, example } from '../../../test/support/world';
import { collectArendeFacts } from './collectArendeFacts';
import { kvalitetsberattelse } from './kvalitetsberattelse';
import { packListRows } from '../../../test/support/packListRows';
import { yearPeriod } from '../calendar/Period';

const LATE = { handelseDatum: '2020-12-30', upptacktDatum: '2020-12-30' };

describe('efterregistrering of an older event (issue 11, item 10)', () => {
  it('keeps the real dates: the händelse in 2020, the rapport given in 2021, registered now, and no lead time', async () => {
    const w = await createWorld();
    const id = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    const future = await w.attempt(
      id,
      'user:anna',
      'rapport.submit',
      example('avvikelse-rapport-2', {
        ...LATE,
        efterregistrering: true,
        efterregistreringDatum: '2026-03-14',
        efterregistreringKalla: 'Pärm 2021',
      }),
    );
    expect(future.ok || future.rejection.message).toContain('Datumet då rapporten lämnades (2026-03-14) kan inte ligga i framtiden');
    const before = await w.attempt(
      id,
      'user:anna',
      'rapport.submit',
      example('avvikelse-rapport-2', {
        ...LATE,
        efterregistrering: true,
        efterregistreringDatum: '2020-12-29',
        efterregistreringKalla: 'Pärm 2021',
      }),
    );
    expect(before.ok || before.rejection.message).toContain('kan inte vara före händelsen (2020-12-30)');
    await w.step(
      id,
      'user:anna',
      'rapport.submit',
      example('avvikelse-rapport-2', {
        ...LATE,
        efterregistrering: true,
        efterregistreringDatum: '2021-01-02',
        efterregistreringKalla: 'Pärm Avvikelser 2021',
      }),
    );
    await w.step(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning'));
    await w.step(id, 'user:erik', 'analys.submit', example('avvikelse-analys'));
    await w.step(id, 'user:erik', 'atgarder.submit', {
      ingaAtgarder: true,
      motivering: 'Händelsen ligger flera år tillbaka; rutinen är redan ändrad.',
      atgarder: [],
    });
    await w.step(id, 'user:erik', 'uppfoljning.submit', example('avvikelse-uppfoljning'));
    await w.step(id, 'user:erik', 'avslut.submit', example('avvikelse-avslut'));

    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    expect(facts[0]).toMatchObject({
      efterregistrerad: true,
      handelseDate: '2020-12-30',
      reportedDate: '2021-01-02',
      leadTimeDays: undefined,
    });
    const report = (year: number, datumgrund: 'handelsedatum' | 'rapportdatum') =>
      kvalitetsberattelse(facts, { packs: REGISTRY, period: yearPeriod(year), now: w.clock.now(), org: DEMO_ORG, datumgrund });
    expect(report(2020, 'handelsedatum').arenden.arendeIds).toEqual([id]);
    expect(report(2021, 'rapportdatum').arenden.arendeIds).toEqual([id]);
    expect(report(2026, 'rapportdatum').arenden.arendeIds).toEqual([]);
    expect(report(2020, 'handelsedatum').ledtider.find((l) => l.processType === 'avvikelse')).toMatchObject({
      avslutade: { count: 0 },
      pagaende: { count: 0 },
      efterregistrerade: { count: 1, arendeIds: [id] },
    });
  });
});

describe('a lex Sarah ärende from 2020 registered late (issue 11, must show)', () => {
  it('records the anmälan with its real 2020 date and counts in 2020: "1 rapport, varav 1 anmäld till IVO"', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', {}, 2));
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    const beslut = { klassificering: 'missforhallande', allvarligt: true };
    await w.step(id, 'user:sara', 'bedomning.submit', example('lex-sarah-bedomning', beslut));
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut-2', beslut));
    await w.step(id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo'));
    await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande', { datum: '2020-05-19' }));
    const beforeRapport = await w.attempt(
      id,
      'user:sara',
      'anmalan_skickad.submit',
      example('lex-sarah-anmalan-skickad-2', { skickadDatum: '2020-05-03' }),
    );
    expect(beforeRapport.ok || beforeRapport.rejection.message).toContain('kan inte vara före');
    await w.step(id, 'user:sara', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: '2020-05-20' }));

    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    expect(facts[0]).toMatchObject({ efterregistrerad: true, handelseDate: '2020-05-02', reportedDate: '2020-05-04' });
    const r = kvalitetsberattelse(facts, { packs: REGISTRY, period: yearPeriod(2020), now: w.clock.now(), org: DEMO_ORG });
    const year2020 = r.trend.find((t) => t.period.label === '2020')!;
    expect([year2020.antal['lex-sarah']?.count, year2020.varav['lex-sarah-ivo']?.count]).toEqual([1, 1]);
    expect(packListRows(r)[0]).toMatchObject({
      handelseDatum: '2020-05-02',
      rapportDatum: '2020-05-04',
      efterregistrerad: 'Ja',
      efterregistreradHint: 'efterregistrerad',
      ivoSkickadDatum: '2020-05-20',
    });
    expect(r.arMedData).toContain(2020);
  });
});
