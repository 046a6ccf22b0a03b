import { assign, createActor, setup } from 'xstate';
import type { AnyActorScope, AnyStateMachine } from 'xstate';
import type { NamedRef, ProcessDefinition } from '../model/ProcessDefinition';
import type { ArendeContext, MachineEvent } from '../model/ArendeContext';
import { emptyContext } from '../model/ArendeContext';
import { ACTIONS } from './actions';
import type { GuardTable } from './guardTable';

/** The part of an XState snapshot the engine relies on. */
export interface ArendeSnapshot {
  readonly value: unknown;
  readonly context: ArendeContext;
  readonly status: 'active' | 'done' | 'error' | 'stopped';
  can(event: MachineEvent): boolean;
}

/** A definition made executable: the XState machine and a pure step function over snapshots. */
export interface CompiledMachine {
  machine: AnyStateMachine;
  initial(): ArendeSnapshot;
  /** Pure: next snapshot for an event (the input snapshot is not changed). */
  step(snapshot: ArendeSnapshot, event: MachineEvent): ArendeSnapshot;
  /** A snapshot at a given state value with a given context (for migrating an ärende between versions). */
  resolve(value: unknown, context: ArendeContext): ArendeSnapshot;
}

// XState's guard functions, once per guard table (one per pack registry).
const IMPLS = new WeakMap<GuardTable, Record<string, unknown>>();
function guardImplsOf(guards: GuardTable): Record<string, unknown> {
  let impls = IMPLS.get(guards);
  if (!impls) {
    impls = Object.fromEntries(
      Object.entries(guards).map(([name, g]) => [
        name,
        ({ context, event }: { context: ArendeContext; event: MachineEvent }, params: unknown) =>
          g.test(context, event, (params ?? {}) as Record<string, unknown>),
      ]),
    );
    IMPLS.set(guards, impls);
  }
  return impls;
}

const actionImpls = Object.fromEntries(
  Object.entries(ACTIONS).map(([name, a]) => [
    name,
    assign(({ context, event }: { context: ArendeContext; event: MachineEvent }, params: unknown) =>
      a.apply(context, event, (params ?? {}) as Record<string, unknown>),
    ),
  ]),
);

/** Builds the XState machine for a (validated) definition; guards come from the table, actions from the library. */
export function buildMachine(definition: ProcessDefinition, guards: GuardTable): CompiledMachine {
  const machine = setup({
    types: { context: {} as ArendeContext, events: {} as MachineEvent },
    guards: guardImplsOf(guards) as never,
    actions: actionImpls as never,
  }).createMachine({ ...(definition.machine as object), context: emptyContext() } as never) as unknown as AnyStateMachine;

  // A reusable inert scope (as xstate's own `transition()` builds per call): our machines spawn
  // no actors and have no side effects, so one scope serves every pure step.
  const self = createActor(machine);
  const scope = {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as AnyActorScope;

  return {
    machine,
    initial: () => machine.getInitialSnapshot(scope) as unknown as ArendeSnapshot,
    step: (snapshot, event) => machine.transition(snapshot as never, event, scope) as unknown as ArendeSnapshot,
    resolve: (value, context) => machine.resolveState({ value: value as never, context }) as unknown as ArendeSnapshot,
  };
}

/** Every named reference used by a guard (leaves of `all` included). */
export function collectGuardRefs(guard: NamedRef | undefined, into: NamedRef[] = []): NamedRef[] {
  if (!guard) return into;
  into.push(guard);
  if (guard.type === 'all') for (const g of (guard.params?.guards as NamedRef[]) ?? []) collectGuardRefs(g, into);
  return into;
}
