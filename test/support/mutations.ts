import type { ProcessDefinition, StateJson, TransitionJson } from '../../src/engine/index';

type States = Record<string, StateJson>;

/** Every states-object of a machine with its keys, to find and edit a state by key. */
export function allStateMaps(def: ProcessDefinition): States[] {
  const out: States[] = [];
  const walk = (states: States) => {
    out.push(states);
    for (const s of Object.values(states)) if (s.states) walk(s.states);
  };
  walk(def.machine.states);
  return out;
}

function find(def: ProcessDefinition, key: string): { siblings: States; state: StateJson } {
  for (const siblings of allStateMaps(def)) if (siblings[key]) return { siblings, state: siblings[key]! };
  throw new Error(`Inget tillstånd ${key}`);
}

export function transitionsOf(t: TransitionJson | TransitionJson[] | undefined): TransitionJson[] {
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

export function everyTransition(def: ProcessDefinition): TransitionJson[] {
  const out: TransitionJson[] = [];
  for (const siblings of allStateMaps(def))
    for (const s of Object.values(siblings)) {
      for (const t of Object.values(s.on ?? {})) out.push(...transitionsOf(t));
      out.push(...transitionsOf(s.onDone));
    }
  return out;
}

/** Where completing the step leads (the first targeted transition of its submit event). */
function successorOf(state: StateJson, key: string): string {
  const target = transitionsOf(state.on?.[`${key}.submit`]).find((t) => t.target)?.target;
  if (!target) throw new Error(`Steget ${key} leder ingenstans`);
  return target;
}

/** Removes the step and reroutes whatever led to it onto its successor, so the rest still loads. */
export function removeStep(original: ProcessDefinition, key: string): ProcessDefinition {
  const def = structuredClone(original);
  const { siblings, state } = find(def, key);
  const successor = successorOf(state, key);
  delete siblings[key];
  for (const t of everyTransition(def)) {
    if (t.target === key) t.target = successor;
    // An absolute target (`#riskanalys.uppfoljning`) keeps its prefix and moves to the sibling successor.
    else if (t.target?.startsWith('#') && t.target.endsWith(`.${key}`) && !successor.startsWith('#'))
      t.target = `${t.target.slice(0, -key.length)}${successor}`;
  }
  // As the editor would: the step's event and obligations tied to it go with it.
  const event = `${key}.submit`;
  for (const map of allStateMaps(def))
    for (const st of Object.values(map)) {
      if (st.on?.[event]) delete st.on[event];
      if (st.meta?.obligations)
        st.meta.obligations = st.meta.obligations.filter((o) => o.metBy !== event && !('event' in o.from && o.from.event === event));
    }
  for (const s of allStateMaps(def)) for (const st of Object.values(s)) if (st.initial === key) st.initial = successor;
  if (def.machine.initial === key) def.machine.initial = successor;
  return def;
}

/** Adds a new command that leaves the step for its successor without completing it. */
export function bypassStep(original: ProcessDefinition, key: string): ProcessDefinition {
  const def = structuredClone(original);
  const { state } = find(def, key);
  const role = state.meta?.role ?? 'sas';
  def.commands['genvag.forbi'] = { title: 'Genväg förbi steget', form: 'lex-sarah-avslut' };
  state.on = { ...state.on, 'genvag.forbi': { target: successorOf(state, key), guard: { type: 'isRole', params: { role } } } };
  return def;
}

/** Takes the step out of the flow and parks it behind a new final state, where nothing can reach it. */
export function moveAfterFinal(original: ProcessDefinition, key: string): ProcessDefinition {
  const removed = removeStep(original, key);
  const { state } = find(original, key);
  const def = structuredClone(removed);
  const parked = structuredClone(state);
  parked.on = { [`${key}.submit`]: { ...transitionsOf(state.on?.[`${key}.submit`])[0]!, target: 'arkiverad' } };
  def.machine.states['arkiverad'] = { type: 'final', meta: { title: 'Arkiverad' } };
  def.machine.states[key] = parked;
  return def;
}

/** Gives the step (meta and every guard on its transitions) another role. */
export function reRoleStep(original: ProcessDefinition, key: string, role: string): ProcessDefinition {
  const def = structuredClone(original);
  const { state } = find(def, key);
  const from = state.meta!.role;
  state.meta = { ...state.meta!, role: role as never };
  const swap = (g: unknown) => {
    const ref = g as { type: string; params?: Record<string, unknown> } | undefined;
    if (!ref) return;
    if (ref.type === 'isRole' && ref.params && ref.params.role === from) ref.params.role = role;
    if (ref.type === 'all') for (const x of (ref.params?.guards as unknown[]) ?? []) swap(x);
  };
  for (const t of Object.values(state.on ?? {})) for (const x of transitionsOf(t)) swap(x.guard);
  return def;
}
