// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, worldBackend } from '../../../test/support/uiServices';
import { createWorld, example, lexSarahUntil } from '../../../test/support/world';
import { CaseView } from './CaseView';

afterEach(cleanup);

describe('jäv on the case page', () => {
  it('shows the stall with its deadline, and the förvaltningschef appoints an ersättare among the candidates', async () => {
    const w = await createWorld();
    const id = await w.open('avvikelse', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'rapport.submit', example('avvikelse-rapport'));

    renderSignedIn(<CaseView id={id} />, { userId: 'user:vera', backend: worldBackend(w, 'user:vera') });
    const seen = await screen.findByRole('status', {}, { timeout: 10_000 });
    expect(seen.textContent).toBe(
      'Ärendet har stannat: alla som kan göra "Bedömning" (enhetschef) är jäviga. Förvaltningschefen utser en ersättare senast 2026-03-20.',
    );
    expect(screen.queryByRole('region', { name: 'Utse en ersättare (enhetschef)' })).toBeNull();
    cleanup();

    renderSignedIn(<CaseView id={id} />, { userId: 'user:fredrik', backend: worldBackend(w, 'user:fredrik') });
    const form = await screen.findByRole('region', { name: 'Utse en ersättare (enhetschef)' }, { timeout: 10_000 });
    const person = within(form).getByLabelText('Ersättare') as HTMLSelectElement;
    expect([...person.options].map((o) => o.text)).toEqual(['Välj person', 'Lina Ek – Enhetschef']);
    fireEvent.click(within(form).getByRole('button', { name: 'Utse ersättare' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Ersättare: välj den person som ska utses.');
    fireEvent.change(person, { target: { value: 'user:lina' } });
    fireEvent.change(within(form).getByLabelText('Motivering'), { target: { value: 'Erik rapporterade själv.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Utse ersättare' }));
    await screen.findByText('Sparat: Lina Ek är utsedd som enhetschef i ärendet.', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.getByRole('region', { name: 'Historik' }).textContent).toContain(
      'Utsåg en ersättare – Fredrik Dahl (förvaltningschef): Lina Ek utsågs till ersättare som enhetschef i ärendet. Erik ' +
        'rapporterade själv.',
    );
    expect((await w.engine.get(id))!.snapshot.context.ersattare).toMatchObject([{ userId: 'user:lina', role: 'enhetschef' }]);
  });

  it('lets a SAS declare herself jävig during the utredning, with a reason', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    renderSignedIn(<CaseView id={id} />, { userId: 'user:sara', backend: worldBackend(w, 'user:sara') });
    const section = await screen.findByRole('region', { name: 'Jäv' }, { timeout: 10_000 });
    fireEvent.click(within(section).getByRole('button', { name: 'Jag är jävig i ärendet' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Anmäl jäv' }));
    expect((await within(section).findByRole('alert')).textContent).toBe('Motivering: skriv kort varför.');
    fireEvent.change(within(section).getByLabelText('Motivering (varför är du jävig?)'), {
      target: { value: 'Jag är släkt med den enskilde.' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Anmäl jäv' }));
    await screen.findByText(
      'Sparat: du är jävig i ärendet och kan inte längre utföra stegen där någon bedömer eller beslutar.',
      {},
      { timeout: 10_000 },
    );
    expect(screen.queryByRole('region', { name: 'Jäv' })).toBeNull();
    expect((await w.engine.get(id))!.snapshot.context.jav).toContain('user:sara');
  });
});
