import type { RoleId, StateMeta } from '../../engine/index';
import type { EditCommand } from '../commands/EditCommand';
import type { Deadline } from './DeadlineFields';

/** What the step's properties form holds. */
export interface StepPropertyValues {
  title: string;
  role: RoleId | '';
  help: string;
  deadline: Deadline;
}

/** The form's values as they stand in the draft. */
export function valuesOf(meta: StateMeta): StepPropertyValues {
  const sla = meta.obligations?.find((o) => o.kind === 'sla');
  return {
    title: meta.title ?? '',
    role: meta.role ?? '',
    help: meta.help ?? '',
    deadline: { days: sla?.days !== undefined ? String(sla.days) : '', working: sla?.workingDays === true, wording: sla?.title ?? '' },
  };
}

/** The edits one save makes (only what changed), or the Swedish reason the deadline cannot be read. */
export function propertyEdits(path: string, meta: StateMeta, v: StepPropertyValues): EditCommand[] | string {
  const sla = meta.obligations?.find((o) => o.kind === 'sla');
  const cmds: EditCommand[] = [];
  if (v.title.trim() !== meta.title) cmds.push({ type: 'setTitle', path, title: v.title });
  if (v.role && v.role !== meta.role) cmds.push({ type: 'setRole', path, role: v.role });
  if (v.help.trim() !== (meta.help ?? '')) cmds.push({ type: 'setHelp', path, help: v.help });
  const { days, working, wording } = v.deadline;
  const d = days.trim() === '' ? undefined : Number(days);
  const reworded = d !== undefined && wording.trim() !== '' && wording.trim() !== (sla?.title ?? '');
  if (d !== sla?.days || (d !== undefined && working !== (sla?.workingDays === true)) || reworded) {
    if (d !== undefined && !Number.isInteger(d)) return 'Tidskravet ska anges som ett helt antal dagar, till exempel 7.';
    cmds.push({ type: 'setSla', path, days: d, ...(working ? { workingDays: true } : {}), ...(reworded ? { title: wording } : {}) });
  }
  return cmds;
}
