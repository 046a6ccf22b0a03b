// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSignedIn, worldBackend } from '../../../test/support/uiServices';
import { createWorld, example } from '../../../test/support/world';
import { PrintView } from '../../ui/case/PrintView';

afterEach(cleanup);

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('the printed synpunkt/klagomål', () => {
  it(
    "summarises what came in, the registrering, the utredning with its åtgärder, the återkoppling and the avslut in the forms' " + 'words',
    async () => {
      const w = await createWorld();
      const id = await w.open('synpunkter', 'enhet:solgarden', 'user:anna');
      await w.step(id, 'user:anna', 'inkommen.submit', example('synpunkter-inkommen', {}, 1));
      await w.step(id, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
      await w.step(id, 'user:erik', 'utredning.submit', example('synpunkter-utredning'));
      await w.step(id, 'user:erik', 'aterkoppling.submit', example('synpunkter-aterkoppling'));
      renderSignedIn(<PrintView id={id} dokument="synpunkt" />, { userId: 'user:erik', backend: worldBackend(w, 'user:erik') });
      await screen.findByRole('heading', { level: 1, name: 'Synpunkt/klagomål' }, { timeout: 10_000 });

      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
        'Det som kom in',
        'Registrering',
        'Utredning och åtgärder',
        'Återkoppling',
      ]);
      expect(section('Det som kom in').textContent).toContain('TypKlagomål');
      expect(section('Det som kom in').textContent).toContain('Lämnat avDen enskilde själv');
      expect(section('Det som kom in').textContent).toContain('Vill ha svarBrev');
      expect(section('Registrering').textContent).toContain('KategoriBemötande');
      expect(section('Utredning och åtgärder').textContent).toContain(
        'Ta in vikarie vid sjukfrånvaro på kvällspasset, även på helger. – Lena Sjöberg, Undersköterska, klart senast 2026-04-01',
      );
      expect(section('Återkoppling').textContent).toContain('SättBrev');
    },
  );
});
