// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, testBackend } from '../../../test/support/uiServices';
import { createWorld, example } from '../../../test/support/world';
import { ui } from './ui';

afterEach(cleanup);

/** Erik's ärende for Solgården 2026: information at the APT on 10 March, Anna signed the list, Omar starts on 4 May. */
async function stateWith(kvittenser: unknown) {
  const w = await createWorld();
  const id = await w.open('rapporteringsskyldighet', 'enhet:solgarden', 'user:erik');
  await w.step(id, 'user:erik', 'information.submit', example('rapporteringsskyldighet-information', { ar: 2026, datum: '2026-03-10' }));
  if (kvittenser) await w.step(id, 'user:erik', 'kvittens.registrera', kvittenser);
  return (await w.engine.get(id))!;
}

const show = (state: Awaited<ReturnType<typeof stateWith>>, now: string) => {
  const Panel = ui.casePanel!;
  renderSignedIn(<Panel state={state} />, { userId: 'user:erik', backend: testBackend({}), now });
};

const PEOPLE = {
  personer: [
    { nr: 1, namn: 'Anna Berg', grupp: 'anstalld' },
    { nr: 2, namn: 'Bo Ek', grupp: 'uppdragstagare' },
    { nr: 3, namn: 'Omar Said', grupp: 'praktikant' },
  ],
  nya: [{ nr: 3, borjadeDatum: '2026-05-04' }],
  kvittenser: [{ nr: 1, datum: '2026-03-10', satt: 'narvarolista' }],
};

describe('the kvittenser case panel', () => {
  it("lists each person with her kvittens, or as missing, and as late past the rutin's four weeks", async () => {
    show(await stateWith(PEOPLE), '2026-05-10T08:00:00.000Z');
    const panel = screen.getByRole('region', { name: 'Vilka har fått informationen' });
    expect(within(panel).getByText(/1 av 3 har kvitterat/).textContent).toBe('1 av 3 har kvitterat informationen, 1 är försenad.');
    const row = (namn: string) => within(panel).getByRole('rowheader', { name: namn }).closest('tr')!.textContent;
    expect(row('Anna Berg')).toBe('1Anna BergAnställdKvitterad 2026-03-10 – Signerad närvarolista (APT eller introduktion)');
    expect(row('Bo Ek')).toBe('2Bo EkUppdragstagareFörsenad – skulle ha fått informationen senast 2026-04-07');
    expect(row('Omar Said')).toBe('3Omar SaidPraktikant2026-05-04Saknas – ska få informationen senast 2026-06-01');
  });

  it('says no one is listed yet before the first kvittenser are recorded', async () => {
    show(await stateWith(undefined), '2026-03-13T08:00:00.000Z');
    expect(screen.getByText(/Ingen har kvitterat och ingen är införd ännu/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
