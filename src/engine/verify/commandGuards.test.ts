import { describe, expect, it } from 'vitest';
import { buildStateGraph } from '../definition/StateGraph';
import type { LegalSkeleton, MandatedCommand } from '../model/LegalSkeleton';
import type { MachineJson, NamedRef } from '../model/ProcessDefinition';
import { commandGuardChecks } from './commandGuards';

const role = (r: string): NamedRef => ({ type: 'isRole', params: { role: r } });
const all = (...guards: NamedRef[]): NamedRef => ({ type: 'all', params: { guards } });
const ONCE: NamedRef = { type: 'oncePerPerson' };

/** Two states listening to `lista.registrera`, each with the guard given, and a step between them. */
function machine(first: NamedRef | undefined, second: NamedRef | undefined): MachineJson {
  const on = (guard: NamedRef | undefined) => (guard ? { 'lista.registrera': [{ guard }] } : {});
  return {
    id: 'liten',
    initial: 'start',
    states: {
      start: {
        meta: { title: 'Start', role: 'enhetschef' },
        on: { 'start.submit': [{ target: 'mitt', guard: role('enhetschef') }], ...on(first) },
      },
      mitt: {
        meta: { title: 'Mitt', role: 'enhetschef' },
        on: { 'mitt.submit': [{ target: 'klar', guard: role('enhetschef') }], ...on(second) },
      },
      klar: { type: 'final', meta: { title: 'Klar' } },
    },
  } as MachineJson;
}

const COMMAND: MandatedCommand = { event: 'lista.registrera', title: 'För in listan', role: 'enhetschef', requiredGuards: [ONCE] };

function check(m: MachineJson, command: MandatedCommand = COMMAND) {
  const skeleton = { processType: 'liten', steps: {}, routes: [], facts: {}, conditional: [], commands: [command] } as LegalSkeleton;
  return commandGuardChecks(buildStateGraph(m), skeleton);
}

describe('commandGuardChecks: the guards and role the skeleton requires on a command', () => {
  it('accepts a command whose every transition carries the guard and the role, inside `all` or not', () => {
    expect(check(machine(all(role('enhetschef'), ONCE), all(all(ONCE), role('enhetschef'))))).toEqual([]);
  });

  it('names the command and the missing guard once, with every state whose transition lacks it', () => {
    expect(check(machine(role('enhetschef'), all(role('enhetschef'), { type: 'annat' })))).toEqual([
      {
        code: 'missing_guard',
        message: 'Kommandot "För in listan" saknar ett lagstadgat villkor: oncePerPerson.',
        states: ['start', 'mitt'],
        event: 'lista.registrera',
      },
    ]);
  });

  it('refuses it given to another role, or to none, in the state where that is so', () => {
    expect(check(machine(all(role('medarbetare'), ONCE), ONCE))).toEqual([
      expect.objectContaining({
        code: 'wrong_role',
        message:
          'Kommandot "För in listan" ska utföras av enhetschef, men definitionen anger medarbetare. ' +
          'Ansvarig roll för ett lagstadgat kommando får inte ändras.',
        states: ['start'],
      }),
      expect.objectContaining({ code: 'wrong_role', message: expect.stringContaining('anger ingen roll.') as string, states: ['mitt'] }),
    ]);
  });

  it('does not ask for a role when the skeleton names none', () => {
    const { role: _role, ...anyRole } = COMMAND;
    expect(check(machine(all(role('medarbetare'), ONCE), undefined), anyRole)).toEqual([]);
  });

  it('refuses a needed command that is gone, and lets an optional one be left out', () => {
    expect(check(machine(undefined, undefined))).toEqual([
      {
        code: 'mandated_command_missing',
        message: 'Kommandot "För in listan" (enhetschef) saknas i processen. Det krävs enligt lag och får inte tas bort.',
      },
    ]);
    expect(check(machine(undefined, undefined), { ...COMMAND, optional: true })).toEqual([]);
    expect(check(machine(undefined, role('enhetschef')), { ...COMMAND, optional: true })).toHaveLength(1);
  });

  it('matches params as a step’s required guards do: a bound accepts a stricter number, not a looser one', () => {
    const bounded = { ...COMMAND, requiredGuards: [{ type: 'hogst', params: { antal: { max: 8 } } }] };
    const withLimit = (n: number) => all(role('enhetschef'), { type: 'hogst', params: { antal: n } });
    expect(check(machine(withLimit(4), withLimit(8)), bounded)).toEqual([]);
    expect(check(machine(withLimit(4), withLimit(16)), bounded).map((v) => v.message)).toEqual([
      'Kommandot "För in listan" saknar ett lagstadgat villkor: hogst (antal högst 8).',
    ]);
  });
});
