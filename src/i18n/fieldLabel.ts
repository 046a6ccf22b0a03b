type Schema = Record<string, unknown>;

function findInConditionals(schema: Schema, prop: string): Schema | undefined {
  for (const key of ['then', 'else']) {
    const found = ((schema[key] as Schema | undefined)?.properties as Record<string, Schema> | undefined)?.[prop];
    if (found && (found.title || found.type)) return found;
  }
  for (const sub of (schema.allOf as Schema[] | undefined) ?? []) {
    const found = findInConditionals(sub, prop);
    if (found) return found;
  }
  return undefined;
}

/**
 * The Swedish label of a field, from the schema titles along its path, e.g. "Rapportör › Namn"
 * or "Åtgärder › rad 2 › Ansvarig". Segments are property names and array indexes.
 */
export function fieldLabel(root: Schema, segments: readonly string[]): string {
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
  return titles.length ? titles.join(' › ') : 'Formuläret';
}
