// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RiskMatrix } from './RiskMatrix';

afterEach(cleanup);

const cell = (sannolikhet: number, konsekvens: number) => {
  const rows = document.querySelectorAll('.risk-matrix tbody tr');
  return rows[4 - sannolikhet]!.querySelectorAll('td')[konsekvens - 1]!;
};

describe('RiskMatrix', () => {
  it('bands a cell by its score alone, one scale: 1 × 4 is medel, not mycket hög', () => {
    render(<RiskMatrix risker={[]} varderingar={[]} />);
    expect(cell(1, 4).className).toBe('risk-medel');
    expect(cell(2, 4).className).toBe('risk-hog');
    expect(cell(3, 4).className).toBe('risk-mycket-hog');
    expect(cell(2, 2).className).toBe('risk-medel');
    expect(cell(3, 3).className).toBe('risk-hog');
    expect(cell(1, 3).className).toBe('risk-lag');
    // The text alternative says the same band and names a konsekvens 4 as needing an åtgärd.
    expect(cell(2, 4).textContent).toBe('Riskpoäng 8, hög – allvarlig konsekvens, kräver åtgärd: ');
    expect(cell(3, 3).textContent).toBe('Riskpoäng 9, hög: ');
  });

  it('labels each risk in the table with the same scale as the matrix', () => {
    render(
      <RiskMatrix
        risker={[
          { nr: 1, beskrivning: 'Larm' },
          { nr: 2, beskrivning: 'Ensamarbete' },
          { nr: 3, beskrivning: 'Nycklar' },
        ]}
        varderingar={[
          { nr: 1, sannolikhet: 1, konsekvens: 4 },
          { nr: 2, sannolikhet: 4, konsekvens: 2 },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Risker och riskpoäng' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.querySelectorAll('td')[4]!.textContent)).toEqual([
      '4, medel – allvarlig konsekvens, kräver åtgärd',
      '8, hög',
      'Ej värderad',
    ]);
    expect(cell(1, 4).textContent).toBe('Riskpoäng 4, medel – allvarlig konsekvens, kräver åtgärd: 1');
  });
});
