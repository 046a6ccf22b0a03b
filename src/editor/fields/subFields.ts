import type { FormSpec } from '../../engine/index';
import { addField } from './addField';
import { optionValueFrom } from './fieldNameFrom';
import { copyForm, labelOf, propertiesOf } from './formCopy';
import type { EditResult, FieldDraft, ReadField } from './fieldTypes';
import { isJsonObject } from './jsonValues';
import type { JsonObject } from './jsonValues';
import { readFields } from './readFields';
import { removeField } from './removeField';
import { updateField } from './updateField';

/** A group of fields or a list of rows: its inner fields read and changed as a form of their own. */
export interface Container {
  name: string;
  label: string;
  kind: 'group' | 'list';
  /** The inner object schema (the group, or one row of the list) and its uiSchema, as a form. */
  inner: FormSpec;
}

/** The group or list of rows `name` of the form, or undefined when the field is neither. */
export function containerOf(form: FormSpec, name: string): Container | undefined {
  const property = propertiesOf(form.schema)[name];
  if (!isJsonObject(property)) return undefined;
  const ui = isJsonObject(form.ui?.[name]) ? form.ui[name] : {};
  const label = labelOf(form.schema, name);
  if (property.type === 'object' && isJsonObject(property.properties))
    return { name, label, kind: 'group', inner: { id: form.id, schema: property, ui } };
  const items = property.items;
  if (property.type === 'array' && isJsonObject(items) && items.type === 'object' && isJsonObject(items.properties))
    return { name, label, kind: 'list', inner: { id: form.id, schema: items, ui: isJsonObject(ui.items) ? ui.items : {} } };
  return undefined;
}

/** Every group and list of rows of the form, in the form's order (`fields`: the form's fields, when already read). */
export function containersOf(form: FormSpec, fields: readonly ReadField[] = readFields(form)): Container[] {
  return fields.flatMap((f) => {
    const c = f.type === 'other' ? containerOf(form, f.name) : undefined;
    return c ? [c] : [];
  });
}

/** The inner fields of a group or a list's row, in their order. */
export function partsOf(container: Container): ReadField[] {
  return readFields(container.inner);
}

/** The inner fields that came with the form (in `original`, the form this one was copied from): never removed here. */
export function originalParts(original: FormSpec | undefined, name: string): ReadonlySet<string> {
  const c = original ? containerOf(original, name) : undefined;
  return new Set(c ? partsOf(c).map((p) => p.name) : []);
}

/** Writes a changed inner form back into its group or list, keeping everything else of the property. */
function writeBack(form: FormSpec, c: Container, inner: FormSpec): FormSpec {
  const copy = copyForm(form);
  const old = copy.properties[c.name] as JsonObject;
  const own = copy.ui[c.name];
  const ui: JsonObject = isJsonObject(own) ? { ...own } : {};
  if (c.kind === 'group') {
    copy.properties[c.name] = inner.schema;
    copy.ui[c.name] = { ...ui, ...(inner.ui ?? {}) };
  } else {
    copy.properties[c.name] = { ...old, items: inner.schema };
    copy.ui[c.name] = { ...ui, items: inner.ui ?? {} };
  }
  return copy.form;
}

/**
 * Adds a local field to a group, or a column to a list of rows: the group's or list's own parts (the law-bound ones
 * among them) stay as they are. Refuses, in Swedish, what `addField` refuses and a field that is neither.
 */
export function addSubField(form: FormSpec, name: string, draft: FieldDraft): EditResult {
  const c = containerOf(form, name);
  if (!c) return { ok: false, message: `Fältet "${labelOf(form.schema, name)}" är ingen grupp eller lista med rader.` };
  const result = addField(c.inner, draft, new Set());
  return result.ok ? { ok: true, form: writeBack(form, c, result.form) } : result;
}

/** Removes a field added locally to a group or list; a part the form came with (`original`) is refused. */
export function removeSubField(form: FormSpec, name: string, part: string, original: FormSpec | undefined): EditResult {
  const c = containerOf(form, name);
  if (!c) return { ok: false, message: `Fältet "${labelOf(form.schema, name)}" är ingen grupp eller lista med rader.` };
  const fixed = originalParts(original, name);
  if (fixed.has(part) || !original)
    return {
      ok: false,
      message:
        `"${labelOf(c.inner.schema, part)}" hör till "${c.label}" som formuläret kom med och kan inte tas bort. ` +
        'Bara fält som lagts till här kan tas bort.',
    };
  const result = removeField(c.inner, part, new Set());
  return result.ok ? { ok: true, form: writeBack(form, c, result.form) } : result;
}

/**
 * Adds an alternative to a choice inside a group or list of rows (e.g. a new "Funktion" for a participant): the
 * alternatives already there, law-bound ones included, are kept as they are. Refuses, in Swedish, an empty or taken one.
 */
export function addSubOption(form: FormSpec, name: string, part: string, label: string): EditResult {
  const c = containerOf(form, name);
  const field = c ? partsOf(c).find((p) => p.name === part) : undefined;
  if (!c || !field || (field.type !== 'choice' && field.type !== 'multichoice'))
    return { ok: false, message: `"${labelOf(form.schema, name)}" har inget sådant val att lägga till alternativ i.` };
  const text = label.trim();
  const options = field.options ?? [];
  if (!text) return { ok: false, message: `Skriv texten för det nya alternativet i "${field.label}".` };
  if (options.some((o) => o.label.toLowerCase() === text.toLowerCase()))
    return { ok: false, message: `"${field.label}" har redan alternativet "${text}".` };
  const value = optionValueFrom(text, new Set(options.map((o) => o.value)));
  const result = updateField(c.inner, part, { ...field, options: [...options, { value, label: text }] }, new Set());
  return result.ok ? { ok: true, form: writeBack(form, c, result.form) } : result;
}
