// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StepperItem } from '../../engine/index';
import { stepperOf } from '../../engine/index';
import { REGISTRY } from '../../processes/packs';
import { createWorld, example, lexSarahUntil } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { Stepper } from './Stepper';

const steps: StepperItem[] = [
  {
    key: 'rapport',
    path: 'rapport',
    title: 'Rapport',
    role: 'medarbetare',
    mandated: true,
    status: 'done',
    doneBy: 'user:anna',
    doneAt: '2026-03-13T08:00:00.000Z',
    doneTimes: 1,
  },
  {
    key: 'omedelbara_atgarder',
    path: 'h.u.omedelbara_atgarder',
    title: 'Omedelbara åtgärder',
    role: 'enhetschef',
    mandated: true,
    status: 'current',
    doneTimes: 0,
  },
  { key: 'registrering', path: 'h.u.registrering', title: 'Registrering', role: 'sas', mandated: false, status: 'upcoming', doneTimes: 0 },
  {
    key: 'anmalan_ivo',
    path: 'h.i.anmalan_ivo',
    title: 'Anmälan till IVO – förbered',
    role: 'sas',
    mandated: true,
    status: 'skipped',
    track: 'Anmälan till IVO',
    doneTimes: 0,
  },
];

afterEach(cleanup);

describe('Stepper', () => {
  it('shows done (who, when), the current step and its role, upcoming and not needed steps, with mandated ones marked', () => {
    render(<Stepper steps={steps} nameOf={(id) => (id === 'user:anna' ? 'Anna Berg' : id)} />);
    const list = screen.getByRole('list', { name: 'Processens steg' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]!.textContent).toMatch(/Rapport \(obligatoriskt\)Klart – Anna Berg, 2026-03-13 \d\d:00/);
    expect(items[1]!.getAttribute('aria-current')).toBe('step');
    expect(items[1]!.textContent).toContain('Pågår – väntar på enhetschef');
    expect(items[2]!.textContent).toBe('RegistreringKommande – SAS');
    expect(items[3]!.textContent).toContain('Behövs inte');
    expect(items[3]!.textContent).toContain('Anmälan till IVO');
    expect(items.filter((i) => i.getAttribute('aria-current'))).toHaveLength(1);
  });

  const itemOf = (title: string) => {
    const items = within(screen.getByRole('list', { name: 'Processens steg' })).getAllByRole('listitem');
    return items.find((i) => i.querySelector('.step-title')!.textContent!.startsWith(title))!;
  };
  const show = async (w: World, id: string) => {
    cleanup();
    render(
      <Stepper steps={stepperOf((await w.engine.get(id))!)} nameOf={(u) => u} skeleton={REGISTRY.requirePack('lex-sarah').skeleton} />,
    );
  };
  const serious = 'Blir obligatoriskt om detta gäller: missförhållandet har bedömts som allvarligt';

  it('shows the conditional IVO steps as becoming mandatory only if their fact holds, until their track opens', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await show(w, id);
    for (const title of ['Anmälan till IVO – förbered', 'Anmälan till IVO – godkänn', 'Anmälan till IVO – registrera']) {
      expect(itemOf(title).textContent).toContain(serious);
      expect(itemOf(title).textContent).not.toMatch(/\(obligatoriskt\)|Kommande/);
    }
    expect(itemOf('Komplettering till IVO').textContent).toContain(
      'Blir obligatoriskt om detta gäller: utredningen var inte klar när anmälan skickades',
    );
    expect(itemOf('Utredning').textContent).toContain('Utredning (obligatoriskt)');

    // Found serious: the anmälan is now required, step by step; the komplettering still depends on its own fact.
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    await show(w, id);
    expect(itemOf('Anmälan till IVO – förbered').textContent).toContain('(obligatoriskt)Pågår – väntar på SAS');
    expect(itemOf('Anmälan till IVO – godkänn').textContent).toContain('(obligatoriskt)Kommande – förvaltningschef');
    expect(itemOf('Komplettering till IVO').textContent).toContain('Blir obligatoriskt om detta gäller');
  });

  it('shows the IVO steps as not needed once the missförhållande was found not serious', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'uppfoljning', { allvarligt: false });
    await show(w, id);
    expect(itemOf('Anmälan till IVO – förbered').textContent).toContain('Behövs inte');
    expect(itemOf('Komplettering till IVO').textContent).toContain('Behövs inte');
    expect(screen.queryByText(/Blir obligatoriskt/)).toBeNull();
  });
});
