import type { FormSpec } from '../../engine/index';
import { conditionalReferences } from './conditionalFields';
import { copyForm, hasField, labelOf } from './formCopy';
import type { EditResult } from './fieldTypes';
import { writeShownWhen } from './shownWhen';

/**
 * Removes a top-level field: its property, its name in `required` and `ui:order`, its own
 * "visa när" condition and its uiSchema entry. Refuses, in Swedish, a field that does not exist, one in `locked` (the law
 * requires it) and one the form's conditions (`if`/`then`, `allOf` …) refer to. Stored answers
 * and the form's `examples` are not touched. The input form is not changed.
 */
export function removeField(form: FormSpec, name: string, locked: ReadonlySet<string>): EditResult {
  if (!hasField(form.schema, name)) return { ok: false, message: `Fältet "${name}" finns inte i formuläret.` };
  const label = labelOf(form.schema, name);
  if (locked.has(name)) return { ok: false, message: `Fältet "${label}" krävs enligt lag och kan inte tas bort.` };
  if (conditionalReferences(form.schema).has(name))
    return { ok: false, message: `Fältet "${label}" används i ett villkor i formuläret och kan inte tas bort här.` };

  const copy = copyForm(form);
  delete copy.properties[name];
  if (Array.isArray(copy.schema.required)) {
    const rest = copy.schema.required.filter((n) => n !== name);
    if (rest.length > 0) copy.schema.required = rest;
    else delete copy.schema.required;
  }
  writeShownWhen(copy.schema, name, undefined, false);
  delete copy.ui[name];
  const order = copy.ui['ui:order'];
  if (Array.isArray(order)) copy.ui['ui:order'] = order.filter((n) => n !== name);
  if (form.ui === undefined && Object.keys(copy.ui).length === 0) delete copy.form.ui;
  return { ok: true, form: copy.form };
}
