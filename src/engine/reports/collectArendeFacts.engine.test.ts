import { describe, expect, it } from 'vitest';
import { packTable } from '../../../test/support/packTable';
import { REGISTRY } from '../../processes/packs';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { loadShippedDefinitions } from '../../../test/support/catalog';
import { createWorld, example, lexSarahUntil, today } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { riskanalysUntilGodkannande } from '../../../test/support/riskanalysWorld';
import { computeObligations } from '../obligations/computeObligations';
import { collectArendeFacts } from './collectArendeFacts';
import { MemoryEventStore } from '../../adapters/memory/MemoryEventStore';
import { kvalitetsberattelse } from './kvalitetsberattelse';
import { yearPeriod } from '../calendar/Period';
import { packListRows } from '../../../test/support/packListRows';

const DAY = 86_400_000;
const NOW = '2026-06-01T08:00:00.000Z';

/** A year of real ärenden, made through the engine with a clock that jumps days between steps. */
async function year(): Promise<{ w: World; ids: Record<string, string> }> {
  const w = await createWorld({ start: '2025-01-10T08:00:00.000Z' });
  const ids: Record<string, string> = {};

  // An avvikelse assessed 10 days after the rapport (7 allowed), then taken all the way to avslut.
  const avv = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
  await w.step(avv, 'user:anna', 'rapport.submit', example('avvikelse-rapport', { kategori: 'fall' }));
  w.clock.advance(10 * DAY);
  await w.step(avv, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning'));
  await w.step(avv, 'user:erik', 'analys.submit', example('avvikelse-analys'));
  await w.step(avv, 'user:erik', 'atgarder.submit', example('avvikelse-atgard'));
  const [a] = (await w.engine.get(avv))!.snapshot.context.atgarder;
  await w.step(avv, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: a!.id }));
  await w.step(avv, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId: a!.id }));
  w.clock.advance(3 * DAY);
  await w.step(avv, 'user:erik', 'uppfoljning.submit', example('avvikelse-uppfoljning'));
  await w.step(avv, 'user:erik', 'avslut.submit', example('avvikelse-avslut'));
  ids.avvikelse = avv;

  // An avvikelse escalated to lex Sarah: the new lex Sarah ärende waits for its rapport.
  w.clock.advance(30 * DAY);
  const esk = await w.open('avvikelse', 'enhet:larkan', 'user:maja');
  await w.step(esk, 'user:maja', 'rapport.submit', example('avvikelse-rapport', { kategori: 'bemotande' }));
  await w.step(esk, 'user:lina', 'bedomning.submit', example('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 2, vag: 'lex_sarah' }));
  const r = await w.step(
    esk,
    'user:lina',
    'eskalering.submit',
    example('avvikelse-eskalering', { rapportor: { namn: 'Maja Lind', befattning: 'Stödassistent', anvandarId: 'user:maja' } }),
  );
  ids.eskalerad = esk;
  ids.eskaleradLexSarah = r.linked!.arendeId;

  // Lex Sarah the whole way with an anmälan to IVO; another waiting at uppföljning with planned åtgärder.
  w.clock.advance(30 * DAY);
  ids.ivo = await lexSarahUntil(w, 'avslutad', { allvarligt: true });
  w.clock.advance(30 * DAY);
  ids.uppfoljning = await lexSarahUntil(w, 'uppfoljning');

  // A riskanalys approved and still waiting for its uppföljning.
  w.clock.advance(30 * DAY);
  const risk = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
  await w.step(risk, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning', { planeradStart: '2025-12-01' }));
  await w.step(risk, 'user:erik', 'deltagare.submit', example('riskanalys-deltagare'));
  await w.step(risk, 'user:erik', 'identifiera.submit', example('riskanalys-identifiera'));
  await w.step(risk, 'user:erik', 'vardera.submit', example('riskanalys-vardera'));
  await w.step(risk, 'user:erik', 'handlingsplan.submit', example('riskanalys-handlingsplan'));
  await w.step(risk, 'user:olle', 'skyddsombud.submit', example('riskanalys-skyddsombud'));
  await w.step(risk, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
  ids.risk = risk;
  return { w, ids };
}

/** Tricky paths for deadlines: the IVO track opened early and re-targeted by the beslut, komplettering, a plan sent back. */
async function trickyDeadlines(): Promise<World> {
  const w = await createWorld({ start: '2025-02-01T08:00:00.000Z' });
  const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
  await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
  w.clock.advance(2 * DAY);
  await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
  await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
  await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
  w.clock.advance(15 * DAY);
  // The anmälan goes (late) before the utredning is finished: a komplettering becomes due.
  await w.step(id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo', { utredningBifogas: false }));
  await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande'));
  await w.step(id, 'user:sara', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: today(w) }));
  await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
  await w.step(
    id,
    'user:sara',
    'bedomning.submit',
    example('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: true }),
  );
  await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { klassificering: 'missforhallande', allvarligt: true }));
  w.clock.advance(70 * DAY);
  await w.step(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering'));
  await w.step(id, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
  for (const a of (await w.engine.get(id))!.snapshot.context.atgarder) {
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: a.id }));
    await w.step(id, 'user:sara', 'atgard.verifiera', example('atgard-verifiera', { atgardId: a.id }));
  }
  await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning'));
  w.clock.advance(20 * DAY);
  await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));

  // A riskanalys sent back, not approved before its start, re-planned 60 days on, approved and followed up
  // 150 days after the first start: late by the first date, in time by the re-planned one.
  const inDays = (n: number) => new Date(Date.parse(w.clock.now()) + n * DAY).toISOString().slice(0, 10);
  const planned = () => riskanalysUntilGodkannande(w, { planeradStart: inDays(10), view: example('riskanalys-skyddsombud') });
  const risk = await planned();
  w.clock.advance(8 * DAY);
  await w.step(risk, 'user:vera', 'godkannande.aterremittera', example('riskanalys-aterremiss'));
  await w.step(risk, 'user:erik', 'handlingsplan.submit', example('riskanalys-handlingsplan'));
  await w.step(risk, 'user:olle', 'skyddsombud.submit', example('riskanalys-skyddsombud'));
  w.clock.advance(4 * DAY);
  await w.step(risk, 'user:erik', 'planering.omplanera', { planeradStart: inDays(58), skal: 'Godkännandet hann inte göras före starten.' });
  await w.step(risk, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
  w.clock.advance(138 * DAY);
  await w.step(risk, 'user:erik', 'uppfoljning.submit', example('riskanalys-uppfoljning'));
  // A second one is followed up 130 days after its start, with no re-planning: late.
  const late = await planned();
  await w.step(late, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
  w.clock.advance(140 * DAY);
  await w.step(late, 'user:erik', 'uppfoljning.submit', example('riskanalys-uppfoljning'));
  return w;
}

/** The fold must agree with a full replay: åtgärder, deadlines met late, deadlines overdue now. */
async function expectSameAsReplay(w: World): Promise<number> {
  const facts = collectArendeFacts({
    packs: REGISTRY,
    summaries: await w.store.summaries(),
    events: await w.store.allEvents(),
    definitions: loadShippedDefinitions(),
  });
  let late = 0;
  for (const f of facts) {
    const state = (await w.engine.get(f.arendeId))!;
    const replayed = state.snapshot.context.atgarder.map((x) => ({ id: x.id, klartDatum: x.klartDatum, status: x.status }));
    expect(f.atgarder, f.arendeId).toEqual(replayed);
    const obligations = computeObligations(state, NOW);
    const lateIds = [...new Set(obligations.filter((o) => o.late).map((o) => o.id))].sort();
    expect(f.lateObligations.map((o) => o.id).sort(), f.arendeId).toEqual(lateIds);
    late += lateIds.length;
    const overdue = obligations
      .filter((o) => o.overdue)
      .map((o) => o.id)
      .sort();
    expect(
      f.openDeadlines
        .filter((d) => d.dueAt < NOW)
        .map((d) => d.id)
        .sort(),
      f.arendeId,
    ).toEqual(overdue);
  }
  return late;
}

describe('reports over ärenden made by the real engine', () => {
  it('folds the events into the same åtgärder and deadlines as a full replay', async () => {
    const { w } = await year();
    expect((await w.store.summaries()).length).toBe(6);
    expect(await expectSameAsReplay(w)).toBe(1);
  });

  it('judges deadlines like a full replay on re-entered and parallel paths', async () => {
    const w = await trickyDeadlines();
    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    const late = facts.map((f) => [f.processType, f.lateObligations.map((o) => o.id).sort()]);
    expect(late).toEqual([
      ['lex-sarah', ['anmalan-ivo', 'atgardsplan', 'avslut', 'komplettering', 'omedelbara-atgarder']],
      ['riskanalys', []],
      ['riskanalys', ['uppfoljning']],
    ]);
    await expectSameAsReplay(w);
  });

  it('reports the year with the counts, IVO answers and figures the ärenden give', async () => {
    const { w, ids } = await year();
    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    // The examples' händelse dates lie in 2026: count by the rapport date the clock gave.
    const r = kvalitetsberattelse(facts, {
      packs: REGISTRY,
      period: yearPeriod(2025),
      now: NOW,
      org: DEMO_ORG,
      datumgrund: 'rapportdatum',
    });

    const last = r.trend[r.trend.length - 1]!;
    expect([last.antal.avvikelse?.count, last.antal['lex-sarah']?.count, last.antal.riskanalys?.count]).toEqual([2, 2, 1]);
    expect(r.utanRapport.arendeIds).toEqual([ids.eskaleradLexSarah]);
    expect(packTable(r, 'avvikelse-kategori').rows.map((x) => [x.key, x.count, x.percent])).toEqual([
      ['bemotande', 1, 50],
      ['fall', 1, 50],
    ]);

    const byId = Object.fromEntries(packListRows(r).map((x) => [x.arendeId, x]));
    const ivoOf = (id: string) => facts.find((f) => f.arendeId === id)?.pack;
    expect(ivoOf(ids.ivo!)).toMatchObject({ kind: 'lex-sarah', ivo: 'anmald' });
    expect(ivoOf(ids.uppfoljning!)).toMatchObject({ kind: 'lex-sarah', ivo: 'ej_anmalningspliktig' });
    expect(byId[ids.ivo!]).toMatchObject({
      ivoText: 'Ja',
      bedomning: 'Missförhållande, allvarligt',
      status: 'Avslutat',
    });
    expect(byId[ids.uppfoljning!]).toMatchObject({
      ivoText: 'Nej',
      bedomning: 'Missförhållande, inte allvarligt',
    });
    // The example plan's klart-datum (2026-04-30, 2026-05-15) have passed by 1 June 2026.
    expect(byId[ids.uppfoljning!]?.atgarder).toBe('0 av 2 verifierade, 2 försenade');

    expect(r.atgarder.alla.verifierade.count).toBe(3);
    expect(r.atgarder.alla.forsenade.arendeIds).toEqual([ids.uppfoljning]);
    const risk = r.processer.find((p) => p.processType === 'riskanalys')?.figureTables?.[0];
    const cell = (key: string) => risk?.rows.find((x) => x.key === key)?.cells.antal;
    expect(cell('godkanda')?.arendeIds).toEqual([ids.risk]);
    expect([cell('hogaRisker')?.count, cell('oppnaHogaRisker')?.count, cell('hogaRiskerUtanAtgard')?.count]).toEqual([1, 1, 0]);
    expect(r.frister.sentUppfyllda.arendeIds).toEqual([ids.avvikelse]);
    const lead = Object.fromEntries(r.ledtider.map((l) => [l.processType, l.medianDagar]));
    expect(lead.avvikelse).toBe(13);
    expect(JSON.stringify(r)).not.toMatch(/user:|ENR-|Anna Berg/);
  });
});

describe('the period by händelsedatum through the real engine', () => {
  it('counts an event of 30 December reported on 2 January in the old year, from the facts kept with each commit', async () => {
    const w = await createWorld({ start: '2026-01-02T08:00:00.000Z' });
    const avv = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    await w.step(
      avv,
      'user:anna',
      'rapport.submit',
      example('avvikelse-rapport', { handelseDatum: '2025-12-30', upptacktDatum: '2025-12-30' }),
    );
    const ls = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    await w.step(
      ls,
      'user:anna',
      'rapport.submit',
      example('lex-sarah-rapport-2', { handelseTidpunkt: '2025-12-30T22:00:00+01:00', upptacktTidpunkt: '2025-12-31T07:00:00+01:00' }),
    );
    const risk = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
    await w.step(risk, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning', { planeradStart: '2026-03-01' }));

    const { facts, missing } = await w.store.reportFacts();
    expect(missing).toEqual([]);
    const of = (year: number, datumgrund?: 'rapportdatum') =>
      [
        ...kvalitetsberattelse(facts, {
          packs: REGISTRY,
          period: yearPeriod(year),
          now: NOW,
          org: DEMO_ORG,
          ...(datumgrund ? { datumgrund } : {}),
        }).arenden.arendeIds,
      ].sort();
    expect(of(2025)).toEqual([avv, ls].sort());
    expect(of(2026)).toEqual([risk]);
    expect(of(2026, 'rapportdatum')).toEqual([avv, ls, risk].sort());
  });
});

describe('facts kept with every commit', () => {
  it('are written with each step, equal a fresh fold, and are filled in for ärenden stored without them', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'uppfoljning', { allvarligt: true });
    const { facts, missing } = await w.store.reportFacts();
    expect(missing).toEqual([]);
    const definitions = w.engine.registry.all().map((l) => l.definition);
    const fresh = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions,
    });
    expect(facts.find((f) => f.arendeId === id)).toEqual(fresh.find((f) => f.arendeId === id));

    // An ärende written before facts existed (as an older database holds it) gets its facts on the first report.
    const old = new MemoryEventStore();
    await old.append({ events: await w.store.eventsOf(id), summaries: [(await w.store.summary(id))!] });
    const again = await createWorld({ store: old });
    expect((await old.reportFacts()).missing).toEqual([id]);
    expect((await again.engine.reportFacts()).find((f) => f.arendeId === id)).toEqual(fresh.find((f) => f.arendeId === id));
    expect((await old.reportFacts()).missing).toEqual([]);
  });
});
