import { describe, expect, it } from 'vitest';
import { packTable } from '../../../test/support/packTable';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../../../test/support/catalog';
import { categoryLabels } from '../definition/categoryLabels';
import type { ArendeEvent } from '../model/ArendeEvent';
import type { ArendeSummary } from '../model/ArendeSummary';
import { collectArendeFacts } from './collectArendeFacts';
import { fakeArende } from '../../../test/support/fakeArende';
import type { FakeArendeSpec } from '../../../test/support/fakeArende';
import { kvalitetsberattelse } from './kvalitetsberattelse';
import { kvalitetsberattelseTables } from './kvalitetsberattelseTables';
import { parseCsv } from './parseCsv';
import { customPeriod, halfYearPeriod, quarterPeriod, yearPeriod } from '../calendar/Period';
import { toCsv } from './toCsv';
import { packListRows } from '../../../test/support/packListRows';
import { REGISTRY } from '../../processes/packs';

const NOW = '2026-01-15T10:00:00.000Z';
const S = 'enhet:solgarden';
const H = 'enhet:hemtjanst-norr';
const L = 'enhet:larkan';
const E = 'enhet:ekbacken';

type Steps = FakeArendeSpec['steps'];
const atgard = (klartDatum: string) => ({ vad: 'Åtgärd', orsak: 'Orsak', ansvarig: { namn: 'Namn Namnsson', titel: 'Chef' }, klartDatum });
const avv = (
  id: string,
  enhetId: string,
  kategori: string | undefined,
  rapport: string,
  more: Steps = [],
  status: 'open' | 'closed' = 'open',
): FakeArendeSpec => ({
  id,
  processType: 'avvikelse',
  enhetId,
  openedAt: rapport,
  kategori,
  status,
  steps: [['rapport.submit', rapport, { kategori, handelse: 'x' }], ...more],
});

/** Known data: every answer below is counted by hand from these ärenden. */
function dataset(): FakeArendeSpec[] {
  return [
    // Reported 31 December, closed 2 January: counts in 2025, lead time 2 days.
    avv(
      'A1',
      S,
      'fall',
      '2025-12-31T10:00:00.000Z',
      [
        ['atgarder.submit', '2025-12-31T12:00:00.000Z', { ingaAtgarder: false, atgarder: [atgard('2026-01-01')] }],
        ['atgard.rapportera', '2026-01-01T08:00:00.000Z', { atgardId: 'atgard:2.1' }],
        ['atgard.verifiera', '2026-01-01T09:00:00.000Z', { atgardId: 'atgard:2.1' }],
        ['avslut.submit', '2026-01-02T09:00:00.000Z'],
      ],
      'closed',
    ),
    // 23:30 in Stockholm on 31 March (summer time): quarter 1. Bedömning after 8 days: late.
    avv(
      'A2',
      S,
      'fall',
      '2025-03-31T21:30:00.000Z',
      [
        ['bedomning.submit', '2025-04-08T21:31:00.000Z'],
        ['avslut.submit', '2025-04-09T08:00:00.000Z'],
      ],
      'closed',
    ),
    // 00:30 in Stockholm on 1 April: quarter 2. Open with an overdue bedömning.
    {
      ...avv('A3', H, 'bemotande', '2025-03-31T22:30:00.000Z'),
      deadlines: [
        {
          id: 'bedomning',
          title: 'Avvikelsen ska bedömas',
          kind: 'sla',
          stepTitle: 'Bedömning',
          role: 'enhetschef',
          dueAt: '2025-04-07T22:30:00.000Z',
        },
      ],
    },
    avv(
      'A4',
      L,
      'fall',
      '2025-06-30T12:00:00.000Z',
      [
        ['bedomning.submit', '2025-07-02T12:00:00.000Z'],
        ['atgarder.submit', '2025-07-03T12:00:00.000Z', { ingaAtgarder: false, atgarder: [atgard('2025-08-01')] }],
        ['atgard.rapportera', '2025-07-05T12:00:00.000Z', { atgardId: 'atgard:3.1' }],
        ['avslut.submit', '2025-07-10T12:00:00.000Z'],
      ],
      'closed',
    ),
    {
      ...avv('A5', L, 'lakemedel', '2025-07-01T06:00:00.000Z'),
      deadlines: [
        {
          id: 'bedomning',
          title: 'Avvikelsen ska bedömas',
          kind: 'sla',
          stepTitle: 'Bedömning',
          role: 'enhetschef',
          dueAt: '2026-02-01T00:00:00.000Z',
        },
      ],
    },
    // 00:30 on 1 January in Stockholm (winter time): 2025, not 2024. Same-day close: 0 days.
    avv('A6', S, 'bemotande', '2024-12-31T23:30:00.000Z', [['avslut.submit', '2025-01-01T10:00:00.000Z']], 'closed'),
    avv('A7', S, 'fall', '2024-06-01T10:00:00.000Z'),
    avv('A8', L, 'fall', '2023-05-01T10:00:00.000Z'),
    // Opened but never reported.
    { id: 'A9', processType: 'avvikelse', enhetId: S, openedAt: '2025-05-05T10:00:00.000Z', steps: [] },
    {
      id: 'L1',
      processType: 'lex-sarah',
      enhetId: S,
      openedAt: '2025-02-01T09:00:00.000Z',
      rubrik: 'Den enskilde fick inte sitt kvällsbesök.\nBesöket skulle omfatta hjälp med kvällsläkemedel och kvällsmat men föll bort',
      steps: [
        ['rapport.submit', '2025-02-01T09:00:00.000Z', { handelseTidpunkt: '2025-01-30T19:00:00+01:00' }],
        ['bedomning.submit', '2025-02-03T09:00:00.000Z', { klassificering: 'missforhallande', allvarligt: true }],
        ['beslut.submit', '2025-02-05T09:00:00.000Z', { klassificering: 'missforhallande', allvarligt: true }],
        ['atgarder.submit', '2025-02-10T09:00:00.000Z', { ingaAtgarder: false, atgarder: [atgard('2025-12-01'), atgard('2026-02-01')] }],
        ['atgard.rapportera', '2025-02-11T09:00:00.000Z', { atgardId: 'atgard:4.1' }],
        // 20 days after the decision that opened the IVO track: 14 allowed.
        ['anmalan_skickad.submit', '2025-02-25T09:00:00.000Z', { skickadDatum: '2025-02-25' }],
      ],
    },
    {
      id: 'L2',
      processType: 'lex-sarah',
      enhetId: L,
      openedAt: '2025-05-01T09:00:00.000Z',
      steps: [
        ['rapport.submit', '2025-05-01T09:00:00.000Z'],
        ['bedomning.submit', '2025-05-03T09:00:00.000Z', { klassificering: 'inte_missforhallande', allvarligt: false }],
        // 17 days after the proposal: the 7-day beslut deadline was missed.
        ['beslut.submit', '2025-05-20T09:00:00.000Z', { klassificering: 'inte_missforhallande', allvarligt: false }],
        ['atgarder.submit', '2025-05-21T09:00:00.000Z', { ingaAtgarder: false, atgarder: [atgard('2025-09-01')] }],
        ['atgard.lagg_till', '2025-05-22T09:00:00.000Z', { atgard: atgard('2026-01-15') }],
        ['atgard.lagg_till', '2025-05-23T09:00:00.000Z', { atgard: atgard('2025-10-01') }],
        ['atgard.aterta', '2025-05-24T09:00:00.000Z', { atgardId: 'atgard:6.1' }],
      ],
    },
    {
      id: 'L3',
      processType: 'lex-sarah',
      enhetId: H,
      openedAt: '2025-08-01T09:00:00.000Z',
      steps: [
        ['rapport.submit', '2025-08-01T09:00:00.000Z'],
        ['allvarlighet.bedom', '2025-08-02T09:00:00.000Z', { allvarligt: true, motivering: 'x', bedomningsdatum: '2025-08-02' }],
      ],
    },
    {
      id: 'L4',
      processType: 'lex-sarah',
      enhetId: E,
      openedAt: '2025-09-01T09:00:00.000Z',
      steps: [['rapport.submit', '2025-09-01T09:00:00.000Z']],
    },
    {
      id: 'L5',
      processType: 'lex-sarah',
      enhetId: S,
      openedAt: '2024-09-01T09:00:00.000Z',
      steps: [['rapport.submit', '2024-09-01T09:00:00.000Z']],
    },
    {
      id: 'R1',
      processType: 'riskanalys',
      enhetId: S,
      openedAt: '2025-03-01T09:00:00.000Z',
      steps: [
        ['beskrivning.submit', '2025-03-01T09:00:00.000Z'],
        [
          'vardera.submit',
          '2025-03-02T09:00:00.000Z',
          {
            varderingar: [
              { nr: 1, sannolikhet: 3, konsekvens: 4 },
              { nr: 2, sannolikhet: 2, konsekvens: 2 },
              { nr: 3, sannolikhet: 2, konsekvens: 4 },
              { nr: 4, sannolikhet: 1, konsekvens: 4 },
            ],
          },
        ],
        ['handlingsplan.submit', '2025-03-03T09:00:00.000Z', { atgarder: [{ nr: 1 }, { nr: 3 }] }],
        ['godkannande.submit', '2025-03-10T09:00:00.000Z'],
      ],
    },
    {
      id: 'R2',
      processType: 'riskanalys',
      enhetId: L,
      openedAt: '2025-04-01T09:00:00.000Z',
      status: 'closed',
      steps: [
        ['beskrivning.submit', '2025-04-01T09:00:00.000Z'],
        ['vardera.submit', '2025-04-02T09:00:00.000Z', { varderingar: [{ nr: 1, sannolikhet: 4, konsekvens: 3 }] }],
        ['handlingsplan.submit', '2025-04-03T09:00:00.000Z', { atgarder: [{ nr: 1 }] }],
        ['godkannande.submit', '2025-04-04T09:00:00.000Z'],
        ['uppfoljning.submit', '2025-09-01T09:00:00.000Z'],
      ],
    },
  ];
}

function build(specs: FakeArendeSpec[]): { events: ArendeEvent[]; summaries: ArendeSummary[] } {
  const built = specs.map(fakeArende);
  return { events: built.flatMap((b) => b.events), summaries: built.map((b) => b.summary) };
}

const facts = () => collectArendeFacts({ packs: REGISTRY, ...build(dataset()), definitions: loadShippedDefinitions() });
// Labels come from the forms, as the server passes them.
const kategoriLabels = categoryLabels(loadCatalogFromDisk(REGISTRY));
const report = (period = yearPeriod(2025), urval = {}) =>
  kvalitetsberattelse(facts(), { packs: REGISTRY, period, now: NOW, org: DEMO_ORG, urval, kategoriLabels });
const ids = (f: { arendeIds: readonly string[] }) => [...f.arendeIds].sort();

describe('kvalitetsberattelse on known data', () => {
  it('counts ärenden per process by Stockholm rapport date, with a three-year trend', () => {
    const r = report();
    expect(
      r.trend.map((row) => [row.period.label, row.antal.avvikelse?.count, row.antal['lex-sarah']?.count, row.antal.riskanalys?.count]),
    ).toEqual([
      ['2023', 1, 0, 0],
      ['2024', 1, 1, 0],
      ['2025', 6, 4, 2],
    ]);
    expect(ids(r.trend[2]!.antal.avvikelse!)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
    expect(r.trend[2]!.forandring?.avvikelse).toEqual({ skillnad: 5, procent: 500 });
    expect(r.trend[1]!.forandring?.riskanalys).toEqual({ skillnad: 0, procent: undefined });
    expect(r.arenden.count).toBe(12);
    expect(ids(r.utanRapport)).toEqual(['A9']);
  });

  it('shares avvikelser per category and enhet, summing to exactly 100 %', () => {
    const r = report();
    expect(packTable(r, 'avvikelse-kategori').rows.map((x) => [x.label, x.count, x.percent])).toEqual([
      ['Fall', 3, 50],
      ['Bemötande', 2, 33.3],
      ['Läkemedel (HSL)', 1, 16.7],
    ]);
    expect(ids(packTable(r, 'avvikelse-kategori').rows[1]!)).toEqual(['A3', 'A6']);
    expect(packTable(r, 'avvikelse-enhet').rows.map((x) => [x.key, x.count, x.percent, x.detail])).toEqual([
      [S, 3, 50, 'Äldreomsorg'],
      [L, 2, 33.3, 'Funktionsstöd'],
      [H, 1, 16.7, 'Äldreomsorg'],
      [E, 0, 0, 'Funktionsstöd'],
    ]);
    expect(packTable(r, 'avvikelse-enhet').total.count).toBe(6);
  });

  it('lists lex Sarah with bedömning, IVO ja/nej and the state of its åtgärder, without personal data', () => {
    const r = report();
    expect(packListRows(r).map((x) => [x.arendeId, x.verksamhet, x.bedomning, x.ivoText === 'Ja', x.ivoText, x.atgarder])).toEqual([
      ['L1', 'Äldreomsorg', 'Missförhållande, allvarligt', true, 'Ja', '0 av 2 verifierade, 1 genomförd utan verifiering'],
      ['L2', 'Funktionsstöd', 'Inte ett missförhållande', false, 'Nej', '0 av 2 verifierade, 1 försenad'],
      ['L3', 'Äldreomsorg', 'Bedömd som allvarlig, beslut saknas', false, 'Nej – anmälan förbereds', 'Inga åtgärder'],
      ['L4', 'Funktionsstöd', 'Inte bedömd', false, 'Nej – inte bedömt än', 'Inga åtgärder'],
    ]);
    const l1 = packListRows(r)[0]!;
    // The whole rubrik on one line: the list wraps it, nothing is cut.
    expect(l1.handelse).toBe(
      'Den enskilde fick inte sitt kvällsbesök. Besöket skulle omfatta hjälp med kvällsläkemedel och kvällsmat men föll bort',
    );
    expect([l1.handelseDatum, l1.rapportDatum]).toEqual(['2025-01-30', '2025-02-01']);
    expect(l1.ivoSkickadDatum).toBe('2025-02-25');
    const json = JSON.stringify(r);
    expect(json).not.toContain('user:');
    expect(json).not.toContain('Namnsson');
  });

  it('counts åtgärder planned, done, verified, overdue against now and withdrawn', () => {
    const { alla, perProcess } = report().atgarder;
    expect(Object.fromEntries(Object.entries(alla).map(([k, f]) => [k, f.count]))).toEqual({
      beslutade: 6,
      ejGenomforda: 3,
      genomforda: 3,
      verifierade: 1,
      forsenade: 1,
      atertagna: 1,
    });
    expect(ids(alla.forsenade)).toEqual(['L2']);
    expect(ids(alla.genomforda)).toEqual(['A1', 'A4', 'L1']);
    expect(perProcess.avvikelse?.beslutade.count).toBe(2);
    expect(perProcess['lex-sarah']?.beslutade.count).toBe(4);
    // A day later the åtgärd due 2026-01-15 is overdue too.
    const later = kvalitetsberattelse(facts(), {
      packs: REGISTRY,
      period: yearPeriod(2025),
      now: '2026-01-16T10:00:00.000Z',
      org: DEMO_ORG,
    });
    expect(later.atgarder.alla.forsenade.count).toBe(2);
  });

  it("counts riskanalyser and the risks that need an åtgärd (score ≥ 8 or konsekvens 4) in the riskanalys pack's own table", () => {
    const table = report().processer.find((p) => p.processType === 'riskanalys')?.figureTables?.[0];
    expect(table?.title).toBe('Riskanalyser');
    const cell = (key: string) => table!.rows.find((r) => r.key === key)!.cells.antal!;
    expect(['startade', 'godkanda', 'avslutade', 'pagaende'].map((k) => cell(k).count)).toEqual([2, 2, 1, 1]);
    expect(['hogaRisker', 'oppnaHogaRisker', 'hogaRiskerUtanAtgard'].map((k) => cell(k).count)).toEqual([4, 3, 1]);
    expect(ids(cell('oppnaHogaRisker'))).toEqual(['R1']);
    expect(ids(cell('hogaRisker'))).toEqual(['R1', 'R2']);
  });

  it('gives median lead times per process: even count, and none closed', () => {
    const lead = Object.fromEntries(report().ledtider.map((l) => [l.processType, l]));
    // A6 0, A1 2, A2 9, A4 10 days: mean of 2 and 9.
    expect(lead.avvikelse?.medianDagar).toBe(5.5);
    expect(ids(lead.avvikelse!.avslutade)).toEqual(['A1', 'A2', 'A4', 'A6']);
    expect(ids(lead.avvikelse!.pagaende)).toEqual(['A3', 'A5']);
    expect(lead['lex-sarah']?.medianDagar).toBeUndefined();
    expect(lead.riskanalys?.medianDagar).toBe(153);
  });

  it('finds deadlines met late from the events and open ones overdue against now', () => {
    const f = report().frister;
    expect(ids(f.sentUppfyllda)).toEqual(['A2', 'L1', 'L2', 'R2']);
    expect(ids(f.forsenade)).toEqual(['A3']);
    expect(f.perFrist.map((x) => [x.processType, x.id, x.sentUppfyllda.count, x.forsenade.count])).toEqual([
      ['avvikelse', 'bedomning', 1, 1],
      ['lex-sarah', 'anmalan-ivo', 1, 0],
      ['lex-sarah', 'beslut', 1, 0],
      // Followed up 150 days after approval; 120 allowed.
      ['riskanalys', 'uppfoljning', 1, 0],
    ]);
  });

  it('selects quarters, half-years and custom ranges with inclusive ends', () => {
    const of = (period: Parameters<typeof report>[0]) => ids(report(period).arenden);
    expect(of(quarterPeriod(2025, 1))).toEqual(['A2', 'A6', 'L1', 'R1']);
    expect(of(quarterPeriod(2025, 2))).toEqual(['A3', 'A4', 'L2', 'R2']);
    expect(of(halfYearPeriod(2025, 2))).toEqual(['A1', 'A5', 'L3', 'L4']);
    expect(of(customPeriod('2025-03-31', '2025-04-01'))).toEqual(['A2', 'A3', 'R2']);
    expect(report(quarterPeriod(2025, 2)).trend.map((t) => t.period.label)).toEqual(['Kvartal 2 2023', 'Kvartal 2 2024', 'Kvartal 2 2025']);
  });

  it('filters by verksamhet and by enhet, trend included', () => {
    const aldre = report(yearPeriod(2025), { verksamhetId: 'verksamhet:aldre' });
    expect(ids(aldre.arenden)).toEqual(['A1', 'A2', 'A3', 'A6', 'L1', 'L3', 'R1']);
    expect(packTable(aldre, 'avvikelse-enhet').rows.map((x) => x.key)).toEqual([S, H]);
    expect(packTable(aldre, 'avvikelse-enhet').rows.map((x) => x.percent)).toEqual([75, 25]);
    expect(aldre.trend.map((t) => t.antal['lex-sarah']?.count)).toEqual([0, 1, 2]);
    const larkan = report(yearPeriod(2025), { enhetId: L });
    expect(ids(larkan.arenden)).toEqual(['A4', 'A5', 'L2', 'R2']);
    expect(report(yearPeriod(2025), { forvaltningId: 'forvaltning:soc' }).arenden.count).toBe(12);
  });

  it('exports every section as CSV that reads back to the same cells', () => {
    const tables = kvalitetsberattelseTables(report(), REGISTRY);
    expect(tables.map((t) => t.id)).toEqual([
      'trend',
      'avvikelse-kategori',
      'avvikelse-enhet',
      'riskanalys-sammanstallning',
      'synpunkter-kategori',
      'synpunkter-verksamhet',
      'egenkontroll-plan',
      'rapporteringsskyldighet-informerade-per-enhet',
      'lex-sarah-ivo',
      'lex-sarah-lista',
      'atgarder',
      'ledtider',
      'frister',
    ]);
    for (const { table } of tables) {
      const parsed = parseCsv(toCsv(table));
      expect(parsed[0]).toEqual(table.headers);
      expect(parsed.length).toBe(table.rows.length + 1);
    }
    const kategori = parseCsv(toCsv(tables[1]!.table));
    expect(kategori).toEqual([
      ['Kategori', 'Antal', 'Andel (%)'],
      ['Fall', '3', '50'],
      ['Bemötande', '2', '33,3'],
      ['Läkemedel (HSL)', '1', '16,7'],
      ['Totalt', '6', '100'],
    ]);
    const lex = parseCsv(toCsv(tables.find((t) => t.id === 'lex-sarah-lista')!.table));
    expect(lex[0]).toEqual([
      'Händelsedatum',
      'Rapportdatum',
      'Efterregistrerad',
      'Verksamhet',
      'Enhet',
      'Kategori',
      'Händelse',
      'Bedömning',
      'Anmäld till IVO',
      'Skickad till IVO',
      'Åtgärder',
      'Status',
    ]);
    expect(lex[1]?.slice(7, 10)).toEqual(['Missförhållande, allvarligt', 'Ja', '2025-02-25']);
    expect(lex[1]?.[2]).toBe('Nej');
    expect(lex[1]?.[6]).toMatch(/kvällsmat men föll bort$/);
    const lead = parseCsv(toCsv(tables.find((t) => t.id === 'ledtider')!.table));
    expect(lead.find((row) => row[0] === 'Lex Sarah-rapporter')?.[3]).toBe('');
    expect(lead.find((row) => row[0] === 'Avvikelser')?.[3]).toBe('5,5');
  });
});

describe('the period by händelsedatum or rapportdatum', () => {
  // An event of 30 December reported on 2 January, with its date in each process's own field.
  const late: FakeArendeSpec[] = [
    {
      ...avv('H1', S, 'fall', '2026-01-02T08:00:00.000Z'),
      steps: [['rapport.submit', '2026-01-02T08:00:00.000Z', { kategori: 'fall', handelseDatum: '2025-12-30' }]],
    },
    // 23:30 Swedish time on New Year's Eve, given with an offset: still 2025 in Stockholm.
    {
      id: 'H2',
      processType: 'lex-sarah',
      enhetId: S,
      openedAt: '2026-01-02T08:00:00.000Z',
      steps: [['rapport.submit', '2026-01-02T08:00:00.000Z', { handelseTidpunkt: '2025-12-31T23:30:00+01:00' }]],
    },
    // 23:30 UTC is 00:30 on 1 January in Stockholm: 2026.
    {
      id: 'H3',
      processType: 'lex-sarah',
      enhetId: S,
      openedAt: '2026-01-02T08:00:00.000Z',
      steps: [['rapport.submit', '2026-01-02T08:00:00.000Z', { handelseTidpunkt: '2025-12-31T23:30:00Z' }]],
    },
    // Missing or unreadable: the rapport date stands in.
    {
      ...avv('H4', S, 'fall', '2026-01-02T08:00:00.000Z'),
      steps: [['rapport.submit', '2026-01-02T08:00:00.000Z', { kategori: 'fall', handelseDatum: '2025-02-30' }]],
    },
    // Riskanalys has no händelse: its beskrivning date decides.
    {
      id: 'H5',
      processType: 'riskanalys',
      enhetId: S,
      openedAt: '2025-12-20T08:00:00.000Z',
      steps: [['beskrivning.submit', '2026-01-02T08:00:00.000Z', { forandring: 'x' }]],
    },
    // Efterregistrering: a händelse of 2019 reported in 2025.
    {
      ...avv('H6', S, 'fall', '2025-06-01T08:00:00.000Z'),
      steps: [['rapport.submit', '2025-06-01T08:00:00.000Z', { kategori: 'fall', handelseDatum: '2019-05-01' }]],
    },
  ];
  const lateFacts = () => collectArendeFacts({ packs: REGISTRY, ...build(late), definitions: loadShippedDefinitions() });

  it('keeps the Stockholm händelse date in the facts, falling back to the rapport date', () => {
    expect(lateFacts().map((f) => [f.arendeId, f.handelseDate, f.reportedDate])).toEqual([
      ['H1', '2025-12-30', '2026-01-02'],
      ['H2', '2025-12-31', '2026-01-02'],
      ['H3', '2026-01-01', '2026-01-02'],
      ['H4', '2026-01-02', '2026-01-02'],
      ['H5', '2026-01-02', '2026-01-02'],
      ['H6', '2019-05-01', '2025-06-01'],
    ]);
  });

  it('places an ärende by händelsedatum by default, by rapportdatum when asked', () => {
    const of = (year: number, datumgrund?: 'handelsedatum' | 'rapportdatum') =>
      ids(
        kvalitetsberattelse(lateFacts(), {
          packs: REGISTRY,
          period: yearPeriod(year),
          now: NOW,
          org: DEMO_ORG,
          ...(datumgrund ? { datumgrund } : {}),
        }).arenden,
      );
    expect(of(2025)).toEqual(['H1', 'H2']);
    expect(of(2026)).toEqual(['H3', 'H4', 'H5']);
    expect(of(2019)).toEqual(['H6']);
    expect(of(2025, 'rapportdatum')).toEqual(['H6']);
    expect(of(2026, 'rapportdatum')).toEqual(['H1', 'H2', 'H3', 'H4', 'H5']);
    const r = kvalitetsberattelse(lateFacts(), { packs: REGISTRY, period: yearPeriod(2025), now: NOW, org: DEMO_ORG });
    expect(r.datumgrund).toBe('handelsedatum');
    expect(r.trend.map((row) => [row.period.label, row.antal.avvikelse?.count, row.antal['lex-sarah']?.count])).toEqual([
      ['2023', 0, 0],
      ['2024', 0, 0],
      ['2025', 1, 1],
    ]);
    expect(packListRows(r).map((x) => [x.arendeId, x.handelseDatum, x.rapportDatum])).toEqual([['H2', '2025-12-31', '2026-01-02']]);
  });

  it('offers every year with data, an efterregistrerad händelse and unreported drafts included', () => {
    const draft: FakeArendeSpec = { id: 'D1', processType: 'avvikelse', enhetId: S, openedAt: '2021-03-01T08:00:00.000Z', steps: [] };
    const facts = collectArendeFacts({ packs: REGISTRY, ...build([...late, draft]), definitions: loadShippedDefinitions() });
    expect(
      kvalitetsberattelse(facts, { packs: REGISTRY, period: yearPeriod(2030), now: NOW, org: DEMO_ORG, urval: { enhetId: L } }).arMedData,
    ).toEqual([2026, 2025, 2021, 2019]);
    expect(report().arMedData).toEqual([2025, 2024, 2023]);
  });
});

describe('the lex Sarah figures a nämnd reads', () => {
  it('gives "N rapporter, varav M anmälda till IVO" for every period of the trend, and as CSV', () => {
    const r = report();
    expect(r.trend.map((row) => [row.period.label, row.antal['lex-sarah']?.count, row.varav['lex-sarah-ivo']?.count])).toEqual([
      ['2023', 0, 0],
      ['2024', 1, 0],
      ['2025', 4, 1],
    ]);
    expect(ids(r.trend[2]!.varav['lex-sarah-ivo']!)).toEqual(['L1']);
    const table = kvalitetsberattelseTables(r, REGISTRY).find((t) => t.id === 'lex-sarah-ivo')!.table;
    expect(parseCsv(toCsv(table))).toEqual([
      ['Period', 'Lex Sarah-rapporter', 'Varav anmälda till IVO'],
      ['2023', '0', '0'],
      ['2024', '1', '0'],
      ['2025', '4', '1'],
    ]);
    // Within the enhet of L2 nothing was notified.
    expect(report(yearPeriod(2025), { enhetId: L }).trend[2]!.varav['lex-sarah-ivo']?.count).toBe(0);
  });

  it('exports no column twice: no repeated heading, no text column copying another, IVO answered once', () => {
    const tables = kvalitetsberattelseTables(report(), REGISTRY);
    for (const { id, table } of tables) {
      expect(new Set(table.headers).size, id).toBe(table.headers.length);
      const text = table.headers.map((_, c) => c).filter((c) => table.rows.every((row) => typeof row[c] === 'string'));
      const columns = text.map((c) => JSON.stringify(table.rows.map((row) => row[c])));
      expect(new Set(columns).size, `${id}: ${table.headers.join(', ')}`).toBe(columns.length);
    }
    const lex = parseCsv(toCsv(tables.find((t) => t.id === 'lex-sarah-lista')!.table));
    // L1 was notified: one "Ja" and the date it was sent, not a yes/no column beside a status column.
    expect(lex[1]!.filter((cell) => cell === 'Ja')).toEqual(['Ja']);
    expect(lex[0]!.filter((h) => /IVO/.test(h))).toEqual(['Anmäld till IVO', 'Skickad till IVO']);
  });

  it("lists the rapport's whole händelse, however long, where the rubrik was cut", () => {
    const handelse = `Nattpersonalen hittade den enskilde på golvet.\n${'Larmet hade inte gått fram. '.repeat(8)}Slut.`;
    const spec: FakeArendeSpec = {
      id: 'L8',
      processType: 'lex-sarah',
      enhetId: S,
      openedAt: '2025-03-01T09:00:00.000Z',
      rubrik: `${handelse.slice(0, 89)}…`,
      steps: [['rapport.submit', '2025-03-01T09:00:00.000Z', { handelse, konsekvens: { beskrivning: 'Annan fritext' } }]],
    };
    const facts = collectArendeFacts({ packs: REGISTRY, ...build([spec]), definitions: loadShippedDefinitions() });
    const row = packListRows(kvalitetsberattelse(facts, { packs: REGISTRY, period: yearPeriod(2025), now: NOW, org: DEMO_ORG }))[0]!;
    expect(row.handelse).toBe(handelse.replace('\n', ' ').trim());
    expect(row.handelse?.length).toBeGreaterThan(200);
    expect(JSON.stringify(facts)).not.toContain('Annan fritext');
  });

  it('shows the händelse whole but masks personnummer and the names of known people', () => {
    const spec: FakeArendeSpec = {
      id: 'L9',
      processType: 'lex-sarah',
      enhetId: S,
      openedAt: '2025-03-01T09:00:00.000Z',
      rubrik:
        'Anna Berg såg att 19121212-1212 och 121212+1212 (samordningsnr 701063-2391) inte fick\nsina läkemedel; berg och Annas ' +
        'rum 2025-03-01',
      steps: [['rapport.submit', '2025-03-01T09:00:00.000Z']],
    };
    const facts = collectArendeFacts({ packs: REGISTRY, ...build([spec]), definitions: loadShippedDefinitions() });
    const r = kvalitetsberattelse(facts, {
      packs: REGISTRY,
      period: yearPeriod(2025),
      now: NOW,
      org: DEMO_ORG,
      doljNamn: ['Anna Berg', 'Erik Holm'],
    });
    expect(packListRows(r)[0]!.handelse).toBe(
      // The everyday word "berg" stays; the genitive "Annas" is her name too (issue 21).
      '[namn dolt] såg att [personnummer dolt] och [personnummer dolt] (samordningsnr [personnummer dolt]) inte fick sina ' +
        'läkemedel; berg och [namn dolt] rum 2025-03-01',
    );
    const csv = toCsv(kvalitetsberattelseTables(r, REGISTRY).find((t) => t.id === 'lex-sarah-lista')!.table);
    expect(csv).not.toMatch(/1212|Anna Berg/);
  });
});

describe('collectArendeFacts', () => {
  it('gives the same facts for events and summary rows in any order', () => {
    const { events, summaries } = build(dataset());
    const shuffled = [...events].reverse();
    const definitions = loadShippedDefinitions();
    const expected = collectArendeFacts({ packs: REGISTRY, events, summaries, definitions });
    expect(collectArendeFacts({ packs: REGISTRY, events: shuffled, summaries, definitions })).toEqual(expected);
    const byId = (xs: { arendeId: string }[]) => [...xs].sort((a, b) => a.arendeId.localeCompare(b.arendeId));
    expect(byId(collectArendeFacts({ packs: REGISTRY, events, summaries: [...summaries].reverse(), definitions }))).toEqual(byId(expected));
  });

  it('skips ärenden without a summary row and leaves out people and free text', () => {
    const { events, summaries } = build(dataset());
    const got = collectArendeFacts({
      packs: REGISTRY,
      events,
      summaries: summaries.filter((s) => s.arendeId !== 'A1'),
      definitions: loadShippedDefinitions(),
    });
    expect(got.map((f) => f.arendeId)).not.toContain('A1');
    expect(JSON.stringify(got)).not.toMatch(/user:|Namnsson|Åtgärd"/);
  });
});
