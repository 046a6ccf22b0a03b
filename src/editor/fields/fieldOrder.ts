import type { FormSpec } from '../../engine/index';
import { isJsonObject } from './jsonValues';
import type { JsonObject } from './jsonValues';

const WILDCARD = '*';

/** The top-level property names of a schema, in key order. */
export function propertyNames(schema: JsonObject): string[] {
  return isJsonObject(schema.properties) ? Object.keys(schema.properties) : [];
}

/**
 * The order in which the form shows its top-level fields: `ui:order` (unknown names skipped,
 * properties it leaves out placed at its `*` or at the end, as RJSF does), then the rest in
 * schema key order.
 */
export function fieldOrder(form: FormSpec): string[] {
  const names = propertyNames(form.schema);
  const known = new Set(names);
  const uiOrder = form.ui?.['ui:order'];
  const listed = Array.isArray(uiOrder) ? uiOrder.filter((n): n is string => typeof n === 'string') : [];
  const seen = new Set<string>();
  const ordered: string[] = [];
  for (const name of listed) {
    if ((name === WILDCARD || known.has(name)) && !seen.has(name)) {
      seen.add(name);
      ordered.push(name);
    }
  }
  const rest = names.filter((n) => !seen.has(n));
  const at = ordered.indexOf(WILDCARD);
  if (at < 0) return [...ordered, ...rest];
  return [...ordered.slice(0, at), ...rest, ...ordered.slice(at + 1)];
}

/**
 * Writes `order` as the uiSchema's `ui:order` (mutates `ui`, which must be a copy). A `*` of the
 * old order is kept at the end, so fields added later by hand still show.
 */
export function writeOrder(ui: JsonObject, order: readonly string[]): void {
  const old = ui['ui:order'];
  const hadWildcard = Array.isArray(old) && old.includes(WILDCARD);
  ui['ui:order'] = hadWildcard ? [...order, WILDCARD] : [...order];
}
