import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldError, SchemaValidator, ValidateFn } from '../../engine/index';
import { swedishMessage } from '../../i18n/ajvSwedish';

type Schema = Record<string, unknown>;

/** Finds the title of the field an error is about, walking the schema along its instance path. */
function labelFor(root: Schema, error: ErrorObject): { pointer: string; label: string } {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') segments.push(String((error.params as { missingProperty: string }).missingProperty));
  const titles: string[] = [];
  let schema: Schema | undefined = root;
  for (const seg of segments) {
    if (!schema) break;
    if (/^\d+$/.test(seg) && schema.items) {
      schema = schema.items as Schema;
      titles.push(`rad ${Number(seg) + 1}`);
      continue;
    }
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    schema = props[seg] ?? findInConditionals(schema, seg);
    titles.push(typeof schema?.title === 'string' ? schema.title : seg);
  }
  const pointer = segments.length ? `/${segments.join('/')}` : '';
  return { pointer, label: titles.length ? titles.join(' › ') : 'Formuläret' };
}

function findInConditionals(schema: Schema, prop: string): Schema | undefined {
  for (const key of ['then', 'else']) {
    const branch = schema[key] as Schema | undefined;
    const found = (branch?.properties as Record<string, Schema> | undefined)?.[prop];
    if (found && (found.title || found.type)) return found;
  }
  for (const sub of (schema.allOf as Schema[] | undefined) ?? []) {
    const found = findInConditionals(sub, prop);
    if (found) return found;
  }
  return undefined;
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
