// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionOption, Atgard } from '../../engine/index';
import { AtgarderPanel } from './AtgarderPanel';

const atgard = (id: string, status: Atgard['status']): Atgard => ({
  id,
  vad: `Åtgärd ${id}`,
  orsak: 'Rutin saknas',
  ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' },
  klartDatum: '2026-04-30',
  status,
  addedSeq: 1,
  updatedSeq: 1,
});
const option = (type: string, allowed: boolean): ActionOption => ({ type, title: type, form: 'x', role: 'sas', allowed });

afterEach(cleanup);

describe('AtgarderPanel', () => {
  it('lists each åtgärd with orsak, ansvarig, klart-datum and status', () => {
    render(<AtgarderPanel atgarder={[atgard('a', 'planerad'), atgard('b', 'verifierad')]} options={[]} onAction={() => undefined} />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]!.textContent).toContain('Rutin saknas');
    expect(rows[1]!.textContent).toContain('Erik Holm, Enhetschef');
    expect(rows[1]!.textContent).toContain('2026-04-30');
    expect(rows[2]!.textContent).toContain('Verifierad');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('offers only what the user may do for each status, and names the åtgärd for screen readers', () => {
    const onAction = vi.fn();
    render(
      <AtgarderPanel
        atgarder={[atgard('a', 'planerad'), atgard('b', 'genomford'), atgard('c', 'verifierad')]}
        options={[option('atgard.verifiera', true), option('atgard.rapportera', false), option('atgard.aterta', true)]}
        onAction={onAction}
      />,
    );
    expect(screen.getAllByRole('button', { name: /^Verifiera/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Rapportera genomförd/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Återta/ })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Verifiera: Åtgärd b' }));
    expect(onAction).toHaveBeenCalledWith('atgard.verifiera', expect.objectContaining({ id: 'b' }));
  });
});
