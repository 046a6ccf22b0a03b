// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDrafts, renderSignedIn, testBackend, worldBackend } from '../../../test/support/uiServices';
import { createWorld, example, lexSarahUntil } from '../../../test/support/world';
import { CaseView } from './CaseView';

afterEach(cleanup);

const NOTE = 'Uppgifter som redan finns i ärendet är ifyllda. Kontrollera dem och ändra om något inte stämmer.';
const field = (id: string) => document.getElementById(id) as HTMLInputElement | null;

describe('CaseView: a step form starts from what the ärende already knows', () => {
  it("opens the beslut with the SAS's bedömning, today and the förvaltningschef, editable and not sent until submitted", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'beslut', { allvarligt: true });
    const real = worldBackend(w, 'user:fredrik');
    const sent: string[] = [];
    const backend = testBackend({
      registry: real.registry,
      arende: (a) => real.arende(a),
      subscribe: () => () => undefined,
      submit: (arende, type, data, seen) => (sent.push(type), real.submit(arende, type, data, seen)),
    });
    renderSignedIn(<CaseView id={id} />, { userId: 'user:fredrik', backend });

    await waitFor(() => expect(field('f-lex-sarah-beslut-2_motivering')).not.toBeNull(), { timeout: 10_000 });
    screen.getByText(NOTE);
    expect(field('f-lex-sarah-beslut-2_klassificering-1')!.checked).toBe(true);
    expect(field('f-lex-sarah-beslut-2_allvarligt-0')!.checked).toBe(true);
    expect(field('f-lex-sarah-beslut-2_motivering')!.value).toBe(example('lex-sarah-bedomning').motivering);
    expect(field('f-lex-sarah-beslut-2_beslutsdatum')!.value).toBe('2026-03-13');
    expect(field('f-lex-sarah-beslut-2_beslutsfattare_namn')!.value).toBe('Fredrik Dahl');
    expect(field('f-lex-sarah-beslut-2_beslutsfattare_titel')!.value).toBe('Förvaltningschef');
    expect(sent).toEqual([]);

    // The person may change a default; what is sent is what the form shows when they press submit.
    fireEvent.change(field('f-lex-sarah-beslut-2_motivering')!, {
      target: { value: 'Allvarligt: läkemedel uteblev för en sårbar person.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara och skicka' }));
    await screen.findByText('Sparat: Beslut.', {}, { timeout: 10_000 });
    expect(sent).toEqual(['beslut.submit']);
    const beslut = (await w.engine.get(id))!.events.find((e) => e.type === 'beslut.submit')!.stepData;
    expect(beslut).toMatchObject({
      klassificering: 'missforhallande',
      allvarligt: true,
      motivering: 'Allvarligt: läkemedel uteblev för en sårbar person.',
      beslutsdatum: '2026-03-13',
    });
  });

  it('starts the utredning with the rapport as its first underlag and gives an added underlag today and the SAS', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    renderSignedIn(<CaseView id={id} />, { userId: 'user:sara', backend: worldBackend(w, 'user:sara') });
    await waitFor(() => expect(field('f-lex-sarah-utredning_underlag_0_kalla')).not.toBeNull(), { timeout: 10_000 });
    expect(field('f-lex-sarah-utredning_underlag_0_kalla')!.value).toBe('Lex Sarah-rapport');
    expect(field('f-lex-sarah-utredning_tidpunkter_upptacktHur')!.value).toBe(example('lex-sarah-rapport-2').upptacktHur);
    expect(field('f-lex-sarah-utredning_underlag_1_datum')).toBeNull();
    fireEvent.click(field('f-lex-sarah-utredning_underlag__add')!);
    await waitFor(() => expect(field('f-lex-sarah-utredning_underlag_1_datum')?.value).toBe('2026-03-13'), { timeout: 10_000 });
    expect(field('f-lex-sarah-utredning_underlag_1_forfattare_namn')!.value).toBe('Sara Nyberg');
    expect(field('f-lex-sarah-utredning_underlag_1_forfattare_titel')!.value).toBe('Socialt ansvarig samordnare');
    expect(field('f-lex-sarah-utredning_underlag_1_kalla')!.value).toBe('');
  });

  it('keeps a draft as it was, without the note', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'beslut');
    const drafts = memoryDrafts({ [`arende:${id}:beslut.submit::user:fredrik`]: { motivering: 'Mitt eget utkast.' } });
    renderSignedIn(<CaseView id={id} />, { userId: 'user:fredrik', backend: worldBackend(w, 'user:fredrik'), drafts });
    await waitFor(() => expect(field('f-lex-sarah-beslut-2_motivering')).not.toBeNull(), { timeout: 10_000 });
    expect(field('f-lex-sarah-beslut-2_motivering')!.value).toBe('Mitt eget utkast.');
    expect(field('f-lex-sarah-beslut-2_beslutsfattare_namn')!.value).toBe('');
    expect(screen.queryByText(NOTE)).toBeNull();
  });
});
