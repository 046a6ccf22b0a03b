import type { ErrorSchema, FormValidation, RJSFValidationError } from '@rjsf/utils';
import type { FieldError } from '../../engine/index';
import { personnummerErrors } from '../../engine/index';
import { swedishMessage } from '../../i18n/ajvSwedish';
import { fieldLabel } from '../../i18n/fieldLabel';

type Schema = Record<string, unknown>;

function segmentsOf(property: string | undefined): string[] {
  return (property ?? '')
    .replace(/\[['"]?([^\]'"]+)['"]?\]/g, '.$1')
    .split('.')
    .filter(Boolean);
}

/**
 * RJSF's transformErrors in Swedish: plain messages at the field, "Label › Sublabel …" in the
 * summary; drops `if` wrappers and per-branch oneOf noise (ajv-i18n leaves those in English).
 */
export function swedishErrors(schema: Schema) {
  return (errors: RJSFValidationError[]): RJSFValidationError[] =>
    errors
      .filter((e) => e.name !== 'if' && !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath ?? ''))
      .map((e) => {
        const text = swedishMessage({ keyword: e.name ?? '', params: e.params ?? {} });
        const label = fieldLabel(schema, segmentsOf(e.property));
        return { ...e, message: text.charAt(0).toUpperCase() + text.slice(1), stack: `${label} ${text}.` };
      });
}

/** The engine's field errors (already Swedish) as an RJSF errorSchema, so they show at their fields. */
export function toErrorSchema(errors: readonly FieldError[]): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const e of errors) {
    let node = root;
    for (const seg of e.pointer.split('/').filter(Boolean)) node = (node[seg] ??= {}) as Record<string, unknown>;
    ((node.__errors ??= []) as string[]).push(e.message);
  }
  return root as ErrorSchema;
}

/**
 * RJSF's customValidate: a personnummer in any free-text field is refused before the form is sent (the
 * server refuses it too), with the field named, so the enskilde is given by reference instead.
 */
export function screenIdentifiers(schema: Schema) {
  return (formData: unknown, errors: FormValidation): FormValidation => {
    for (const e of personnummerErrors(formData, schema)) {
      let node = errors as unknown as Record<string, FormValidation | undefined>;
      let target: FormValidation | undefined = errors;
      for (const seg of e.pointer.split('/').filter(Boolean)) {
        target = node[seg];
        if (!target) break;
        node = target as unknown as Record<string, FormValidation | undefined>;
      }
      (target ?? errors).addError?.(e.message);
    }
    return errors;
  };
}
