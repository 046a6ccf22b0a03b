// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, worldBackend } from '../../../test/support/uiServices';
import { createWorld, example } from '../../../test/support/world';
import { PrintView } from '../../ui/case/PrintView';
import { arendeNumber } from '../../kit/labels';

afterEach(cleanup);

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('the printed egenkontroll', () => {
  it('shows the plan, the genomförande with its deviations, and each åtgärd with its deviation and status now', async () => {
    const w = await createWorld();
    const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'planering.submit', example('egenkontroll-planering'));
    const performed = await w.step(id, 'user:erik', 'genomforande.submit', example('egenkontroll-genomforande'));
    const atgardId = performed.state.snapshot.context.atgarder[0]!.id;
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId }));
    await w.step(id, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId }));
    const escalated = await w.step(id, 'user:erik', 'eskalering.lex_sarah', example('egenkontroll-eskalering'));
    renderSignedIn(<PrintView id={id} dokument="egenkontroll" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
    await screen.findByRole('heading', { level: 1, name: 'Egenkontroll' }, { timeout: 10_000 });

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Plan',
      'Genomförande och resultat',
      'Åtgärder',
    ]);
    expect(section('Plan').textContent).toContain('Typ av kontrollJournalgranskning');
    expect(section('Plan').textContent).toContain('Hur oftaVarje halvår');
    expect(section('Plan').textContent).toContain('AnsvarigErik Holm, Enhetschef');
    expect(section('Genomförande och resultat').textContent).toContain('Urval10 slumpvis valda journaler');
    expect(section('Genomförande och resultat').textContent).toContain('Två genomförandeplaner var inte uppföljda inom sex månader.');
    // The finding escalated to lex Sarah: which, to which ärende, by whom and why (issue 25, item 5).
    const lexSarah = arendeNumber(escalated.linked!.arendeId);
    expect(section('Genomförande och resultat').textContent).toContain(
      `Eskalerat till lex SarahAvvikelse nr1Lex Sarah-ärende${lexSarah}RapportörErik Holm, EnhetschefMotivering` +
        'Uteblivna insatser under flera veckor kan vara ett missförhållande för de boende.',
    );
    const row = section('Åtgärder').querySelectorAll('tbody tr')[0]!;
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '1',
      'Följ upp de två planerna och inför en påminnelse i kalendern.',
      'Lena Sjöberg, Undersköterska',
      '2026-06-15',
      'Verifierad: Åtgärden har fått avsedd effekt',
    ]);
  });
});
