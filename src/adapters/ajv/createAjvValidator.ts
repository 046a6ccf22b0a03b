import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldError, SchemaValidator, ValidateFn } from '../../engine/internal';
import { swedishMessage } from '../../i18n/ajvSwedish';
import { fieldLabel } from '../../i18n/fieldLabel';

type Schema = Record<string, unknown>;

/** The pointer and Swedish label of the field an error is about. */
function labelFor(root: Schema, error: ErrorObject): { pointer: string; label: string } {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') segments.push(String((error.params as { missingProperty: string }).missingProperty));
  return { pointer: segments.length ? `/${segments.join('/')}` : '', label: fieldLabel(root, segments) };
}

/** Drops noise: `if` wrappers and the per-branch errors of a failed oneOf/anyOf of consts. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const out = errors.filter((e) => e.keyword !== 'if' && !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath));
  const seen = new Set<string>();
  return out.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The Ajv adapter of the SchemaValidator port, with Swedish messages that name the field. */
export function createAjvValidator(): SchemaValidator {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  const cache = new WeakMap<object, ValidateFn>();
  return {
    compile(schema: object): ValidateFn {
      const cached = cache.get(schema);
      if (cached) return cached;
      // $id is dropped so the same form may be compiled again after an edit without an id clash.
      const { $id: _id, ...withoutId } = schema as Schema;
      const validate = ajv.compile(withoutId);
      const fn: ValidateFn = (data) => {
        if (validate(data)) return [];
        return relevant(validate.errors ?? []).map((e): FieldError => {
          const { pointer, label } = labelFor(withoutId, e);
          return { pointer, label, message: `${label} ${swedishMessage(e)}.` };
        });
      };
      cache.set(schema, fn);
      return fn;
    },
  };
}
