// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDrafts, renderSignedIn, shippedRegistry, testBackend, worldBackend } from '../../../test/support/uiServices';
import { catalog, createWorld, example } from '../../../test/support/world';
import type { IntakeItemView } from '../../api/contract';
import { stockholmDate } from '../../engine/index';
import { synpunkter } from '../../processes/synpunkter/pack';
import { CaseView } from '../case/CaseView';
import { StepForm } from '../forms/StepForm';
import { PrintView } from '../case/PrintView';
import { IntakeRegister } from './IntakeRegister';
import { PublicIntakePage } from './PublicIntakePage';

afterEach(cleanup);

const ITEM: IntakeItemView = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  processType: 'synpunkter',
  enhetId: 'enhet:solgarden',
  receivedAt: '2026-03-12T09:30:00.000Z',
  data: example('synpunkter-webb', { typ: 'berom' }),
};
const received = { id: ITEM.id, receivedAt: ITEM.receivedAt, enhetId: ITEM.enhetId, data: ITEM.data };

describe("the public form's key", () => {
  it('is made once for the filled-in form and sent again, unchanged, when the first send got no answer', async () => {
    const sent: string[] = [];
    const backend = testBackend({
      registry: shippedRegistry(),
      publicIntakeInfo: async () => ({
        enheter: [{ id: 'enhet:solgarden', namn: 'Solgårdens särskilda boende', verksamhet: 'Äldreomsorg' }],
      }),
      async submitPublic(_type, _enhet, _data, key) {
        sent.push(key);
        if (sent.length === 1) throw new Error('Servern kunde inte nås. Försök igen.');
      },
    });
    render(<PublicIntakePage processType="synpunkter" backend={backend} />);
    fireEvent.change(await screen.findByLabelText('Vilken verksamhet gäller det?'), { target: { value: 'enhet:solgarden' } });
    await waitFor(() => expect(screen.getByLabelText('Beröm')).toBeTruthy(), { timeout: 10_000 });
    fireEvent.click(screen.getByLabelText('Beröm'));
    fireEvent.change(screen.getByLabelText(/Berätta vad det gäller/), { target: { value: 'Tack för den fina sommarfesten!' } });
    fireEvent.click(screen.getByLabelText('Jag vill vara anonym'));
    fireEvent.click(screen.getByLabelText('Nej, jag behöver inget svar'));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    await screen.findByText('Servern kunde inte nås. Försök igen.');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    await screen.findByRole('heading', { name: 'Tack, vi har tagit emot det du skrev' });
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sent[1]).toBe(sent[0]);
  });
});

describe('registering what came in', () => {
  it('shows what came in apart from the registration, hides it from the form, and sends it back as it was read', async () => {
    const calls: { data: Record<string, unknown>; enhetId?: string }[] = [];
    const backend = testBackend({
      registry: shippedRegistry(),
      intakeItem: async () => ITEM,
      async registerIntake(_id, data, enhetId) {
        calls.push({ data, ...(enhetId ? { enhetId } : {}) });
        return {
          ok: false,
          rejection: {
            code: 'guard_failed',
            message: '"Inkommen synpunkt" kan inte utföras: Typ skiljer sig från det som kom in via webbformuläret.',
          },
        };
      },
    });
    renderSignedIn(<IntakeRegister id={ITEM.id} />, { userId: 'user:erik', backend, drafts: memoryDrafts() });
    const asSent = await screen.findByRole('region', { name: 'Som det kom in' });
    // In the public form's own words: her question and her answer.
    expect(asSent.textContent).toContain('Vad vill du lämna?Beröm');
    expect(asSent.textContent).toContain('Vill du ha svar?Ja, jag vill ha svar');
    expect(asSent.textContent).toContain('Vald verksamhetSolgårdens särskilda boende');
    const registration = screen.getByRole('region', { name: 'Din registrering' });
    await waitFor(() => expect(within(registration).getByRole('button', { name: 'Registrera ärendet' })).toBeTruthy(), { timeout: 10_000 });
    // What the system sets is not a form field anyone types in.
    expect(within(registration).queryByText('Som det kom in via webbformuläret')).toBeNull();
    expect(within(registration).queryByLabelText('Inkommet meddelande')).toBeNull();
    // Erik works at Solgården and Hemtjänst Norr: he may register it on either, as a correction.
    const where = within(registration).getByLabelText('Registreras på') as HTMLSelectElement;
    expect([...where.options].map((o) => o.value)).toEqual(['enhet:solgarden', 'enhet:hemtjanst-norr']);
    fireEvent.change(where, { target: { value: 'enhet:hemtjanst-norr' } });
    fireEvent.click(within(registration).getByRole('button', { name: 'Registrera ärendet' }));
    await screen.findByText(/Typ skiljer sig från det som kom in/);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.enhetId).toBe('enhet:hemtjanst-norr');
    expect(calls[0]!.data).toMatchObject({
      ...synpunkter.publicIntake.firstStep(ITEM.data, stockholmDate(ITEM.receivedAt)!),
      mottaget: received,
    });
  });
});

describe("the first step's form of a synpunkt staff enter themselves (Ny rapport)", () => {
  it('shows neither what the system sets nor a correction, and sends neither', async () => {
    const sent: Record<string, unknown>[] = [];
    const form = catalog().forms['synpunkter-inkommen-2']!;
    render(
      <StepForm
        form={form}
        draftKey="k"
        drafts={memoryDrafts()}
        submitText="Skicka"
        initial={example('synpunkter-inkommen', {}, 2)}
        onSubmit={async (d) => (sent.push(d), true)}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Skicka' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(screen.queryByText(/Som det kom in/)).toBeNull();
    expect(screen.queryByText(/Rättelse/)).toBeNull();
    expect(sent[0]).toEqual(example('synpunkter-inkommen', {}, 2));
  });
});

describe('the ärende of something that came in', () => {
  it("keeps the sender's words in view in the case and on paper, apart from the registration and its correction", async () => {
    const w = await createWorld();
    const arendeId = `arende:${ITEM.id}`;
    const rattelse = { falt: ['typ'], skal: 'Texten är ett klagomål på väntetider, inte ett beröm.' };
    const data = { ...synpunkter.publicIntake.firstStep(ITEM.data, stockholmDate(ITEM.receivedAt)!), typ: 'klagomal', rattelse };
    const r = await w.engine.report('synpunkter', 'enhet:solgarden', data, 'user:erik', { arendeId, received });
    if (!r.ok) throw new Error(r.rejection.message);
    renderSignedIn(<CaseView id={arendeId} />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    const panel = await screen.findByRole('region', { name: 'Som det kom in via webbformuläret' }, { timeout: 10_000 });
    expect(panel.textContent).toContain('Vad vill du lämna?Beröm');
    expect(panel.textContent).toContain('Rättat vid registreringen');
    expect(panel.textContent).toContain('TypBeröm → Klagomål');
    expect(panel.textContent).toContain(`Skäl${rattelse.skal}`);
    cleanup();

    renderSignedIn(<PrintView id={arendeId} dokument="synpunkt" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1, name: 'Synpunkt/klagomål' }, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Som det kom in via webbformuläret',
      'Registrerat av det som kom in',
    ]);
    expect(screen.getByRole('region', { name: 'Registrerat av det som kom in' }).textContent).toContain('TypKlagomål');
  });
});
