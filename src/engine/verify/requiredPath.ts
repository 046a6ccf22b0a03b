type Schema = Record<string, unknown>;

/**
 * Checks that a form schema requires a field the legal skeleton names by path: `a.b` (nested
 * object), `rows[].b` (in every row of an array), `rows[]` (the array with at least one row).
 * Returns how to name the field in a message when the schema does not require it, else undefined.
 */
export function missingRequiredPath(schema: Schema | undefined, path: string): string | undefined {
  if (!path.includes('.') && !path.endsWith('[]')) return requires(schema, path) ? undefined : path;
  const titles: string[] = [];
  let node = schema;
  const segments = path.split('.');
  for (const [i, segment] of segments.entries()) {
    const isArray = segment.endsWith('[]');
    const name = isArray ? segment.slice(0, -2) : segment;
    const child = (node?.properties as Record<string, Schema> | undefined)?.[name];
    titles.push(typeof child?.title === 'string' ? child.title : name);
    const named = () => titles.join(' › ');
    if (!child || !requires(node, name)) return named();
    if (!isArray) {
      node = child;
      continue;
    }
    const items = child.items;
    if (child.type !== 'array' || !items || typeof items !== 'object' || Array.isArray(items)) return named();
    // "At least one row" is demanded only when the path ends at the array itself.
    if (i === segments.length - 1 && !(typeof child.minItems === 'number' && child.minItems >= 1)) return `${named()} (minst en rad)`;
    node = items as Schema;
    titles.push('varje rad');
  }
  return undefined;
}

function requires(node: Schema | undefined, name: string): boolean {
  return Array.isArray(node?.required) && (node.required as unknown[]).includes(name);
}
