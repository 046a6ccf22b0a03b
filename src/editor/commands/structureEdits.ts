import { ROLE_TITLES } from '../../engine/index';
import type { StateJson, TransitionJson } from '../../engine/index';
import type { EditHandler, EditResult } from './EditResult';
import { fail } from './EditResult';
import { allKeys, asList, completionTargets, locate, setList, siblingTransitions } from './machineJson';

// The process's structure: steps added after one with a single way on, removed, moved past a neighbour; routes added and removed.

const KEY = /^[a-z][a-z0-9_]*$/;

export const addStep: EditHandler<'addStep'> = (def, cmd) => {
  const a = locate(def, cmd.after);
  if (!a?.state.meta) return fail('Steget att lägga till efter finns inte.');
  if (!KEY.test(cmd.key))
    return fail(`Stegets tekniska namn "${cmd.key}" får bara innehålla a–z, 0–9 och understreck och ska börja med en bokstav.`);
  if (allKeys(def).has(cmd.key)) return fail(`Det finns redan ett steg med det tekniska namnet "${cmd.key}".`);
  if (!cmd.title.trim()) return fail('Det nya steget behöver ett namn.');
  const targets = completionTargets(a.state, a.key);
  if (targets.length === 0) return fail(`"${a.state.meta.title}" har inget steg efter sig att lägga det nya steget före.`);
  // Where the step has several ways on, the new step goes on the one chosen: the others stay as they are.
  const next = cmd.onPathTo ?? (targets.length === 1 ? targets[0] : undefined);
  if (next === undefined) return fail(`"${a.state.meta.title}" har flera vägar vidare. Välj på vilken väg det nya steget ska ligga.`);
  if (!targets.includes(next)) return fail(`"${a.state.meta.title}" har ingen väg till det valda steget.`);
  for (const t of asList(a.state.on?.[`${a.key}.submit`])) if (t.target === next) t.target = cmd.key;
  const step: StateJson = {
    meta: { title: cmd.title.trim(), role: cmd.role, form: cmd.form, ...(cmd.help ? { help: cmd.help } : {}) },
    on: {
      [`${cmd.key}.submit`]: { target: next, guard: { type: 'isRole', params: { role: cmd.role } }, actions: [{ type: 'recordStep' }] },
    },
  };
  insertAfter(a.siblings, a.key, cmd.key, step);
  if (cmd.newForm) def.forms = { ...(def.forms ?? {}), [cmd.newForm.id]: structuredClone(cmd.newForm) };
  return { ok: true, definition: def };
};

export const removeStep: EditHandler<'removeStep'> = (def, cmd) => {
  const s = locate(def, cmd.path);
  if (!s?.state.meta) return fail('Steget finns inte.');
  const targets = completionTargets(s.state, s.key);
  if (targets.length !== 1)
    return fail(`"${s.state.meta.title}" har ${targets.length === 0 ? 'ingen väg' : 'flera vägar'} vidare och kan inte tas bort här.`);
  const next = targets[0]!;
  for (const t of siblingTransitions(s.siblings)) if (t.target === s.key) t.target = next;
  if (s.parent.initial === s.key) s.parent.initial = next;
  delete s.siblings[s.key];
  return { ok: true, definition: def };
};

/** Moving up is moving the step before it down: A → B → C → D becomes A → C → B → D. */
export const moveStep =
  (moveUp: (path: string) => EditResult): EditHandler<'moveStep'> =>
  (def, cmd) => {
    const s = locate(def, cmd.path);
    if (!s?.state.meta) return fail('Steget finns inte.');
    if (cmd.delta < 0) {
      const before = Object.entries(s.siblings).filter(([k, st]) => k !== s.key && completionTargets(st, k).includes(s.key));
      if (before.length !== 1)
        return fail(
          `"${s.state.meta.title}" kan inte flyttas uppåt: det finns ${before.length === 0 ? 'inget' : 'mer än ett'} steg direkt före.`,
        );
      return moveUp([...cmd.path.split('.').slice(0, -1), before[0]![0]].join('.'));
    }
    const [next, ...more] = completionTargets(s.state, s.key);
    const c = next !== undefined ? s.siblings[next] : undefined;
    if (!c || more.length || !c.meta)
      return fail(`"${s.state.meta.title}" kan inte flyttas nedåt: det finns inget enskilt steg direkt efter.`);
    const [after, ...more2] = completionTargets(c, next!);
    if (after === undefined || more2.length)
      return fail(
        `"${s.state.meta.title}" kan inte flyttas förbi "${c.meta.title}", som har ${after === undefined ? 'ingen väg' : 'flera vägar'} ` +
          `vidare.`,
      );
    const bList = asList(s.state.on?.[`${s.key}.submit`]);
    const cList = asList(c.on?.[`${next}.submit`]);
    for (const t of siblingTransitions(s.siblings)) if (t.target === s.key && !bList.includes(t)) t.target = next;
    if (s.parent.initial === s.key) s.parent.initial = next;
    for (const t of cList) t.target = s.key;
    for (const t of bList) t.target = after;
    swapOrder(s.siblings, s.key, next!);
    return { ok: true, definition: def };
  };

export const addTransition: EditHandler<'addTransition'> = (def, cmd) => {
  const s = locate(def, cmd.source);
  const target = locate(def, cmd.target);
  if (!s?.state.meta?.role || !target) return fail('Vägen behöver ett steg att gå från och ett steg att gå till.');
  const event = `${s.key}.submit`;
  const sameParent = cmd.source.split('.').slice(0, -1).join('.') === cmd.target.split('.').slice(0, -1).join('.');
  // The new route keeps the step's own conditions (role, jäv, legal guards): it changes only where the step leads.
  const existing = asList(s.state.on?.[event])[0];
  const t: TransitionJson = {
    target: sameParent ? target.key : `#${def.machine.id}.${cmd.target}`,
    guard: existing?.guard ? structuredClone(existing.guard) : { type: 'isRole', params: { role: s.state.meta.role } },
    actions: existing?.actions ? structuredClone(existing.actions) : [{ type: 'recordStep' }],
    description: `Tillagd väg till ${target.state.meta?.title ?? target.key} (${ROLE_TITLES[s.state.meta.role]})`,
  };
  s.state.on ??= {};
  // First in the list: XState takes the first enabled transition, so the new route is the one used.
  setList(s.state.on, event, [t, ...asList(s.state.on[event])]);
  return { ok: true, definition: def };
};

export const removeTransition: EditHandler<'removeTransition'> = (def, cmd) => {
  const s = locate(def, cmd.source);
  const list = asList(s?.state.on?.[cmd.event]);
  if (!s || !list[cmd.index]) return fail('Vägen finns inte.');
  setList(
    s.state.on!,
    cmd.event,
    list.filter((_, i) => i !== cmd.index),
  );
  return { ok: true, definition: def };
};

/** Inserts a state right after another in document order (the outline and the graph follow it). */
function insertAfter(siblings: Record<string, StateJson>, after: string, key: string, state: StateJson): void {
  const entries = Object.entries(siblings);
  for (const k of Object.keys(siblings)) delete siblings[k];
  for (const [k, v] of entries) {
    siblings[k] = v;
    if (k === after) siblings[key] = state;
  }
}

function swapOrder(siblings: Record<string, StateJson>, a: string, b: string): void {
  const entries = Object.entries(siblings);
  const ia = entries.findIndex(([k]) => k === a);
  const ib = entries.findIndex(([k]) => k === b);
  [entries[ia], entries[ib]] = [entries[ib]!, entries[ia]!];
  for (const k of Object.keys(siblings)) delete siblings[k];
  for (const [k, v] of entries) siblings[k] = v;
}
