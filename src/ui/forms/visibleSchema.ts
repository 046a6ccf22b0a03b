type Schema = Record<string, unknown>;
type IsValid = (schema: Schema, data: unknown) => boolean;

function keysOf(branch: Schema | undefined): Set<string> {
  if (!branch) return new Set();
  return new Set([...Object.keys((branch.properties as Schema | undefined) ?? {}), ...((branch.required as string[] | undefined) ?? [])]);
}

function conditionals(schema: Schema): Schema[] {
  const own = schema.if ? [schema] : [];
  return [...own, ...((schema.allOf as Schema[] | undefined) ?? []).filter((s) => s.if)];
}

/**
 * The schema as shown: fields that only an inactive if/then/else branch asks for are left out; arrays the active
 * branch empties (maxItems 0: `emptied`, e.g. "inga åtgärder") stay as an empty list the form does not draw, so a
 * required list stays answered. Validation still uses the full schema.
 */
export function visibleSchema(
  schema: Schema,
  data: unknown,
  isValid: IsValid,
): { schema: Schema; hidden: Set<string>; emptied: Set<string> } {
  if (schema.type !== 'object' || !schema.properties) return { schema, hidden: new Set(), emptied: new Set() };
  const values = (data ?? {}) as Record<string, unknown>;
  const properties = { ...(schema.properties as Record<string, Schema>) };
  const baseRequired = new Set((schema.required as string[] | undefined) ?? []);
  const hidden = new Set<string>();
  const emptied = new Set<string>();
  for (const c of conditionals(schema)) {
    const activeIsThen = isValid(c.if as Schema, values);
    const active = (activeIsThen ? c.then : c.else) as Schema | undefined;
    const inactive = (activeIsThen ? c.else : c.then) as Schema | undefined;
    const activeKeys = keysOf(active);
    for (const key of keysOf(inactive)) if (!activeKeys.has(key) && !baseRequired.has(key)) hidden.add(key);
    for (const [key, sub] of Object.entries((active?.properties as Record<string, Schema> | undefined) ?? {}))
      if (sub.maxItems === 0) {
        hidden.add(key);
        emptied.add(key);
      }
  }
  for (const key of hidden) if (!emptied.has(key)) delete properties[key];
  // An emptied list stays in the schema as [] (a closed form refuses a key it lacks); the form renders it as nothing.
  for (const key of emptied) properties[key] = { type: 'array', maxItems: 0 };
  for (const [key, sub] of Object.entries(properties)) {
    if (sub.type === 'object') properties[key] = visibleSchema(sub, values[key], isValid).schema;
  }
  return { schema: { ...schema, properties }, hidden, emptied };
}

/** Drops values of fields that are not shown, so a changed answer does not leave stale data behind; an emptied list is []. */
export function withoutHidden(
  data: Record<string, unknown>,
  shown: { hidden: Set<string>; emptied?: Set<string> },
): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(data).filter(([k]) => !shown.hidden.has(k)));
  for (const key of shown.emptied ?? []) kept[key] = [];
  return kept;
}

/** Top-level fields the system sets (`readOnly`, e.g. what came in through a public form): never shown or typed. */
export function setBySystem(schema: Schema): string[] {
  return Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})
    .filter(([, sub]) => sub.readOnly === true)
    .map(([key]) => key);
}

/** The data without system-set fields, except those the page itself fixes (it sends back what it was given). */
export function withoutSystemFields(
  data: Record<string, unknown>,
  system: readonly string[],
  fixed: Record<string, unknown> | undefined,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !system.includes(k) || (fixed !== undefined && k in fixed)));
}
