// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { REGISTRY } from '../../processes/packs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../api/Backend';
import type { KvalitetsberattelseAnswer, KvalitetsberattelseRequest } from '../../api/contract';
import { DEMO_ORG, demoUser } from '../../demo/demoOrganisation';
import { collectArendeFacts, kvalitetsberattelse, listedArenden } from '../../engine/internal';
import { loadShippedDefinitions } from '../../../test/support/catalog';
import { fakeArende } from '../../../test/support/fakeArende';
import type { FakeArendeSpec } from '../../../test/support/fakeArende';
import { ServicesContext } from '../../kit/services';
import type { Services } from '../../kit/services';
import { SessionContext } from '../../kit/session';
import ReportsPage from './ReportsPage';

const NOW = '2026-01-15T10:00:00.000Z';
const S = 'enhet:solgarden';
const specs: FakeArendeSpec[] = [
  // Happened 30 December, reported 2 January, notified to IVO.
  {
    id: 'L1',
    processType: 'lex-sarah',
    enhetId: S,
    openedAt: '2026-01-02T08:00:00.000Z',
    rubrik: 'Den enskilde fick inte sitt kvällsbesök. Besöket skulle omfatta hjälp med kvällsläkemedel och kvällsmat men föll bort',
    steps: [
      ['rapport.submit', '2026-01-02T08:00:00.000Z', { handelseTidpunkt: '2025-12-30T19:00:00+01:00' }],
      ['anmalan_skickad.submit', '2026-01-05T08:00:00.000Z', { skickadDatum: '2026-01-05' }],
    ],
  },
  // An egenkontroll planned for 2025-04-30 and never performed: overdue in the plan of 2025.
  {
    id: 'E1',
    processType: 'egenkontroll',
    enhetId: S,
    kategori: 'lakemedelshantering',
    openedAt: '2025-01-10T08:00:00.000Z',
    steps: [['planering.submit', '2025-01-10T08:00:00.000Z', { kontroll: 'lakemedelshantering', genomforasSenast: '2025-04-30' }]],
  },
  // Efterregistrering: a händelse of 2019.
  {
    id: 'A1',
    processType: 'avvikelse',
    enhetId: S,
    openedAt: '2025-06-01T08:00:00.000Z',
    steps: [['rapport.submit', '2025-06-01T08:00:00.000Z', { handelseDatum: '2019-05-01' }]],
  },
];
const built = specs.map(fakeArende);
const facts = collectArendeFacts({
  packs: REGISTRY,
  events: built.flatMap((b) => b.events),
  summaries: built.map((b) => b.summary),
  definitions: loadShippedDefinitions(),
});

function renderPage(utskrift?: string, userId = 'user:sara', loggkontroll?: KvalitetsberattelseAnswer['loggkontroll']) {
  const asked: KvalitetsberattelseRequest[] = [];
  const backend = {
    kvalitetsberattelse: vi.fn(async (request: KvalitetsberattelseRequest): Promise<KvalitetsberattelseAnswer> => {
      asked.push(request);
      const report = kvalitetsberattelse(facts, {
        packs: REGISTRY,
        period: request.period,
        now: NOW,
        org: DEMO_ORG,
        ...(request.datumgrund ? { datumgrund: request.datumgrund } : {}),
      });
      return { report, viewable: listedArenden(report), ...(loggkontroll ? { loggkontroll } : {}) };
    }),
    urval: vi.fn(async () => []),
  };
  const services = {
    backend: backend as unknown as Backend,
    packs: REGISTRY,
    now: () => NOW,
    org: DEMO_ORG,
    people: [],
  } as unknown as Services;
  render(
    <ServicesContext.Provider value={services}>
      <SessionContext.Provider value={{ user: demoUser(userId), signOut: () => undefined }}>
        <ReportsPage {...(utskrift ? { utskrift } : {})} />
      </SessionContext.Provider>
    </ServicesContext.Provider>,
  );
  return asked;
}

afterEach(cleanup);

describe('the reports page', () => {
  it('counts by händelsedatum unless the labelled choice says rapportdatum, and offers every year with data', async () => {
    const asked = renderPage();
    const grund = screen.getByLabelText<HTMLSelectElement>('Räkna ärendena efter');
    expect(grund.value).toBe('handelsedatum');
    expect(grund.getAttribute('aria-describedby')).toBe('r-datum-hint');
    await screen.findByText(/ärenden med händelsedatum under perioden/);
    expect(asked[0]).toMatchObject({ period: { from: '2026-01-01' }, datumgrund: 'handelsedatum' });
    // L1 happened in 2025: nothing in 2026 by händelsedatum.
    expect(screen.getByRole('status').textContent).toMatch(/^2026: 0 ärenden/);

    const years = [...screen.getByLabelText<HTMLSelectElement>('År').options].map((o) => o.value);
    expect(years).toEqual(['2026', '2025', '2019']);

    fireEvent.change(grund, { target: { value: 'rapportdatum' } });
    await screen.findByText(/ärenden rapporterade under perioden/);
    expect(asked[asked.length - 1]).toMatchObject({ datumgrund: 'rapportdatum' });
    expect(screen.getByRole('status').textContent).toMatch(/^2026: 1 ärenden/);
    expect(screen.getByRole('link', { name: 'Kvalitetsberättelse 2026 (utskrift)' }).getAttribute('href')).toBe(
      '#/rapporter/utskrift/2026-rapportdatum',
    );
  });

  it('prints "N rapporter, varav M anmälda till IVO" per period and the händelse whole, by the chosen date', async () => {
    const asked = renderPage('2025');
    await screen.findByRole('heading', { name: 'Lex Sarah-rapporter' });
    expect(asked[0]).toMatchObject({ period: { from: '2025-01-01' }, datumgrund: 'handelsedatum' });
    expect(screen.getByText(/Siffrorna avser/).textContent).toContain('ärenden vars händelse inträffade under 2025');
    const lines = [...document.querySelectorAll('.namnd-figures li')].map((li) => li.textContent);
    expect(lines).toEqual([
      '2023: 0 rapporter, varav 0 anmälda till IVO',
      '2024: 0 rapporter, varav 0 anmälda till IVO',
      '2025: 1 rapport, varav 1 anmäld till IVO',
    ]);
    const row = screen.getAllByRole('row').find((r) => r.textContent?.includes('kvällsbesök'))!;
    expect(row.textContent).toContain('2025-12-302026-01-02');
    expect(row.textContent).toContain('kvällsläkemedel och kvällsmat men föll bort');
  });

  it('shows the egenkontroller planned against performed per kontroll, each figure a link to its ärenden', async () => {
    renderPage('2025');
    const heading = await screen.findByRole('heading', { name: 'Egenkontroller: planerade och genomförda' });
    const section = heading.closest('section')!;
    expect(section.textContent).toContain('1 planerade, varav 0 genomförda och 1 försenade');
    const cells = [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).toEqual([
      ['lakemedelshantering', '1', '0', '0', '1', '1', '0', '0', '0'],
      ['Totalt', '1', '0', '0', '1', '1', '0', '0', '0'],
    ]);
    expect(section.querySelectorAll('.figure-link').length).toBeGreaterThan(0);
  });

  it('prints the berättelse by rapportdatum when its address says so', async () => {
    const asked = renderPage('2026-rapportdatum');
    await screen.findByRole('heading', { name: 'Lex Sarah-rapporter' });
    expect(asked[0]).toMatchObject({ period: { from: '2026-01-01' }, datumgrund: 'rapportdatum' });
    expect(screen.getByText(/Siffrorna avser/).textContent).toContain('ärenden som rapporterades under 2026');
  });

  it("keeps the page's 'Jämför med' and verksamhet in the print (issue 25, item 5)", async () => {
    renderPage();
    await screen.findByText(/ärenden med händelsedatum under perioden/);
    fireEvent.change(screen.getByLabelText('Jämför med tidigare'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Verksamhet eller enhet'), { target: { value: 'v:verksamhet:aldre' } });
    const link = await screen.findByRole('link', { name: 'Kvalitetsberättelse 2026 (utskrift)' });
    const key = decodeURIComponent(link.getAttribute('href')!.replace('#/rapporter/utskrift/', ''));
    expect(key).toBe('2026;jamfor=3;urval=v:verksamhet:aldre');
    cleanup();
    const asked = renderPage(key);
    await screen.findByRole('heading', { name: 'Lex Sarah-rapporter' });
    expect(asked[0]).toMatchObject({ jamforelser: 3, urval: { verksamhetId: 'verksamhet:aldre' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kvalitetsberättelse 2026 – Äldreomsorg');
    expect(screen.getByText(/Siffrorna avser/).textContent).toContain('i Äldreomsorg. Jämförelsen går 3 år tillbaka.');
  });

  it('lets a figure open the ärenden behind it for those who list ärenden, not for the processägare (issue 10, item 3)', async () => {
    renderPage('2025');
    await screen.findByRole('heading', { name: 'Lex Sarah-rapporter' });
    expect(document.querySelectorAll('.figure-link').length).toBeGreaterThan(0);
    cleanup();
    renderPage('2025', 'user:petra');
    await screen.findByRole('heading', { name: 'Lex Sarah-rapporter' });
    expect(document.querySelectorAll('.namnd-figures li').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.figure-link')).toHaveLength(0);
  });

  it('warns on the page when the latest check of the log failed, and says nothing when it passed', async () => {
    renderPage(undefined, 'user:sara', { ok: false, checkedAt: '2026-01-15T06:00:00.000Z' });
    const warning = await screen.findByText(/den senaste kontrollen av loggen/);
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toMatch(/hittade fel\. Siffrorna kan bygga på ändrade eller saknade händelser/);
    cleanup();
    renderPage(undefined, 'user:sara', { ok: true, checkedAt: '2026-01-15T06:00:00.000Z' });
    await screen.findByText(/ärenden med händelsedatum under perioden/);
    expect(screen.queryByText(/den senaste kontrollen av loggen/)).toBeNull();
  });
});
