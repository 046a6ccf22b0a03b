// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../api/Backend';
import { riskanalysUntilGodkannande } from '../../../test/support/riskanalysWorld';
import { memoryDrafts, renderSignedIn, testBackend, worldBackend } from '../../../test/support/uiServices';
import { createWorld, example, lexSarahUntil } from '../../../test/support/world';
import { CaseView } from './CaseView';

afterEach(cleanup);

describe('CaseView', () => {
  it('gives each of two parallel steps its own form with one submit button, named after the step', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    // SAS finds it serious before the utredning is done: the IVO track opens beside the utredning.
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    renderSignedIn(<CaseView id={id} />, { userId: 'user:sara', backend: worldBackend(w, 'user:sara') });

    const utredning = await screen.findByRole('region', { name: 'Aktuellt steg: Utredning' }, { timeout: 10_000 });
    const anmalan = screen.getByRole('region', { name: 'Aktuellt steg: Anmälan till IVO – förbered' });
    // Forms load lazily; role queries over two large forms are slow on a busy machine, so wait cheaply first.
    await waitFor(() => expect(document.querySelectorAll('form button[type="submit"]')).toHaveLength(2), { timeout: 10_000 });
    within(utredning).getByRole('button', { name: 'Spara och skicka – Utredning' });
    within(anmalan).getByRole('button', { name: 'Spara och skicka – Anmälan till IVO – förbered' });
    const forms = document.querySelectorAll('form');
    expect(forms).toHaveLength(2);
    for (const form of forms) expect(form.querySelectorAll('button[type="submit"]')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Spara och skicka' })).toBeNull();
  });

  it('keeps the plain name when one form is shown', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    renderSignedIn(<CaseView id={id} />, { userId: 'user:sara', backend: worldBackend(w, 'user:sara') });
    await waitFor(() => expect(document.querySelectorAll('form button[type="submit"]')).toHaveLength(1), { timeout: 10_000 });
    screen.getByRole('button', { name: 'Spara och skicka' });
    expect(document.querySelectorAll('form')).toHaveLength(1);
  });

  it("shows the process owner's help text for the step above its form (issue 27)", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    renderSignedIn(<CaseView id={id} />, { userId: 'user:sara', backend: worldBackend(w, 'user:sara') });
    const utredning = await screen.findByRole('region', { name: 'Aktuellt steg: Utredning' }, { timeout: 10_000 });
    within(utredning).getByText(/^Utred utan dröjsmål\. Utredningen ska innehålla de åtta uppgifterna/);
  });

  it("shows the engine's field errors only in the form that was refused", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    const real = worldBackend(w, 'user:sara');
    const refusing: Partial<Backend> = {
      registry: real.registry,
      arende: (a) => real.arende(a),
      subscribe: () => () => undefined,
      submit: async () => ({
        ok: false,
        rejection: {
          code: 'invalid_data',
          message: 'Uppgifterna godtogs inte.',
          fieldErrors: [{ pointer: '/beskrivning', label: 'Beskrivning', message: 'Beskrivningen får inte innehålla personnummer.' }],
        },
      }),
    };
    const drafts = memoryDrafts({ [`arende:${id}:anmalan_ivo.submit::user:sara`]: example('lex-sarah-anmalan-ivo') });
    renderSignedIn(<CaseView id={id} />, { userId: 'user:sara', backend: testBackend(refusing), drafts });

    const anmalan = await screen.findByRole('region', { name: 'Aktuellt steg: Anmälan till IVO – förbered' }, { timeout: 10_000 });
    await waitFor(() => expect(anmalan.querySelector('button[type="submit"]')).not.toBeNull(), { timeout: 10_000 });
    fireEvent.click(anmalan.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(anmalan.textContent).toContain('Beskrivningen får inte innehålla personnummer.'), { timeout: 10_000 });
    const utredning = screen.getByRole('region', { name: 'Aktuellt steg: Utredning' });
    expect(utredning.textContent).not.toContain('Beskrivningen får inte innehålla personnummer.');
  });

  it("shows the verksamhetschef the skyddsombud's view above the approval form", async () => {
    const w = await createWorld();
    const id = await riskanalysUntilGodkannande(w, {
      view: { namn: 'Olle Strand', stallningstagande: 'invandningar', invandningar: 'Ensamarbetet nattetid är inte löst.' },
    });
    renderSignedIn(<CaseView id={id} />, { userId: 'user:vera', backend: worldBackend(w, 'user:vera') });
    const step = await screen.findByRole('region', { name: 'Aktuellt steg: Godkännande' }, { timeout: 10_000 });
    const view = within(step).getByRole('region', { name: 'Skyddsombudets synpunkter' });
    within(view).getByRole('heading', { level: 3, name: 'Skyddsombudets synpunkter' });
    expect(view.textContent).toContain('Skyddsombudet har invändningar: Ensamarbetet nattetid är inte löst.');
    await waitFor(() => expect(step.querySelector('form')).not.toBeNull(), { timeout: 10_000 });
    expect(view.compareDocumentPosition(step.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives the recorded reason at the approval when no skyddsombud took part, and no view at other steps', async () => {
    const w = await createWorld();
    const id = await riskanalysUntilGodkannande(w, { deltagare: 1 });
    renderSignedIn(<CaseView id={id} />, { userId: 'user:vera', backend: worldBackend(w, 'user:vera') });
    const step = await screen.findByRole('region', { name: 'Aktuellt steg: Godkännande' }, { timeout: 10_000 });
    expect(within(step).getByRole('region', { name: 'Skyddsombudets synpunkter' }).textContent).toContain(
      'Skyddsombudet deltar inte i riskanalysen. Skäl: Skyddsombudet erbjöds',
    );
    cleanup();

    const earlier = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
    await w.step(earlier, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning'));
    renderSignedIn(<CaseView id={earlier} />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('region', { name: 'Aktuellt steg: Deltagare' }, { timeout: 10_000 });
    expect(screen.queryByRole('heading', { name: 'Skyddsombudets synpunkter' })).toBeNull();
  });
});
