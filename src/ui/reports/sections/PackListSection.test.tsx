// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kvalitetsberattelse } from '../../../engine/index';
import { yearPeriod } from '../../../engine/index';
import { renderSignedIn, testBackend } from '../../../../test/support/uiServices';
import { PackListSection } from './PackListSection';

afterEach(cleanup);

type Section = Kvalitetsberattelse['processer'][number];
const fig = (ids: string[]) => ({ count: ids.length, arendeIds: ids });

const section: Section = {
  processType: 'lex-sarah',
  label: 'Lex Sarah-rapporter',
  tables: [],
  trendColumns: [{ key: 'lex-sarah-ivo', title: 'Varav anmälda till IVO', varav: { one: 'anmäld till IVO', many: 'anmälda till IVO' } }],
  lists: [
    {
      id: 'lex-sarah-lista',
      title: 'Lex Sarah-rapporter',
      words: { one: 'rapport', many: 'rapporter', plural: 'lex Sarah-rapporter', csv: 'lex Sarah-listan' },
      columns: [
        { key: 'rapportDatum', title: 'Rapportdatum', hint: 'efter', nowrap: true },
        { key: 'efterregistrerad', title: 'Efterregistrerad', only: 'csv' },
        { key: 'ivo', title: 'Anmäld till IVO', only: 'screen' },
      ],
      rows: [{ arendeId: 'arende:1', cells: { rapportDatum: '2026-02-01', efter: 'efterregistrerad', efterregistrerad: 'Ja', ivo: 'Ja' } }],
      total: 3,
    },
  ],
};

const report = {
  period: yearPeriod(2026),
  datumgrund: 'handelsedatum',
  trend: [{ period: yearPeriod(2026), antal: { 'lex-sarah': fig(['a', 'b', 'c']) }, varav: { 'lex-sarah-ivo': fig(['a']) } }],
  processer: [section],
} as unknown as Kvalitetsberattelse;

describe("PackListSection: a pack's list and its trend lines in the kvalitetsberättelse", () => {
  it('reads "N rapporter, varav M anmälda", shows the screen columns with their hints, and says how many rows are not shown', () => {
    renderSignedIn(<PackListSection report={report} section={section} print={false} />, {
      userId: 'user:sara',
      backend: testBackend({}),
    });
    expect(screen.getByRole('heading', { name: 'Lex Sarah-rapporter' })).toBeTruthy();
    expect(document.querySelector('.namnd-figures li')!.textContent).toBe('2026: 3 rapporter, varav 1 anmäld till IVO');
    const t = screen.getByRole('table', { name: 'Lex Sarah-rapporter, 2026' });
    expect(
      within(t)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Rapportdatum', 'Anmäld till IVO', 'Ärende']);
    expect(within(t).getAllByRole('cell')[0]!.textContent).toBe('2026-02-01 (efterregistrerad)');
    expect(screen.getByText(/^2 rapporter i enheter som din roll inte omfattar/)).toBeTruthy();
  });

  it('prints without the link, and says none may be seen when every row is hidden', () => {
    const hidden: Section = { ...section, lists: [{ ...section.lists![0]!, rows: [] }] };
    renderSignedIn(<PackListSection report={report} section={hidden} print />, { userId: 'user:sara', backend: testBackend({}) });
    expect(screen.getByText('Inga lex Sarah-rapporter som du har behörighet att se.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
