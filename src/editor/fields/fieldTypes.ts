import type { FormSpec } from '../../engine/index';
import type { ShownWhen } from './shownWhen';

/** The field types the simple field editor can create and change. */
export type FieldType = 'text' | 'textarea' | 'date' | 'number' | 'boolean' | 'choice' | 'multichoice';

/** Every editable field type, in the order the editor offers them. */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'number',
  'boolean',
  'choice',
  'multichoice',
] as const satisfies readonly FieldType[];

/** Swedish names of the field types, as shown to process owners. */
export const FIELD_TYPE_LABELS = {
  text: 'Kort text',
  textarea: 'Lång text',
  date: 'Datum',
  number: 'Tal',
  boolean: 'Ja/Nej',
  choice: 'Ett val',
  multichoice: 'Flera val',
} as const satisfies Record<FieldType, string>;

/** One alternative of a choice field: the stored `value` and the Swedish `label` users see. */
export interface FieldOption {
  value: string;
  label: string;
}

/** A top-level field as the editor sees it; what `addField` and `updateField` take. */
export interface FieldDraft {
  /** Property name in the schema and in stored data, e.g. `motivering`. */
  name: string;
  /** Swedish label (the schema `title`). */
  label: string;
  /** Swedish help text (the schema `description`). */
  help?: string;
  type: FieldType;
  /** Listed in the schema's top-level `required`. */
  required: boolean;
  /** The alternatives of `choice` and `multichoice` fields; ignored for other types. */
  options?: FieldOption[];
  /** Shown only on these answers to another question ("visa när"); `required` then means required when shown. */
  shownWhen?: ShownWhen;
}

/**
 * A top-level field the simple editor cannot represent (a group of fields, a list of rows,
 * date and time, a choice of numbers …). It is shown read-only: it may be moved, and removed
 * unless locked or used in a condition, but not changed.
 */
export interface OtherField {
  name: string;
  label: string;
  help?: string;
  type: 'other';
  required: boolean;
  /** Swedish description of what the field is, e.g. "Grupp av fält". */
  kind: string;
  shownWhen?: ShownWhen;
}

/** A field as read from a form: editable (`FieldDraft`) or read-only (`OtherField`). */
export type ReadField = FieldDraft | OtherField;

/** The result of every field command: the new form, or a Swedish refusal naming the field. */
export type EditResult = { ok: true; form: FormSpec } | { ok: false; message: string };

/** True when the field can be changed in the simple editor (narrows away `OtherField`). */
export function isEditableField(field: ReadField): field is FieldDraft {
  return field.type !== 'other';
}

/** True for the seven field types of the editor (a guard for values from outside, e.g. a `<select>`). */
export function isFieldType(value: unknown): value is FieldType {
  return FIELD_TYPES.some((t) => t === value);
}

/** True for the field types that have `options`. */
export function hasOptions(type: FieldType): type is 'choice' | 'multichoice' {
  return type === 'choice' || type === 'multichoice';
}
