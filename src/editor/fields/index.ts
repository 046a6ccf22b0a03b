// The simple field editor of the process editor: pure commands on a step's FormSpec, and its UI.
export type { EditResult, FieldDraft, FieldOption, FieldType, OtherField, ReadField } from './fieldTypes';
export { FIELD_TYPES, FIELD_TYPE_LABELS, hasOptions, isEditableField, isFieldType } from './fieldTypes';
export { FIELD_NAME_PATTERN, fieldNameFrom, optionValueFrom } from './fieldNameFrom';
export { formatOptions, parseOptions } from './fieldOptions';
export { conditionalFields, conditionalReferences } from './conditionalFields';
export { fieldOrder } from './fieldOrder';
export { readFields } from './readFields';
export type { DraftProblem } from './validateDraft';
export { draftProblems } from './validateDraft';
export { addField } from './addField';
export { updateField } from './updateField';
export { removeField } from './removeField';
export { moveField } from './moveField';
export { FieldEditor } from './FieldEditor';
export type { FieldEditorProps } from './FieldEditor';
