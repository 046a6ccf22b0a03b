// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, serverViewBackend } from '../../../test/support/uiServices';
import { createWorld, example, lexSarahUntil } from '../../../test/support/world';
import { HIDDEN_RAPPORTOR } from '../../api/access';
import { CaseView } from './CaseView';

afterEach(cleanup);

describe('CaseView and the rapportör (issue 10, item 5)', () => {
  it('shows the verksamhetschef the placeholder in the stepper and the history, and the enhetschef the name', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    await w.step(
      id,
      'user:anna',
      'rapport.submit',
      example('lex-sarah-rapport-2', { rapportor: { namn: 'Anna Berg', befattning: 'Undersköterska', anvandarId: 'user:anna' } }),
    );
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    const seen = async (userId: string) => {
      cleanup();
      renderSignedIn(<CaseView id={id} />, { userId, backend: serverViewBackend(w, userId) });
      const history = await screen.findByRole('region', { name: 'Historik' }, { timeout: 10_000 });
      const rapport = [...document.querySelectorAll('.stepper li')].find((li) =>
        li.querySelector('.step-title')?.textContent?.startsWith('Rapport'),
      )!;
      return { stepper: rapport.textContent ?? '', history: history.textContent ?? '', page: document.body.textContent ?? '' };
    };

    // Issue 21: the skyddsombud no longer reads lex Sarah at all; the verksamhetschef reads it without the rapportör.
    const vera = await seen('user:vera');
    expect(vera.stepper).toContain(`Klart – ${HIDDEN_RAPPORTOR.namn}`);
    expect(vera.history).toContain(`Ärendet skapades – ${HIDDEN_RAPPORTOR.namn} (medarbetare)`);
    expect(vera.history).toContain('Erik Holm (enhetschef)');
    expect(vera.page).not.toContain('Anna Berg');

    const erik = await seen('user:erik');
    expect(erik.stepper).toContain('Klart – Anna Berg');
    expect(erik.page).not.toContain(HIDDEN_RAPPORTOR.namn);
  });
});
