import { leafGuards, requiredRoleOf } from '../behaviour/guards';
import type { GraphTransition, StateGraph } from '../definition/StateGraph';
import type { LegalSkeleton, MandatedCommand } from '../model/LegalSkeleton';
import { ROLE_TITLES } from '../model/Role';
import { guardMatches, guardName } from './guardMatch';
import type { Violation } from './Violation';

/** The guards the command lacks somewhere, each with the states whose transition lacks it (one finding per guard). */
function missingGuards(command: MandatedCommand, transitions: readonly GraphTransition[]): Violation[] {
  return command.requiredGuards.flatMap((wanted): Violation[] => {
    const states = transitions.filter((t) => !leafGuards(t.guard).some((g) => guardMatches(g, wanted))).map((t) => t.source);
    if (states.length === 0) return [];
    return [
      {
        code: 'missing_guard',
        message: `Kommandot "${command.title}" saknar ett lagstadgat villkor: ${guardName(wanted)}.`,
        states: [...new Set(states)],
        event: command.event,
      },
    ];
  });
}

/** The command given to another role (or to none) somewhere: one finding per role the definition names instead. */
function wrongRoles(command: MandatedCommand, transitions: readonly GraphTransition[]): Violation[] {
  const role = command.role;
  if (!role) return [];
  const byRole = new Map<string, string[]>();
  for (const t of transitions) {
    const actual = requiredRoleOf(t.guard);
    if (actual === role) continue;
    const named = actual ? ROLE_TITLES[actual] : 'ingen roll';
    byRole.set(named, [...(byRole.get(named) ?? []), t.source]);
  }
  return [...byRole].map(([named, states]) => ({
    code: 'wrong_role',
    message:
      `Kommandot "${command.title}" ska utföras av ${ROLE_TITLES[role]}, men definitionen anger ${named}. ` +
      `Ansvarig roll för ett lagstadgat kommando får inte ändras.`,
    states: [...new Set(states)],
    event: command.event,
  }));
}

/**
 * The skeleton's commands (`LegalSkeleton.commands`): a needed one exists, and every transition of each carries the
 * law's guards and its role. A step's `requiredGuards` cannot say this: a command need not change the state.
 */
export function commandGuardChecks(graph: StateGraph, skeleton: LegalSkeleton): Violation[] {
  return (skeleton.commands ?? []).flatMap((command): Violation[] => {
    const transitions = graph.transitions.filter((t) => t.event === command.event);
    if (transitions.length === 0 && !command.optional) {
      const role = command.role ? ` (${ROLE_TITLES[command.role]})` : '';
      return [
        {
          code: 'mandated_command_missing',
          message: `Kommandot "${command.title}"${role} saknas i processen. Det krävs enligt lag och får inte tas bort.`,
        },
      ];
    }
    return [...missingGuards(command, transitions), ...wrongRoles(command, transitions)];
  });
}
