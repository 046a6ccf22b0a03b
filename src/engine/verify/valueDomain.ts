import type { SchemaValidator } from '../ports/SchemaValidator';

type Schema = Record<string, unknown>;

const asSchema = (v: unknown): Schema | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Schema) : undefined);
const list = (v: unknown): Schema[] => (Array.isArray(v) ? v.map(asSchema).filter((s): s is Schema => s !== undefined) : []);

/**
 * The schema of a field by path (`a`, `a.b`, `rows[].b`), looked up in `properties` and every `allOf` member of each
 * object on the way: where the form always has it. Undefined when the form lacks it or shows it only under a condition.
 */
export function fieldSchema(schema: Schema | undefined, path: string): Schema | undefined {
  let node = schema;
  for (const segment of path.split('.')) {
    const isArray = segment.endsWith('[]');
    const child = node ? propertyOf(node, isArray ? segment.slice(0, -2) : segment) : undefined;
    node = isArray ? asSchema(child?.items) : child;
    if (!node) return undefined;
  }
  return node;
}

function propertyOf(node: Schema, name: string): Schema | undefined {
  const own = asSchema(asSchema(node.properties)?.[name]);
  if (own) return own;
  for (const sub of list(node.allOf)) {
    const found = propertyOf(sub, name);
    if (found) return found;
  }
  return undefined;
}

/** Can the condition of an `if` be made to hold (`can`) or fail (`cannot`) by the other fields, with `key` fixed to `value`? */
function conditionOutcome(
  root: Schema,
  cond: Schema,
  key: string,
  value: unknown,
  validator: SchemaValidator,
): { canHold: boolean; canFail: boolean } {
  const props = asSchema(cond.properties) ?? {};
  const required = Array.isArray(cond.required) ? (cond.required as string[]) : [];
  const rootRequired = Array.isArray(root.required) ? (root.required as string[]) : [];
  let canHold = true;
  let canFail = Object.keys(cond).some((k) => !['properties', 'required', 'type', 'title', 'description'].includes(k));
  for (const name of new Set([...Object.keys(props), ...required])) {
    const sub = asSchema(props[name]) ?? {};
    if (name === key) {
      const ok = validator.compile(sub)(value).length === 0;
      canHold &&= ok;
      canFail ||= !ok;
      continue;
    }
    // Another field: left out when the form allows it, or given a value that meets (or misses) the condition.
    const omittable = !rootRequired.includes(name);
    const domain = finiteDomain(propertyOf(root, name));
    const meets = domain ? domain.some((v) => validator.compile(sub)(v).length === 0) : true;
    const misses = domain ? domain.some((v) => validator.compile(sub)(v).length > 0) : Object.keys(sub).length > 0;
    canHold &&= meets || (omittable && !required.includes(name));
    canFail ||= misses || (omittable && required.includes(name));
  }
  return { canHold, canFail };
}

/** The values a field can take when the form lists them (boolean, const, enum, oneOf/anyOf of consts). */
export function finiteDomain(field: Schema | undefined): unknown[] | undefined {
  if (!field) return undefined;
  if ('const' in field) return [field.const];
  if (Array.isArray(field.enum)) return field.enum as unknown[];
  const options = [...list(field.oneOf), ...list(field.anyOf)];
  if (options.length > 0 && options.every((o) => 'const' in o)) return options.map((o) => o.const);
  if (field.type === 'boolean') return [true, false];
  return undefined;
}

/**
 * May a filled-in form give `key` (a top-level field) this value? The field's own schema must accept it, and so
 * must every constraint that cannot be avoided: `allOf` members, and `if`/`then`/`else` whose condition the other
 * fields cannot steer away from (a contradiction hidden in a condition on the field itself is found too).
 */
export function valueAllowed(schema: Schema, key: string, value: unknown, validator: SchemaValidator, root: Schema = schema): boolean {
  const own = asSchema(asSchema(schema.properties)?.[key]);
  if (own && validator.compile(own)(value).length > 0) return false;
  if (!list(schema.allOf).every((sub) => valueAllowed(sub, key, value, validator, root))) return false;
  const branches = [...list(schema.anyOf), ...list(schema.oneOf)];
  if (branches.length > 0 && !branches.some((sub) => valueAllowed(sub, key, value, validator, root))) return false;
  const cond = asSchema(schema.if);
  if (!cond) return true;
  const { canHold, canFail } = conditionOutcome(root, cond, key, value, validator);
  const then = asSchema(schema.then);
  const otherwise = asSchema(schema.else);
  const underThen = () => !then || valueAllowed(then, key, value, validator, root);
  const underElse = () => !otherwise || valueAllowed(otherwise, key, value, validator, root);
  return (canHold && underThen()) || (canFail && underElse());
}
