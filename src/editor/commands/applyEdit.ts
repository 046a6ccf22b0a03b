import { ROLE_TITLES } from '../../engine/index';
import type { ObligationSpec, ProcessDefinition, StateJson, TransitionJson } from '../../engine/index';
import type { EditCommand } from './EditCommand';
import { allKeys, asList, cloneDefinition, completionTargets, locate, setGuardRole, setList, siblingTransitions } from './machineJson';

export type EditResult = { ok: true; definition: ProcessDefinition } | { ok: false; message: string };

const KEY = /^[a-z][a-z0-9_]*$/;

/**
 * Applies one edit to a draft, purely (the input is not changed). Structural edits keep the machine
 * well-formed; whether the result is lawful is the verifier's verdict, shown live in the editor.
 */
export function applyEdit(input: ProcessDefinition, cmd: EditCommand): EditResult {
  const def = cloneDefinition(input);
  const fail = (message: string): EditResult => ({ ok: false, message });
  const at = (path: string) => locate(def, path);

  switch (cmd.type) {
    case 'setTitle': {
      const s = at(cmd.path);
      if (!s?.state.meta) return fail('Steget finns inte.');
      if (!cmd.title.trim()) return fail('Stegets namn får inte vara tomt.');
      s.state.meta.title = cmd.title.trim();
      return { ok: true, definition: def };
    }
    case 'setHelp': {
      const s = at(cmd.path);
      if (!s?.state.meta) return fail('Steget finns inte.');
      if (cmd.help.trim()) s.state.meta.help = cmd.help.trim();
      else delete s.state.meta.help;
      return { ok: true, definition: def };
    }
    case 'setRole': {
      const s = at(cmd.path);
      if (!s?.state.meta) return fail('Steget finns inte.');
      s.state.meta.role = cmd.role;
      // The step's own completion must name the same role (the loader checks it).
      for (const t of asList(s.state.on?.[`${s.key}.submit`])) setGuardRole(t.guard, cmd.role);
      return { ok: true, definition: def };
    }
    case 'setSla': {
      const s = at(cmd.path);
      if (!s?.state.meta) return fail('Steget finns inte.');
      if (cmd.days !== undefined && (!Number.isInteger(cmd.days) || cmd.days < 1 || cmd.days > 365))
        return fail('Tidskravet ska vara ett helt antal dagar mellan 1 och 365.');
      const metBy = `${s.key}.submit`;
      const list = s.state.meta.obligations ?? [];
      // A step's SLA is its one `sla` obligation (it may be met by a later event, as for the IVO anmälan).
      const idx = list.findIndex((o) => o.kind === 'sla');
      if (cmd.days === undefined) {
        if (idx >= 0) list.splice(idx, 1);
      } else if (idx >= 0) {
        const o = list[idx]!;
        delete o.months;
        o.days = cmd.days;
      } else {
        const added: ObligationSpec = { id: `${s.key}-sla`, title: `${s.state.meta.title} ska göras`, kind: 'sla', from: { entered: true }, days: cmd.days, metBy };
        list.push(added);
      }
      if (list.length) s.state.meta.obligations = list;
      else delete s.state.meta.obligations;
      return { ok: true, definition: def };
    }
    case 'setForm': {
      const s = at(cmd.path);
      if (!s?.state.meta) return fail('Steget finns inte.');
      s.state.meta.form = cmd.form;
      return { ok: true, definition: def };
    }
    case 'putForm': {
      if (cmd.path) {
        const s = at(cmd.path);
        if (!s?.state.meta) return fail('Steget finns inte.');
        s.state.meta.form = cmd.form.id;
      }
      def.forms = { ...(def.forms ?? {}), [cmd.form.id]: structuredClone(cmd.form) };
      return { ok: true, definition: def };
    }
    case 'addStep': {
      const a = at(cmd.after);
      if (!a?.state.meta) return fail('Steget att lägga till efter finns inte.');
      if (!KEY.test(cmd.key)) return fail(`Stegets tekniska namn "${cmd.key}" får bara innehålla a–z, 0–9 och understreck och ska börja med en bokstav.`);
      if (allKeys(def).has(cmd.key)) return fail(`Det finns redan ett steg med det tekniska namnet "${cmd.key}".`);
      if (!cmd.title.trim()) return fail('Det nya steget behöver ett namn.');
      const targets = completionTargets(a.state, a.key);
      if (targets.length !== 1)
        return fail(`"${a.state.meta.title}" har ${targets.length === 0 ? 'inget steg' : 'flera vägar'} efter sig. Lägg till det nya steget efter ett steg med en enda väg vidare.`);
      const next = targets[0]!;
      for (const t of asList(a.state.on?.[`${a.key}.submit`])) if (t.target === next) t.target = cmd.key;
      const step: StateJson = {
        meta: { title: cmd.title.trim(), role: cmd.role, form: cmd.form, ...(cmd.help ? { help: cmd.help } : {}) },
        on: { [`${cmd.key}.submit`]: { target: next, guard: { type: 'isRole', params: { role: cmd.role } }, actions: [{ type: 'recordStep' }] } },
      };
      insertAfter(a.siblings, a.key, cmd.key, step);
      if (cmd.newForm) def.forms = { ...(def.forms ?? {}), [cmd.newForm.id]: structuredClone(cmd.newForm) };
      return { ok: true, definition: def };
    }
    case 'removeStep': {
      const s = at(cmd.path);
      if (!s?.state.meta) return fail('Steget finns inte.');
      const targets = completionTargets(s.state, s.key);
      if (targets.length !== 1) return fail(`"${s.state.meta.title}" har ${targets.length === 0 ? 'ingen väg' : 'flera vägar'} vidare och kan inte tas bort här.`);
      const next = targets[0]!;
      for (const t of siblingTransitions(s.siblings)) if (t.target === s.key) t.target = next;
      if (s.parent.initial === s.key) s.parent.initial = next;
      delete s.siblings[s.key];
      return { ok: true, definition: def };
    }
    case 'moveStep': {
      const s = at(cmd.path);
      if (!s?.state.meta) return fail('Steget finns inte.');
      if (cmd.delta < 0) {
        const before = Object.entries(s.siblings).filter(([k, st]) => k !== s.key && completionTargets(st, k).includes(s.key));
        if (before.length !== 1) return fail(`"${s.state.meta.title}" kan inte flyttas uppåt: det finns ${before.length === 0 ? 'inget' : 'mer än ett'} steg direkt före.`);
        const parentPath = cmd.path.split('.').slice(0, -1);
        return applyEdit(input, { type: 'moveStep', path: [...parentPath, before[0]![0]].join('.'), delta: 1 });
      }
      const [next, ...more] = completionTargets(s.state, s.key);
      const c = next !== undefined ? s.siblings[next] : undefined;
      if (!c || more.length || !c.meta) return fail(`"${s.state.meta.title}" kan inte flyttas nedåt: det finns inget enskilt steg direkt efter.`);
      const [after, ...more2] = completionTargets(c, next!);
      if (after === undefined || more2.length) return fail(`"${s.state.meta.title}" kan inte flyttas förbi "${c.meta.title}", som har ${after === undefined ? 'ingen väg' : 'flera vägar'} vidare.`);
      // A → B → C → D becomes A → C → B → D.
      const bList = asList(s.state.on?.[`${s.key}.submit`]);
      const cList = asList(c.on?.[`${next}.submit`]);
      for (const t of siblingTransitions(s.siblings)) if (t.target === s.key && !bList.includes(t)) t.target = next;
      if (s.parent.initial === s.key) s.parent.initial = next;
      for (const t of cList) t.target = s.key;
      for (const t of bList) t.target = after;
      swapOrder(s.siblings, s.key, next!);
      return { ok: true, definition: def };
    }
    case 'addTransition': {
      const s = at(cmd.source);
      const target = at(cmd.target);
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
    }
    case 'removeTransition': {
      const s = at(cmd.source);
      const list = asList(s?.state.on?.[cmd.event]);
      if (!s || !list[cmd.index]) return fail('Vägen finns inte.');
      setList(s.state.on!, cmd.event, list.filter((_, i) => i !== cmd.index));
      return { ok: true, definition: def };
    }
  }
}

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
