// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StepperItem } from '../../engine/index';
import { Stepper } from './Stepper';

const steps: StepperItem[] = [
  { key: 'rapport', path: 'rapport', title: 'Rapport', role: 'medarbetare', mandated: true, status: 'done', doneBy: 'user:anna', doneAt: '2026-03-13T08:00:00.000Z', doneTimes: 1 },
  { key: 'omedelbara_atgarder', path: 'h.u.omedelbara_atgarder', title: 'Omedelbara åtgärder', role: 'enhetschef', mandated: true, status: 'current', doneTimes: 0 },
  { key: 'registrering', path: 'h.u.registrering', title: 'Registrering', role: 'sas', mandated: false, status: 'upcoming', doneTimes: 0 },
  { key: 'anmalan_ivo', path: 'h.i.anmalan_ivo', title: 'Anmälan till IVO – förbered', role: 'sas', mandated: true, status: 'skipped', track: 'Anmälan till IVO', doneTimes: 0 },
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
});
