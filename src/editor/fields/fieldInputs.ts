import { formatOptions, parseOptions } from './fieldOptions';
import { hasOptions } from './fieldTypes';
import type { FieldDraft, FieldType } from './fieldTypes';
import type { DraftProblem } from './validateDraft';

/** What the add/change form holds while the process owner types. */
export interface FieldInputs {
  label: string;
  /** The typed technical name; when `nameEdited` is false a new field's name follows the label. */
  name: string;
  nameEdited: boolean;
  help: string;
  type: FieldType;
  required: boolean;
  optionsText: string;
  /** The question the field is shown on ('' = always shown) and the answers that show it. */
  shownWhenField: string;
  shownWhenValues: (string | boolean)[];
  /** Where a new field goes: '' the form itself, else the name of a group or list of rows it is added to. */
  target: string;
}

/** A message shown with the add/change form, with the input it concerns when there is one. */
export interface FormMessage {
  input?: DraftProblem['input'];
  message: string;
}

export type FieldFormMode = { kind: 'add' } | { kind: 'edit'; name: string };

export const EMPTY_INPUTS: FieldInputs = {
  label: '',
  name: '',
  nameEdited: false,
  help: '',
  type: 'text',
  required: false,
  optionsText: '',
  shownWhenField: '',
  shownWhenValues: [],
  target: '',
};

/** The form's inputs for changing an existing field. */
export function inputsOf(field: FieldDraft): FieldInputs {
  return {
    label: field.label,
    name: field.name,
    nameEdited: true,
    help: field.help ?? '',
    type: field.type,
    required: field.required,
    optionsText: formatOptions(field.options ?? []),
    shownWhenField: field.shownWhen?.field ?? '',
    shownWhenValues: field.shownWhen?.values ?? [],
    target: '',
  };
}

/** The field the inputs describe, under the name shown (typed, or suggested from the label). */
export function draftOf(inputs: FieldInputs, shownName: string): FieldDraft {
  return {
    name: shownName.trim(),
    label: inputs.label,
    help: inputs.help,
    type: inputs.type,
    required: inputs.required,
    ...(hasOptions(inputs.type) ? { options: parseOptions(inputs.optionsText) } : {}),
    ...(inputs.shownWhenField ? { shownWhen: { field: inputs.shownWhenField, values: inputs.shownWhenValues } } : {}),
  };
}
