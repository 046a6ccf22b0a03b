import { ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { FormSpec } from '../model/ProcessCatalog';
import type { ObligationSpec, StateMeta } from '../model/ProcessDefinition';
import { quotedList } from './diffPlaces';
import type { DefinitionChange } from './DefinitionChange';

/** A form by id: the version's own forms first, then the catalog's. */
export type FormLookup = (id: string | undefined) => FormSpec | undefined;

export const roleTitle = (r: RoleId | undefined) => (r ? ROLE_TITLES[r] : 'ingen roll');

/** A deadline as the editor states it: "3 arbetsdagar", "1 kalenderdag", "6 månader". */
export function slaText(o: ObligationSpec): string {
  const n = o.days ?? o.months ?? 0;
  const unit = o.days === undefined ? 'månad' : o.workingDays ? 'arbetsdag' : 'kalenderdag';
  return `${n} ${unit}${n === 1 ? '' : unit === 'månad' ? 'er' : 'ar'}`;
}

type Fields = Map<string, { title: string; required: boolean }>;

function fields(form: FormSpec | undefined): Fields {
  const props = (form?.schema.properties ?? {}) as Record<string, { title?: string }>;
  const required = new Set((form?.schema.required as string[] | undefined) ?? []);
  // A field without a title is named by its position, never by its key (keys are technical names).
  return new Map(Object.entries(props).map(([k, p], i) => [k, { title: p.title ?? `fält ${i + 1}`, required: required.has(k) }]));
}

const formTitle = (form: FormSpec | undefined) => (form ? String(form.schema.title ?? 'ett formulär utan namn') : 'inget');

/** What a new step asks for: its form's fields (required ones marked), its deadline and its help text. */
export function newStepDetails(path: string, title: string, meta: StateMeta | undefined, forms: FormLookup): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const list = [...fields(forms(meta?.form)).values()].map((f) => `"${f.title}"${f.required ? ' (obligatoriskt)' : ''}`);
  if (list.length) changes.push({ kind: 'field', path, text: `I steget "${title}" fylls i: ${list.join(', ')}.` });
  for (const o of meta?.obligations ?? [])
    changes.push({ kind: 'sla', path, text: `Tidskrav för "${title}": ${slaText(o)}, med texten "${o.title}".` });
  if (meta?.help) changes.push({ kind: 'step_changed', path, text: `Hjälptext för "${title}": "${meta.help}".` });
  return changes;
}

/** A step kept in both versions: its title, role, help text and mandated flag. */
export function metaChanges(path: string, oldTitle: string, title: string, ma?: StateMeta, mb?: StateMeta): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const change = (kind: DefinitionChange['kind'], text: string) => changes.push({ kind, path, text });
  if (oldTitle !== title) change('step_changed', `Steget "${oldTitle}" heter nu "${title}".`);
  if (ma?.role !== mb?.role)
    change('step_changed', `Ansvarig för "${title}" har ändrats från ${roleTitle(ma?.role)} till ${roleTitle(mb?.role)}.`);
  const [ha, hb] = [ma?.help?.trim() ?? '', mb?.help?.trim() ?? ''];
  if (ha !== hb)
    change(
      'help',
      !ha
        ? `Hjälptext har lagts till för "${title}": "${hb}".`
        : !hb
          ? `Hjälptexten för "${title}" har tagits bort. Den löd: "${ha}".`
          : `Hjälptexten för "${title}" har ändrats från "${ha}" till "${hb}".`,
    );
  if (!!ma?.mandatedStep !== !!mb?.mandatedStep)
    change('step_changed', `"${title}" är ${mb?.mandatedStep ? 'nu' : 'inte längre'} markerat som obligatoriskt steg.`);
  return changes;
}

/** Another form for the step, by its title; a new version of the same form is named as such (its fields follow). */
export function formChange(path: string, title: string, a: FormSpec | undefined, b: FormSpec | undefined): DefinitionChange[] {
  if (a?.id === b?.id) return [];
  const text =
    formTitle(a) === formTitle(b)
      ? `Formuläret för "${title}" har en ny version.`
      : `Steget "${title}" använder nu formuläret "${formTitle(b)}" i stället för "${formTitle(a)}".`;
  return [{ kind: 'field', path, text }];
}

/** The step's form fields added, renamed, made required or optional, and removed. */
export function fieldChanges(path: string, title: string, a: FormSpec | undefined, b: FormSpec | undefined): DefinitionChange[] {
  const [fa, fb] = [fields(a), fields(b)];
  const changes: DefinitionChange[] = [];
  const change = (text: string) => changes.push({ kind: 'field', path, text });
  const added = [...fb].filter(([k]) => !fa.has(k)).map(([, f]) => `"${f.title}"${f.required ? ' (obligatoriskt)' : ''}`);
  if (added.length) change(`${added.length === 1 ? 'Fältet' : 'Fälten'} ${added.join(', ')} har lagts till i "${title}".`);
  for (const [k, f] of fb) {
    const before = fa.get(k);
    if (!before) continue;
    if (before.title !== f.title) change(`Fältet "${before.title}" i "${title}" heter nu "${f.title}".`);
    if (before.required !== f.required) change(`Fältet "${f.title}" i "${title}" är nu ${f.required ? 'obligatoriskt' : 'frivilligt'}.`);
  }
  const removed = [...fa].filter(([k]) => !fb.has(k)).map(([, f]) => f.title);
  if (removed.length) change(`${removed.length === 1 ? 'Fältet' : 'Fälten'} ${quotedList(removed)} har tagits bort från "${title}".`);
  return changes;
}

/** The step's deadlines added, changed (number, kind of days, wording) and removed. */
export function slaChanges(
  path: string,
  title: string,
  before: readonly ObligationSpec[],
  after: readonly ObligationSpec[],
): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const change = (text: string) => changes.push({ kind: 'sla', path, text });
  const sa = new Map(before.map((o) => [o.id, o]));
  const sb = new Map(after.map((o) => [o.id, o]));
  for (const [id, o] of sb) {
    const old = sa.get(id);
    if (!old) change(`Tidskravet "${o.title}" (${slaText(o)}) har lagts till för "${title}".`);
    else {
      if (slaText(old) !== slaText(o)) change(`Tidskravet för "${title}" har ändrats från ${slaText(old)} till ${slaText(o)}.`);
      if (old.title !== o.title) change(`Tidskravets text för "${title}" har ändrats från "${old.title}" till "${o.title}".`);
    }
  }
  for (const [id, o] of sa) if (!sb.has(id)) change(`Tidskravet "${o.title}" för "${title}" har tagits bort.`);
  return changes;
}
