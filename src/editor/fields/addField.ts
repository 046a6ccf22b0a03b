import type { FormSpec } from '../../engine/index';
import { fieldOrder, writeOrder } from './fieldOrder';
import { copyForm, setRequired, setWidget } from './formCopy';
import type { EditResult, FieldDraft } from './fieldTypes';
import { propertySchemaFor, widgetFor } from './propertySchema';
import { writeShownWhen } from './shownWhen';
import { shownWhenProblems } from './shownWhenProblems';
import { draftProblems } from './validateDraft';

/**
 * Adds a field last in the form: its property schema (see `propertySchemaFor`), its `ui:widget`,
 * its place in `ui:order` and, when `draft.required`, its name in `required`. Everything else
 * (`$id`, `title`, `if`/`then`, `allOf` …) is kept. Refuses, in Swedish, an invalid draft (see
 * `draftProblems`, `shownWhenProblems`; the first problem is given) and an optional field whose name is in `locked`
 * (the fields the law requires). The input form is not changed.
 */
export function addField(form: FormSpec, draft: FieldDraft, locked: ReadonlySet<string>): EditResult {
  const problem = [...draftProblems(form, draft), ...shownWhenProblems(form, draft, locked)][0];
  if (problem) return { ok: false, message: problem.message };
  const label = draft.label.trim();
  if (locked.has(draft.name) && !draft.required)
    return { ok: false, message: `Fältet "${label}" krävs enligt lag och måste vara obligatoriskt.` };

  const order = fieldOrder(form);
  const copy = copyForm(form);
  copy.properties[draft.name] = propertySchemaFor(draft);
  setRequired(copy.schema, draft.name, draft.required && !draft.shownWhen);
  writeShownWhen(copy.schema, draft.name, draft.shownWhen, draft.required);
  setWidget(copy.ui, draft.name, widgetFor(draft));
  writeOrder(copy.ui, [...order, draft.name]);
  return { ok: true, form: copy.form };
}
