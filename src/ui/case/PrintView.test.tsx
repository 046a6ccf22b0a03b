// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { riskanalysUntilGodkannande } from '../../../test/support/riskanalysWorld';
import { renderSignedIn, serverViewBackend, worldBackend } from '../../../test/support/uiServices';
import { catalog, createWorld, example, lexSarahUntil } from '../../../test/support/world';
import { HIDDEN_RAPPORTOR } from '../../api/access';
import { choiceTitles } from '../../engine/index';
import { PrintView } from './PrintView';

afterEach(cleanup);

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('PrintView: the printable riskanalys', () => {
  it("shows the participants, the skyddsombud's view, the risks, the handlingsplan and the approval under their own headings", async () => {
    const w = await createWorld();
    const id = await riskanalysUntilGodkannande(w, {
      view: {
        namn: 'Olle Strand',
        stallningstagande: 'invandningar',
        invandningar: 'Bakjouren hinner inte fram inom 20 minuter i ytterområdena.',
      },
    });
    await w.step(
      id,
      'user:vera',
      'godkannande.submit',
      example('riskanalys-godkannande', { kommentar: 'Följ upp svarstiderna efter en månad.' }),
    );
    renderSignedIn(<PrintView id={id} dokument="riskanalys" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1, name: 'Risk- och konsekvensanalys inför förändring' }, { timeout: 10_000 });

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Förändringen',
      'Deltagare',
      'Skyddsombudets synpunkter',
      'Riskmatris',
      'Handlingsplan',
      'Godkännande',
    ]);
    // Sv-SE dates; the participants' funktion as the form titles it.
    expect(section('Förändringen').textContent).toContain('Planerad start2026-09-01');
    const deltagare = within(section('Deltagare')).getByRole('table', { name: 'Deltagare i riskanalysen' });
    expect(
      within(deltagare)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Anna BergEnhetschef', 'Erik NilssonSkyddsombud', 'Maria HolmMedarbetare']);
    expect(within(deltagare).getByRole('rowheader', { name: 'Erik Nilsson' })).toBeTruthy();
    expect(section('Deltagare').textContent).toContain('Skyddsombud deltarJa');
    expect(section('Skyddsombudets synpunkter').textContent).toContain(
      'Skyddsombudet har invändningar: Bakjouren hinner inte fram inom 20 minuter i ytterområdena.',
    );
    expect(section('Skyddsombudets synpunkter').textContent).toContain('Lämnat av Olle Strand, ');

    const plan = within(section('Handlingsplan')).getByRole('table', { name: 'Åtgärder, ansvariga och när de ska vara klara' });
    expect(
      within(plan)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Risk nr', 'Åtgärd', 'Ansvarig', 'Klart senast']);
    expect(within(plan).getAllByRole('row')[1]!.textContent).toBe(
      '1Inför larmkedja med bakjour som kan rycka ut inom 20 minuter.Anna Berg, Enhetschef2026-08-15',
    );
    expect(within(plan).getAllByRole('row')).toHaveLength(3);

    const godkannande = section('Godkännande').textContent;
    expect(godkannande).toContain('Godkänd avSara Lind, Verksamhetschef');
    expect(godkannande).toContain('Datum2026-03-13');
    expect(godkannande).toContain('KommentarFölj upp svarstiderna efter en månad.');
    expect(godkannande).not.toContain('Inte godkänd');
  });

  it('shows a re-planned start and what is missing while neither skyddsombud nor verksamhetschef has answered', async () => {
    const w = await createWorld();
    const id = await riskanalysUntilGodkannande(w);
    await w.step(id, 'user:erik', 'planering.omplanera', example('riskanalys-omplanering'));
    renderSignedIn(<PrintView id={id} dokument="riskanalys" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    expect(section('Förändringen').textContent).toContain(
      'Planerad start2026-06-01 (omplanerad från 2026-09-01: Analysen hann inte godkännas före den första planerade starten.)',
    );
    expect(section('Skyddsombudets synpunkter').textContent).toContain('Skyddsombudet har inte yttrat sig ännu.');
    expect(section('Godkännande').textContent).toBe('GodkännandeInte godkänd ännu.');
  });

  it('gives the recorded reason when no skyddsombud took part, and that the skyddsombud agreed when they did', async () => {
    const w = await createWorld();
    const utan = await riskanalysUntilGodkannande(w, { deltagare: 1 });
    renderSignedIn(<PrintView id={utan} dokument="riskanalys" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    expect(section('Skyddsombudets synpunkter').textContent).toContain(
      'Skyddsombudet deltar inte i riskanalysen. Skäl: Skyddsombudet erbjöds att delta den 2 juni men avböjde på grund av tjänstledighet.',
    );
    expect(within(section('Deltagare')).getByRole('table').textContent).toContain('Lena SjöbergSakkunnig');
    cleanup();

    const med = await riskanalysUntilGodkannande(w, { view: { namn: 'Olle Strand', stallningstagande: 'instammer' } });
    renderSignedIn(<PrintView id={med} dokument="riskanalys" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    await waitFor(() => expect(section('Skyddsombudets synpunkter').textContent).toContain('Skyddsombudet instämmer i riskanalysen.'));
  });

  it("reads the funktion titles from the deltagare form's choices", () => {
    const titles = choiceTitles(catalog().forms['riskanalys-deltagare']!.schema, ['deltagare', 'items', 'funktion']);
    expect(titles.get('skyddsombud')).toBe('Skyddsombud');
    expect(titles.get('brukarrepresentant')).toBe('Brukarrepresentant');
    expect(titles.size).toBe(6);
  });
});

describe('PrintView: the lex Sarah utredning and the rapportör (issue 10, item 5)', () => {
  const RAPPORTOR = { rapportor: { namn: 'Anna Berg', befattning: 'Undersköterska', anvandarId: 'user:anna' } };
  const utredning = async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', RAPPORTOR));
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    return { w, id };
  };

  it('offers the SAS "Visa rapportörens namn", which puts the name on the print', async () => {
    const { w, id } = await utredning();
    renderSignedIn(<PrintView id={id} dokument="utredning" />, { userId: 'user:sara', backend: serverViewBackend(w, 'user:sara') });
    await screen.findByRole('heading', { level: 1, name: 'Lex Sarah – utredning' }, { timeout: 10_000 });
    expect(document.body.textContent).not.toContain('Anna Berg');
    screen.getByRole('checkbox', { name: 'Visa rapportörens namn' }).click();
    await waitFor(() => expect(document.querySelector('.doc-fields')!.textContent).toContain('Anna Berg, Undersköterska'));
  });

  it('does not offer it to the verksamhetschef, whose copy holds only the placeholder', async () => {
    const { w, id } = await utredning();
    for (const userId of ['user:vera']) {
      cleanup();
      renderSignedIn(<PrintView id={id} dokument="utredning" />, { userId, backend: serverViewBackend(w, userId) });
      await screen.findByRole('heading', { level: 1, name: 'Lex Sarah – utredning' }, { timeout: 10_000 });
      expect(screen.queryByRole('checkbox', { name: 'Visa rapportörens namn' }), userId).toBeNull();
      expect(screen.queryByText(/Visa rapportörens namn/), userId).toBeNull();
      expect(document.body.textContent, userId).not.toContain('Anna Berg');
      expect(document.body.textContent, userId).not.toContain(HIDDEN_RAPPORTOR.namn);
    }
  });
});
