// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kvalitetsberattelse, PackFigureTable } from '../../engine/index';
import { yearPeriod } from '../../engine/index';
import { renderSignedIn, testBackend } from '../../../test/support/uiServices';
import { FigureTableView } from './FigureTableView';

afterEach(cleanup);

const table: PackFigureTable = {
  id: 'information-informerade',
  title: 'Informerade om rapporteringsskyldigheten',
  groupTitle: 'Enhet',
  columns: [
    { key: 'informerade', title: 'Informerade' },
    { key: 'alla', title: 'Berörda' },
  ],
  rows: [
    {
      key: 'e1',
      label: 'Solgläntan',
      detail: '(hemtjänst)',
      cells: { informerade: { count: 3, arendeIds: ['A1'] }, alla: { count: 4, arendeIds: ['A1'] } },
    },
  ],
  total: { informerade: { count: 3, arendeIds: ['A1'] } },
};

describe("FigureTableView: a pack's own table in the kvalitetsberättelse", () => {
  it('shows each row and column with its figure, a missing cell as 0, and the total', () => {
    const report = { period: yearPeriod(2026) } as Kvalitetsberattelse;
    renderSignedIn(<FigureTableView table={table} report={report} />, { userId: 'user:sara', backend: testBackend({}) });
    const t = screen.getByRole('table', { name: /Informerade om rapporteringsskyldigheten, 2026/ });
    const [, row, total] = within(t).getAllByRole('row');
    expect(row!.textContent).toContain('Solgläntan (hemtjänst)');
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '4']);
    expect(
      within(total!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '0']);
  });
});
