import type { FormSpec } from '../../engine/index';
import { fieldOrder } from './fieldOrder';
import { requiredNames } from './formCopy';
import type { ReadField } from './fieldTypes';
import { isJsonObject } from './jsonValues';
import { propertyShape } from './propertySchema';
import { shownWhenOf } from './shownWhen';

/**
 * The top-level fields of a form in the order the form shows them (`ui:order`, then the other
 * properties). Each is a `FieldDraft` when the simple editor can change it, or an `OtherField`
 * (`type: 'other'`, with a Swedish `kind` such as "Grupp av fält" or "Lista med rader") when it
 * cannot: nested objects, lists of rows, date and time, number choices, hidden fields.
 * `label` is the schema `title` (else the name) and `help` its `description`; a `ui:help`
 * is left to the uiSchema. `required` means listed in the top-level `required`, or for a field shown only on another
 * question's answers (`shownWhen`), required when shown.
 */
export function readFields(form: FormSpec): ReadField[] {
  const properties = isJsonObject(form.schema.properties) ? form.schema.properties : {};
  const required = new Set(requiredNames(form.schema));
  return fieldOrder(form).map((name): ReadField => {
    const property = properties[name];
    const title = isJsonObject(property) && typeof property.title === 'string' ? property.title : '';
    const description = isJsonObject(property) && typeof property.description === 'string' ? property.description : undefined;
    const shown = shownWhenOf(form.schema, name);
    const common = {
      name,
      label: title.trim() !== '' ? title : name,
      ...(description !== undefined ? { help: description } : {}),
      required: required.has(name) || shown?.required === true,
      ...(shown ? { shownWhen: shown.when } : {}),
    };
    const shape = propertyShape(property, form.ui?.[name]);
    if (shape.type === 'other') return { ...common, type: 'other', kind: shape.kind };
    return { ...common, type: shape.type, ...(shape.options ? { options: shape.options } : {}) };
  });
}
