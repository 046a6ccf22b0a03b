// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntegrityReport } from '../../api/contract';
import { renderSignedIn, testBackend } from '../../../test/support/uiServices';
import { Integrity } from './Integrity';

afterEach(cleanup);

const report = (arenden: number, events: number): IntegrityReport => ({
  checkedAt: '2026-03-13T08:00:00.000Z',
  ok: true,
  arenden,
  events,
  problems: [],
});

describe('Integrity', () => {
  it('says one ärende and one händelse in the singular, and more in the plural', async () => {
    const { unmount } = renderSignedIn(<Integrity />, {
      userId: 'user:adam',
      backend: testBackend({ integrity: async () => report(1, 1) }),
    });
    expect((await screen.findByText(/^Allt stämmer/)).textContent).toMatch(/^Allt stämmer: 1 ärende och 1 händelse kontrollerades/);
    unmount();
    renderSignedIn(<Integrity />, { userId: 'user:adam', backend: testBackend({ integrity: async () => report(2, 1200) }) });
    expect((await screen.findByText(/^Allt stämmer/)).textContent).toMatch(/^Allt stämmer: 2 ärenden och 1\s200 händelser kontrollerades/);
  });
});

describe('Integrity: the ledger', () => {
  it('shows the latest checkpoint and where it is kept, and files a problem of the whole log without a link', async () => {
    const root = 'ab'.repeat(32);
    renderSignedIn(<Integrity />, {
      userId: 'user:adam',
      backend: testBackend({
        integrity: async () => ({
          ...report(3, 12),
          ok: false,
          problems: [{ arendeId: 'hela loggen', reason: 'Loggen hoppar från plats 4 till 6: händelser har tagits bort.' }],
          checkpoint: { size: 12, root, at: '2026-03-13T07:59:00.000Z', keyId: 'abc123' },
          witnessFile: '/var/lib/kf/kontrollpunkter.jsonl',
        }),
      }),
    });
    expect(await screen.findByRole('heading', { name: 'Senaste kontrollpunkt' })).toBeTruthy();
    expect(screen.getByText(root)).toBeTruthy();
    expect(screen.getByText(root).closest('p')!.textContent).toMatch(/^12 händelser, signerad .* med nyckel abc123\. Rot: a/);
    expect(screen.getByText('/var/lib/kf/kontrollpunkter.jsonl')).toBeTruthy();
    const row = screen.getByText(/Loggen hoppar från plats 4 till 6/).closest('tr')!;
    expect(row.textContent).toContain('Hela loggen');
    expect(row.querySelector('a')).toBeNull();
  });
});
