import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../behaviour/actions';
import { onceEachGuard } from '../behaviour/onceEachGuard';
import { emptyContext } from '../model/ArendeContext';
import type { MachineEvent } from '../model/ArendeContext';
import { waitDoneOf } from './ownSteps';

const ev = (userId: string, seq: number): MachineEvent => ({
  type: 'kvittens.egen',
  data: { bekraftar: true },
  actor: { userId, role: 'medarbetare' },
  at: `2026-03-1${seq}T09:00:00.000Z`,
  seq,
});
const step = (key: string, role: 'medarbetare' | 'enhetschef') => ({ key, path: key, title: key, role, mandated: true });
const own = (event: string, done: string[]) => ({ event, title: event, role: 'medarbetare' as const, done });

describe('own steps: each holder of a role does one once for herself', () => {
  it("keeps each person's own step apart, and onceEach refuses her second (the first stays)", () => {
    const once = ACTIONS.recordOwnStep!.apply(emptyContext(), ev('user:anna', 1), {});
    const twice = ACTIONS.recordOwnStep!.apply(once, ev('user:omar', 2), {});
    expect(Object.keys(twice.own!['kvittens.egen']!)).toEqual(['user:anna', 'user:omar']);
    expect(twice.steps).toEqual({});
    expect(onceEachGuard.test(twice, ev('user:anna', 3), {})).toBe(false);
    expect(onceEachGuard.explain(twice, ev('user:anna', 3), { message: 'Du har redan kvitterat' })).toEqual([
      'Du har redan kvitterat (2026-03-11).',
    ]);
    expect(onceEachGuard.test(twice, ev('user:maja', 3), {})).toBe(true);
  });

  it('waits for everyone of a role until she has done every own step, unless the role has a step of the ärende itself', () => {
    expect(waitDoneOf([step('avslut', 'enhetschef')], [own('a', ['user:anna', 'user:omar']), own('b', ['user:omar'])])).toEqual({
      medarbetare: ['user:omar'],
    });
    expect(waitDoneOf([step('rapport', 'medarbetare')], [own('a', ['user:anna'])])).toEqual({});
    expect(waitDoneOf([], [])).toEqual({});
  });
});
