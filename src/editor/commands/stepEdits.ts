import type { ObligationSpec } from '../../engine/index';
import type { EditHandler } from './EditResult';
import { fail } from './EditResult';
import { asList, locate, setGuardRole } from './machineJson';

// A step's own properties: its name, help text, role, SLA and form. The step must exist and be one with meta.

export const setTitle: EditHandler<'setTitle'> = (def, cmd) => {
  const s = locate(def, cmd.path);
  if (!s?.state.meta) return fail('Steget finns inte.');
  if (!cmd.title.trim()) return fail('Stegets namn får inte vara tomt.');
  s.state.meta.title = cmd.title.trim();
  return { ok: true, definition: def };
};

export const setHelp: EditHandler<'setHelp'> = (def, cmd) => {
  const s = locate(def, cmd.path);
  if (!s?.state.meta) return fail('Steget finns inte.');
  if (cmd.help.trim()) s.state.meta.help = cmd.help.trim();
  else delete s.state.meta.help;
  return { ok: true, definition: def };
};

export const setRole: EditHandler<'setRole'> = (def, cmd) => {
  const s = locate(def, cmd.path);
  if (!s?.state.meta) return fail('Steget finns inte.');
  s.state.meta.role = cmd.role;
  // The step's own completion must name the same role (the loader checks it).
  for (const t of asList(s.state.on?.[`${s.key}.submit`])) setGuardRole(t.guard, cmd.role);
  return { ok: true, definition: def };
};

export const setSla: EditHandler<'setSla'> = (def, cmd) => {
  const s = locate(def, cmd.path);
  if (!s?.state.meta) return fail('Steget finns inte.');
  if (cmd.days !== undefined && (!Number.isInteger(cmd.days) || cmd.days < 1 || cmd.days > 365))
    return fail('Tidskravet ska vara ett helt antal dagar mellan 1 och 365.');
  const wording = cmd.title?.trim();
  if (cmd.title !== undefined && (!wording || wording.length > 200))
    return fail('Tidskravets text ska säga vad som ska göras, till exempel "Återkoppling ska ges", med högst 200 tecken.');
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
    if (cmd.workingDays) o.workingDays = true;
    else delete o.workingDays;
    if (wording) o.title = wording;
  } else {
    const added: ObligationSpec = {
      id: `${s.key}-sla`,
      title: wording ?? `${s.state.meta.title} ska göras`,
      kind: 'sla',
      from: { entered: true },
      days: cmd.days,
      ...(cmd.workingDays ? { workingDays: true } : {}),
      metBy,
    };
    list.push(added);
  }
  if (list.length) s.state.meta.obligations = list;
  else delete s.state.meta.obligations;
  return { ok: true, definition: def };
};

export const setForm: EditHandler<'setForm'> = (def, cmd) => {
  const s = locate(def, cmd.path);
  if (!s?.state.meta) return fail('Steget finns inte.');
  s.state.meta.form = cmd.form;
  return { ok: true, definition: def };
};

export const putForm: EditHandler<'putForm'> = (def, cmd) => {
  if (cmd.path) {
    const s = locate(def, cmd.path);
    if (!s?.state.meta) return fail('Steget finns inte.');
    s.state.meta.form = cmd.form.id;
  }
  def.forms = { ...(def.forms ?? {}), [cmd.form.id]: structuredClone(cmd.form) };
  return { ok: true, definition: def };
};
