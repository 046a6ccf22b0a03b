// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, worldBackend } from '../../../test/support/uiServices';
import { createWorld, example } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { CaseView } from '../../ui/case/CaseView';
import { PrintView } from '../../ui/case/PrintView';
import { atgardFromRow, registerRows } from './registerRows';

afterEach(cleanup);

/** A register drawn up by Erik (enhetschef, Solgården) and approved by Vera (verksamhetschef of äldreomsorgen). */
async function approvedRegister(w: World): Promise<string> {
  const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
  await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
  await w.step(id, 'user:vera', 'godkannande.submit', example('riskregister-godkannande', { kommentar: 'Följs upp i april.' }));
  return id;
}

describe('the printed riskregister', () => {
  it(
    'lists every kvalitetsområde of each row, the score in words, "Ej angivet" where the register lacks it, and who approved it ' + 'when',
    async () => {
      // The approval (2027-01-20 in the example) has happened by the day the register is printed.
      const w = await createWorld({ start: '2027-01-21T08:00:00.000Z' });
      const id = await approvedRegister(w);
      renderSignedIn(<PrintView id={id} dokument="riskregister" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
      await screen.findByRole('heading', { level: 1, name: 'Riskregister 2027' }, { timeout: 10_000 });

      const table = screen.getByRole('table', { name: /^S = sannolikhet/ });
      const [, first, second] = within(table).getAllByRole('row');
      const cells = (row: HTMLElement) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent);
      expect(
        within(within(first!).getAllByRole('cell')[4]!)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Kunskapsbaserad verksamhet', 'Individanpassad', 'Trygghet och säkerhet']);
      expect(cells(first!)).toEqual([
        '1',
        'Läkemedelshantering',
        'Avvikelsesammanställning läkemedel varje kvartal',
        'Läkemedel ges vid fel tid när signeringslistan inte följs på kvällspasset.',
        'Kunskapsbaserad verksamhetIndividanpassadTrygghet och säkerhet',
        '3',
        '3',
        '9, hög',
        'Genomgång av signeringsrutinen på arbetsplatsträff.',
        'Lena Sjöberg, Undersköterska',
        '2027-03-31',
        'Följs upp vid kvartalets avvikelsesammanställning.',
      ]);
      expect(cells(second!)).toEqual([
        '2',
        'Dokumentation',
        'Ej angivet',
        'Genomförandeplaner uppdateras inte när behoven ändras.',
        'IndividanpassadHelhetssyn och samordning',
        '2',
        '2',
        '4, medel',
        'Påminnelse om uppdatering i verksamhetssystemet.',
        'Ej angivet',
        'Ej angivet',
        'Journalgranskning i oktober.',
      ]);
      // The legend follows the scale the score uses.
      expect(table.querySelector('caption')!.textContent).toContain('låg 1–3, medel 4–7, hög 8–11, mycket hög 12–16');
      const header = document.querySelector('.doc-fields')!.textContent!;
      expect(header).toContain('OmfattarSolgårdens särskilda boende');
      expect(header).toContain('GodkäntVera Sund, Verksamhetschef, 2027-01-20');
      expect(header).toContain('Verksamhetschefens kommentarFöljs upp i april.');
      expect(document.querySelector('main.print-landscape')).not.toBeNull();
    },
  );

  it('prints the ansvarig and date of the åtgärd a row was made into, where the register itself lacked them', async () => {
    const w = await createWorld({ start: '2027-01-21T08:00:00.000Z' });
    const id = await approvedRegister(w);
    const row = registerRows((await w.engine.get(id))!.snapshot.context).find((r) => r.nr === 2)!;
    const made = atgardFromRow(row);
    const atgard = { ...made.atgard, ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' }, klartDatum: '2027-05-31' };
    await w.step(id, 'user:erik', 'atgard.lagg_till', { atgard });
    renderSignedIn(<PrintView id={id} dokument="riskregister" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1, name: 'Riskregister 2027' }, { timeout: 10_000 });
    const second = within(screen.getByRole('table', { name: /^S = sannolikhet/ })).getAllByRole('row')[2]!;
    const cells = within(second)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(9, 11)).toEqual(['Erik Holm, Enhetschef', '2027-05-31']);
  });

  it('says plainly that a register not yet approved is a draft', async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
    renderSignedIn(<PrintView id={id} dokument="riskregister" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1, name: 'Riskregister 2027' }, { timeout: 10_000 });
    expect(document.querySelector('.doc-fields')!.textContent).toContain('Inte godkänt ännu: registret är ett utkast.');
  });
});

describe('a risk made into an åtgärd from the register', () => {
  it('opens the shared form prefilled from the row, and once saved the row says the åtgärd exists', async () => {
    const w = await createWorld();
    const id = await approvedRegister(w);
    renderSignedIn(<CaseView id={id} />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    const register = await screen.findByRole('region', { name: 'Riskregistret' }, { timeout: 10_000 });

    fireEvent.click(within(register).getByRole('button', { name: 'Gör till åtgärd: risk nr 1' }));
    const form = await screen.findByRole('region', { name: 'Lägg till åtgärd' });
    await waitFor(
      () =>
        expect(within(form).getByLabelText(/Vad ska göras/)).toHaveProperty('value', 'Genomgång av signeringsrutinen på arbetsplatsträff.'),
      { timeout: 10_000 },
    );
    expect(within(form).getByLabelText(/Orsak som åtgärden riktar sig mot/)).toHaveProperty(
      'value',
      'Risk nr 1 i riskregistret (Läkemedelshantering): Läkemedel ges vid fel tid när signeringslistan inte följs på kvällspasset.',
    );
    expect(document.activeElement?.textContent).toBe('Lägg till åtgärd');
    fireEvent.click(within(form).getByRole('button', { name: /Spara och skicka/ }));

    await screen.findByText('Sparat: Lägg till åtgärd.', undefined, { timeout: 10_000 });
    const atgarder = (await w.engine.get(id))!.snapshot.context.atgarder;
    expect(atgarder).toHaveLength(1);
    expect(atgarder[0]).toMatchObject({
      vad: 'Genomgång av signeringsrutinen på arbetsplatsträff.',
      ansvarig: { namn: 'Lena Sjöberg', titel: 'Undersköterska' },
      klartDatum: '2027-03-31',
      status: 'planerad',
    });
    const row = within(screen.getByRole('region', { name: 'Riskregistret' })).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Åtgärd registrerad (planerad)');
    within(screen.getByRole('region', { name: 'Riskregistret' })).getByRole('button', { name: 'Gör till åtgärd: risk nr 2' });
  });

  it('shows the register to the verksamhetschef before approval, without the button', async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
    renderSignedIn(<CaseView id={id} />, { userId: 'user:vera', backend: worldBackend(w, 'user:vera') });
    const register = await screen.findByRole('region', { name: 'Riskregistret' }, { timeout: 10_000 });
    expect(within(register).getAllByRole('row')).toHaveLength(3);
    expect(within(register).queryByRole('button')).toBeNull();
    // What she approves from shows how each risk is watched (issue 25, item 5).
    within(register).getByRole('columnheader', { name: 'Egenkontroll' });
    expect(within(register).getAllByRole('row')[2]!.textContent).toContain('Ej angivet');
  });
});
