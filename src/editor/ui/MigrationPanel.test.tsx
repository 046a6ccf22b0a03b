// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessRow } from '../../api/contract';
import type { MigrationProof } from '../../engine/index';
import { renderSignedIn, shippedRegistry, testBackend } from '../../../test/support/uiServices';
import { MigrationPanel } from './MigrationPanel';

const U = 'handlaggning.utredningsspar';
const IVO = 'handlaggning.ivospar';

function row(arendeId: string, steps: [string, string][], stuck?: ProcessRow['stuck']): ProcessRow {
  return {
    arendeId,
    processType: 'lex-sarah',
    definitionId: 'lex-sarah',
    definitionVersion: 2,
    enhetId: 'enhet:solgarden',
    status: 'open',
    activeSteps: steps.map(([path, title]) => ({ key: path.split('.').at(-1)!, path, title, role: 'sas', mandated: true })),
    openedAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-20T08:00:00.000Z',
    ...(stuck ? { stuck } : {}),
  };
}

const STUCK = row('arende:stuck007', [['avslut', 'Avslut']], {
  since: '2026-01-20T08:00:00.000Z',
  proposal: { toVersion: 3, mapping: { avslut: `${U}.uppfoljning` }, text: 'Flytta till version 3 och fortsätt i "Uppföljning".' },
});
const HOPELESS = row('arende:hopel008', [['avslut', 'Avslut']], {
  since: '2026-01-21T08:00:00.000Z',
  why: ['Från "Avslut" kan ärendet aldrig avslutas.'],
});
const BOTH = row('arende:both0009', [
  [`${IVO}.bevakning`, 'Bevakning av anmälningsplikt'],
  [`${U}.utredning`, 'Utredning'],
]);

afterEach(cleanup);

function renderPanel() {
  const plans: [string, number, Record<string, string>][] = [];
  const backend = testBackend({
    registry: shippedRegistry(),
    running: async () => ({ rows: [BOTH, STUCK, HOPELESS] }),
    async planMigration(arendeId, toVersion, mapping): Promise<MigrationProof> {
      plans.push([arendeId, toVersion, mapping]);
      return { ok: false, reasons: ['Prövad.'], violations: [] };
    },
  });
  const view = renderSignedIn(<MigrationPanel id="lex-sarah" target={3} onMoved={() => undefined} />, { userId: 'user:petra', backend });
  return { plans, view };
}

describe('the migration panel rescues (issue 27)', () => {
  it('lists stuck ärenden first with the proved proposal, and "Använd förslaget" chooses the ärende and fills the mapping', async () => {
    const { plans, view } = renderPanel();
    const stuck = await screen.findByRole('table', { name: 'Ärenden som har fastnat' });
    const rows = within(stuck).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Flytta till version 3 och fortsätt i "Uppföljning".');
    expect(rows[1]!.textContent).toContain('Inget förslag går att bevisa: Från "Avslut" kan ärendet aldrig avslutas.');
    fireEvent.click(within(rows[0]!).getByRole('button', { name: /^Använd förslaget/ }));
    const table = screen.getByRole('table', { name: 'Öppna ärenden på äldre versioner' });
    const boxes = within(table).getAllByRole('checkbox').slice(1) as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
    expect((screen.getByLabelText('Från "Avslut"') as HTMLSelectElement).value).toBe(`${U}.uppfoljning`);
    fireEvent.click(screen.getByRole('button', { name: 'Pröva flytten' }));
    await waitFor(() => expect(plans).toEqual([[STUCK.arendeId, 3, { avslut: `${U}.uppfoljning` }]]));
    await screen.findByText(/Kan inte flyttas: Prövad\./);
    expect(view.container.textContent).not.toMatch(/handlaggning|ivospar|utredningsspar|\.submit|arende:/);
  });

  it('offers a start for the parallel track no mapped step is in, and sends the choice with the move', async () => {
    const { plans, view } = renderPanel();
    const table = await screen.findByRole('table', { name: 'Öppna ärenden på äldre versioner' });
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Markera ärende BOTH0009' }));
    expect(screen.queryByLabelText(/^Spåret/)).toBeNull(); // both tracks have a step: nothing to choose
    fireEvent.change(screen.getByLabelText('Från "Bevakning av anmälningsplikt"'), { target: { value: `${U}.utredning` } });
    const track = screen.getByLabelText('Spåret "Anmälan till IVO": börja vid') as HTMLSelectElement;
    expect(track.options[0]!.textContent).toBe('Första steget (Bevakning av anmälningsplikt)');
    fireEvent.change(track, { target: { value: `${IVO}.anmalan_ivo` } });
    fireEvent.click(screen.getByRole('button', { name: 'Pröva flytten' }));
    await waitFor(() =>
      expect(plans).toEqual([
        [BOTH.arendeId, 3, { [`${IVO}.bevakning`]: `${U}.utredning`, 'spar:handlaggning.ivospar': `${IVO}.anmalan_ivo` }],
      ]),
    );
    expect(view.container.textContent).not.toMatch(/handlaggning|ivospar|utredningsspar|\.submit|arende:/);
  });
});
