// Test helpers shared by the field editor's tests (not part of the editor's API).
import type { FormSpec } from '../../src/engine/index';
import { loadCatalogFromDisk } from './catalog';
import type { FieldDraft } from '../../src/editor/fields/fieldTypes';

let forms: Readonly<Record<string, FormSpec>> | undefined;

/** A fresh deep copy of a shipped form from forms/<id>/. */
export function shippedForm(id: string): FormSpec {
  forms ??= loadCatalogFromDisk().forms;
  const form = forms[id];
  if (!form) throw new Error(`Formuläret ${id} finns inte`);
  return structuredClone(form);
}

/** Every shipped form, freshly copied. */
export function shippedForms(): FormSpec[] {
  forms ??= loadCatalogFromDisk().forms;
  return Object.keys(forms).map(shippedForm);
}

/** Freezes a value deeply, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A draft of each field type, optional, named `nytt<Type>`. */
export const drafts: Record<FieldDraft['type'], FieldDraft> = {
  text: { name: 'nyttText', label: 'Kort svar', type: 'text', required: false },
  textarea: { name: 'nyttTextarea', label: 'Långt svar', help: 'Beskriv med egna ord.', type: 'textarea', required: false },
  date: { name: 'nyttDate', label: 'Datum för samtal', type: 'date', required: false },
  number: { name: 'nyttNumber', label: 'Antal berörda', type: 'number', required: false },
  boolean: { name: 'nyttBoolean', label: 'Har anhöriga informerats?', type: 'boolean', required: false },
  choice: {
    name: 'nyttChoice',
    label: 'Skift',
    type: 'choice',
    required: false,
    options: [
      { value: 'dag', label: 'Dag' },
      { value: 'kvall', label: 'Kväll' },
      { value: 'natt', label: 'Natt' },
    ],
  },
  multichoice: {
    name: 'nyttMultichoice',
    label: 'Berörda verksamheter',
    type: 'multichoice',
    required: false,
    options: [
      { value: 'hemtjanst', label: 'Hemtjänst' },
      { value: 'sarskilt_boende', label: 'Särskilt boende' },
    ],
  },
};
