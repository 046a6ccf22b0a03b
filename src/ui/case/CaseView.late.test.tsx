// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, worldBackend } from '../../../test/support/uiServices';
import { createWorld, example } from '../../../test/support/world';
import { CaseView } from './CaseView';

afterEach(cleanup);

describe('CaseView: an efterregistrering (issue 11, item 10)', () => {
  it('shows both dates: when the rapport was given and when it was registered', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', {}, 2));
    renderSignedIn(<CaseView id={id} />, { userId: 'user:sara', backend: worldBackend(w, 'user:sara') });
    const line = await screen.findByText(/Efterregistrerat\./, {}, { timeout: 10_000 });
    expect(line.closest('p')!.textContent).toBe(
      'Efterregistrerat. Rapporten lämnades 2020-05-04 och registrerades 2026-03-13 (original: Diarium SN 2020/112).',
    );
  });
});
