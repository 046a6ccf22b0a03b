import type { FormSpec } from '../../engine/index';
import { cloneJson, isJsonObject } from './jsonValues';
import type { JsonObject } from './jsonValues';

/** A form whose schema and uiSchema are deep copies, safe to change in place. */
export interface FormCopy {
  /** The new form: the copied schema and uiSchema; `id` and `examples` as before. */
  form: FormSpec;
  schema: JsonObject;
  /** The copied schema's top-level `properties` (created when missing). */
  properties: JsonObject;
  /** The copied uiSchema (created when missing). */
  ui: JsonObject;
}

/**
 * Deep-copies the schema and uiSchema of `form`, so a command can change the copy and return it
 * while the input stays untouched. `examples` are shared, not copied: commands never change them.
 */
export function copyForm(form: FormSpec): FormCopy {
  const schema = cloneJson(form.schema);
  const properties: JsonObject = isJsonObject(schema.properties) ? schema.properties : {};
  schema.properties = properties;
  const ui: JsonObject = form.ui ? cloneJson(form.ui) : {};
  return { form: { ...form, schema, ui }, schema, properties, ui };
}

/** The names in a schema's top-level `required`. */
export function requiredNames(schema: JsonObject): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((n): n is string => typeof n === 'string') : [];
}

/** Adds `name` to or removes it from the top-level `required` of a copied schema. */
export function setRequired(schema: JsonObject, name: string, required: boolean): void {
  const names: unknown[] = Array.isArray(schema.required) ? schema.required : [];
  const has = names.includes(name);
  if (required && !has) schema.required = [...names, name];
  if (!required && has) {
    const rest = names.filter((n) => n !== name);
    if (rest.length > 0) schema.required = rest;
    else delete schema.required;
  }
}

/**
 * Sets (or, with undefined, removes) the `ui:widget` of a field in a copied uiSchema, keeping
 * the entry's other keys (`ui:help`, `ui:placeholder` …) and dropping the entry when it is empty.
 */
export function setWidget(ui: JsonObject, name: string, widget: string | undefined): void {
  const entry: JsonObject = isJsonObject(ui[name]) ? { ...ui[name] } : {};
  if (widget === undefined) delete entry['ui:widget'];
  else entry['ui:widget'] = widget;
  if (Object.keys(entry).length > 0) ui[name] = entry;
  else delete ui[name];
}

/** The top-level `properties` of a schema (an empty object when it has none). */
export function propertiesOf(schema: JsonObject): JsonObject {
  return isJsonObject(schema.properties) ? schema.properties : {};
}

/** The Swedish label of an existing field of a schema: its `title`, else its name. */
export function labelOf(schema: JsonObject, name: string): string {
  const property = propertiesOf(schema)[name];
  return isJsonObject(property) && typeof property.title === 'string' && property.title.trim() !== '' ? property.title : name;
}

/** True when the schema has a top-level property `name` (own key, not inherited). */
export function hasField(schema: JsonObject, name: string): boolean {
  return isJsonObject(schema.properties) && Object.hasOwn(schema.properties, name);
}
