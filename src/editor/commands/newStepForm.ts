import type { FormSpec } from '../../engine/index';

/** Form id for a step added in the editor: `<process>-<step>` (ASCII, hyphens), unique per definition. */
export function newFormId(definitionId: string, stepKey: string, taken: (id: string) => boolean): string {
  return unusedFormId(`${definitionId}-${stepKey.replace(/_/g, '-')}`, taken);
}

/** `base`, or `base-2`, `base-3` … when taken: form ids are never reused, published forms never change. */
export function unusedFormId(base: string, taken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new step's starting form: empty, so the process owner adds just the fields the step needs (none to remove first). */
export function newStepForm(id: string, title: string): FormSpec {
  return {
    id,
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `kf:form:${id}`,
      title,
      type: 'object',
      properties: {},
      // Closed, like the bundled forms: a crafted event cannot store answers the form does not ask for.
      additionalProperties: false,
    },
    ui: { 'ui:order': [] },
  };
}

/** Suggests a step key from its Swedish title: "Informera den enskilde" → `informera_den_enskilde`. */
export function stepKeyFrom(title: string): string {
  const folded = title.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e');
  const key = folded.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(key) ? key : `steg_${key}`;
}
