import type { FormSpec } from '../../engine/index';
import { conditionalReferences } from './conditionalFields';
import { copyForm, hasField, labelOf, propertiesOf, requiredNames, setRequired, setWidget } from './formCopy';
import type { EditResult, FieldDraft, FieldOption } from './fieldTypes';
import { hasOptions } from './fieldTypes';
import { isJsonObject, sameJson } from './jsonValues';
import type { JsonObject } from './jsonValues';
import { helpOf, oneOfFrom, propertyShape, propertySchemaFor, widgetFor, withHeadKeys } from './propertySchema';
import { shownWhenOf, writeShownWhen } from './shownWhen';
import { shownWhenProblems } from './shownWhenProblems';
import { draftProblems } from './validateDraft';

/** Why an update is refused by the law or by the form's conditions, or undefined when it is allowed. */
function refusal(
  form: FormSpec,
  name: string,
  draft: FieldDraft,
  oldType: string,
  oldOptions: readonly FieldOption[],
  locked: ReadonlySet<string>,
): string | undefined {
  const label = labelOf(form.schema, name);
  const isLocked = locked.has(name);
  const conditions = conditionalReferences(form.schema);
  const inCondition = conditions.has(name);
  if (draft.name !== name) {
    if (isLocked) return `Fältet "${label}" krävs enligt lag och kan inte byta tekniskt namn.`;
    if (inCondition) return `Fältet "${label}" används i ett villkor i formuläret och kan inte byta tekniskt namn.`;
  }
  if (draft.type !== oldType) {
    if (isLocked) return `Fältet "${label}" krävs enligt lag och kan inte byta typ.`;
    if (inCondition) return `Fältet "${label}" används i ett villkor i formuläret och kan inte byta typ.`;
  }
  if (isLocked && !draft.required && requiredNames(form.schema).includes(name))
    return `Fältet "${label}" krävs enligt lag och kan inte göras frivilligt.`;
  if (draft.type === oldType && hasOptions(draft.type)) {
    const kept = new Set((draft.options ?? []).map((o) => o.value));
    const compared = conditions.get(name) ?? [];
    for (const option of oldOptions) {
      if (kept.has(option.value)) continue;
      if (isLocked) return `Fältet "${label}" krävs enligt lag: alternativet "${option.label}" kan inte tas bort.`;
      if (compared.includes(option.value))
        return `Alternativet "${option.label}" i fältet "${label}" används i ett villkor i formuläret och kan inte tas bort.`;
    }
  }
  return undefined;
}

/** The changed property when the type stays: title, description, alternatives and minItems only. */
function amended(old: JsonObject, draft: FieldDraft, oldOptions: readonly FieldOption[], wasRequired: boolean): JsonObject {
  const property: JsonObject = { ...old, title: draft.label.trim() };
  const help = helpOf(draft);
  if (help !== undefined) property.description = help;
  else delete property.description;
  const options = draft.options ?? [];
  if (draft.type === 'choice' && !sameJson(options, oldOptions)) {
    delete property.enum;
    property.oneOf = oneOfFrom(options);
  }
  if (draft.type === 'multichoice') {
    if (!sameJson(options, oldOptions)) {
      const items: JsonObject = isJsonObject(old.items) ? { ...old.items } : { type: 'string' };
      delete items.enum;
      items.oneOf = oneOfFrom(options);
      property.items = items;
    }
    if (draft.required && !wasRequired && !(typeof old.minItems === 'number' && old.minItems >= 1)) property.minItems = 1;
    if (!draft.required && wasRequired && typeof old.minItems === 'number' && old.minItems >= 1) delete property.minItems;
  }
  return withHeadKeys(property);
}

/** Replaces the key `from` with `to` at the same position. */
function renameKey(object: JsonObject, from: string, to: string): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k === from ? to : k, v]));
}

/**
 * Changes the field `name` to match `draft`: label (`title`), help (`description`), required,
 * alternatives, type and name. When the type stays, only those keywords change and everything
 * else the property has (`maxLength`, `pattern`, `format` …) is kept; a new type gets a fresh
 * property schema and `ui:widget` (its other ui keys are kept). A new name replaces the old one
 * in place in `properties`, `required`, `ui:order` and the uiSchema.
 *
 * Refuses, in Swedish: a missing field, a field the editor cannot represent, an invalid draft
 * (see `draftProblems`), and for a field in `locked` (the law requires it) a new name, a new
 * type, making it optional or removing one of its alternatives. A field the form's conditions
 * refer to may not get a new name or type, nor lose an alternative a condition compares with.
 * A locked field may get a new label and help text. The input form is not changed.
 */
export function updateField(form: FormSpec, name: string, draft: FieldDraft, locked: ReadonlySet<string>): EditResult {
  if (!hasField(form.schema, name)) return { ok: false, message: `Fältet "${name}" finns inte i formuläret.` };
  const label = labelOf(form.schema, name);
  const shape = propertyShape(propertiesOf(form.schema)[name], form.ui?.[name]);
  if (shape.type === 'other')
    return { ok: false, message: `Fältet "${label}" (${shape.kind.toLowerCase()}) kan inte ändras i den enkla fältredigeraren.` };
  const problem = [...draftProblems(form, draft, name), ...shownWhenProblems(form, draft, locked, name)][0];
  if (problem) return { ok: false, message: problem.message };
  const oldOptions = shape.options ?? [];
  const why = refusal(form, name, draft, shape.type, oldOptions, locked);
  if (why) return { ok: false, message: why };

  const wasRequired = requiredNames(form.schema).includes(name) || shownWhenOf(form.schema, name)?.required === true;
  const copy = copyForm(form);
  const old = copy.properties[name];
  if (draft.type === shape.type && isJsonObject(old)) {
    copy.properties[name] = amended(old, draft, oldOptions, wasRequired);
  } else {
    copy.properties[name] = propertySchemaFor(draft);
    setWidget(copy.ui, name, widgetFor(draft));
  }
  setRequired(copy.schema, name, draft.required && !draft.shownWhen);
  writeShownWhen(copy.schema, name, undefined, false);

  if (draft.name !== name) {
    copy.schema.properties = renameKey(copy.properties, name, draft.name);
    if (Array.isArray(copy.schema.required)) copy.schema.required = copy.schema.required.map((n) => (n === name ? draft.name : n));
    if (Object.hasOwn(copy.ui, name)) copy.form.ui = renameKey(copy.ui, name, draft.name);
    const ui = copy.form.ui ?? {};
    if (Array.isArray(ui['ui:order'])) ui['ui:order'] = ui['ui:order'].map((n) => (n === name ? draft.name : n));
  }
  writeShownWhen(copy.schema, draft.name, draft.shownWhen, draft.required);
  return { ok: true, form: copy.form };
}
