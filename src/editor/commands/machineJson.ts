import type { NamedRef, ProcessDefinition, StateJson, TransitionJson } from '../../engine/index';

/** Deep copy of a definition (JSON data only), so every edit returns a new value. */
export function cloneDefinition(def: ProcessDefinition): ProcessDefinition {
  return structuredClone(def);
}

/** The state at a dotted path, with its parent's `states` record and its own key. */
export function locate(
  def: ProcessDefinition,
  path: string,
): { state: StateJson; siblings: Record<string, StateJson>; parent: StateJson; key: string } | undefined {
  const parts = path.split('.');
  let parent: StateJson = def.machine;
  for (let i = 0; i < parts.length; i++) {
    const siblings = parent.states;
    const state = siblings?.[parts[i]!];
    if (!siblings || !state) return undefined;
    if (i === parts.length - 1) return { state, siblings, parent, key: parts[i]! };
    parent = state;
  }
  return undefined;
}

export function asList(t: TransitionJson | TransitionJson[] | undefined): TransitionJson[] {
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** Writes a transition list back in XState's shape: one object, or an array for alternatives. */
export function setList(on: Record<string, TransitionJson | TransitionJson[]>, event: string, list: TransitionJson[]): void {
  if (list.length === 0) delete on[event];
  else on[event] = list.length === 1 ? list[0]! : list;
}

/** Every transition list in a record of sibling states (incl. onDone), for retargeting. */
export function siblingTransitions(siblings: Record<string, StateJson>): TransitionJson[] {
  const out: TransitionJson[] = [];
  for (const s of Object.values(siblings)) {
    for (const list of Object.values(s.on ?? {})) out.push(...asList(list));
    out.push(...asList(s.onDone));
  }
  return out;
}

/** Distinct sibling targets of a step's completion (`<key>.submit`). */
export function completionTargets(state: StateJson, key: string): string[] {
  return [
    ...new Set(
      asList(state.on?.[`${key}.submit`])
        .map((t) => t.target)
        .filter((t): t is string => t !== undefined),
    ),
  ];
}

/** Sets the role of every `isRole` leaf in a guard (the guard is edited in place). */
export function setGuardRole(guard: NamedRef | undefined, role: string): void {
  if (!guard) return;
  if (guard.type === 'isRole') guard.params = { ...guard.params, role };
  if (guard.type === 'all') for (const g of (guard.params?.guards as NamedRef[] | undefined) ?? []) setGuardRole(g, role);
}

/** Every state key in the machine (keys of steps must be unique). */
export function allKeys(def: ProcessDefinition): Set<string> {
  const keys = new Set<string>();
  const visit = (states: Record<string, StateJson>) => {
    for (const [k, s] of Object.entries(states)) {
      keys.add(k);
      if (s.states) visit(s.states);
    }
  };
  visit(def.machine.states);
  return keys;
}
