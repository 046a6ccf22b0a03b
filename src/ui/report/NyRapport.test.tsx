// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, shippedRegistry, testBackend } from '../../../test/support/uiServices';
import { NyRapport } from './NyRapport';

afterEach(cleanup);

const backend = () => testBackend({ registry: shippedRegistry() });

describe('NyRapport', () => {
  it('preselects the only enhet the person can report for, still showing it, and opens the form', async () => {
    renderSignedIn(<NyRapport />, { userId: 'user:anna', backend: backend() });
    fireEvent.click(screen.getByLabelText(/^Avvikelse/));
    const enhet = screen.getByLabelText<HTMLSelectElement>('Enhet där det hände');
    expect(enhet.value).toBe('enhet:solgarden');
    expect(enhet.selectedOptions[0]!.textContent).toBe('Solgårdens särskilda boende');
    await screen.findByRole('button', { name: 'Skicka rapporten' }, { timeout: 10_000 });
  });

  it('starts a lex Sarah rapport with the signed-in person as rapportör, reporting in writing', async () => {
    renderSignedIn(<NyRapport />, { userId: 'user:anna', backend: backend() });
    fireEvent.click(screen.getByLabelText(/^Lex Sarah-rapport/));
    await screen.findByRole('button', { name: 'Skicka rapporten' }, { timeout: 10_000 });
    expect(document.querySelector<HTMLInputElement>('[id="f-lex-sarah-rapport-2_rapportor_namn"]')!.value).toBe('Anna Berg');
    expect(document.querySelector<HTMLInputElement>('[id="f-lex-sarah-rapport-2_muntligRapport-1"]')!.checked).toBe(true);
  });

  it('warns the rapportör when her own name is in what she writes (issue 21)', async () => {
    renderSignedIn(<NyRapport />, { userId: 'user:anna', backend: backend() });
    fireEvent.click(screen.getByLabelText(/^Lex Sarah-rapport/));
    await screen.findByRole('button', { name: 'Skicka rapporten' }, { timeout: 10_000 });
    // Her name in the rapportör field is where it belongs: no warning.
    expect(document.querySelector('.name-warnings')!.textContent).toBe('');
    fireEvent.change(screen.getByLabelText(/Hur upptäcktes händelsen/), { target: { value: 'ANNA BERG såg det vid kvällsbesöket' } });
    await waitFor(() =>
      expect(document.querySelector('.name-warnings')!.textContent).toContain('"Hur upptäcktes händelsen?" innehåller ditt namn.'),
    );
  });

  it('lets the person choose when there are several enheter', () => {
    renderSignedIn(<NyRapport />, { userId: 'user:erik', backend: backend() });
    fireEvent.click(screen.getByLabelText(/^Avvikelse/));
    const enhet = screen.getByLabelText<HTMLSelectElement>('Enhet där det hände');
    expect(enhet.value).toBe('');
    expect([...enhet.options].map((o) => o.textContent)).toEqual(['Välj enhet', 'Solgårdens särskilda boende', 'Hemtjänst Norr']);
    expect(screen.queryByRole('region', { name: 'Avvikelse' })).toBeNull();
  });
});
