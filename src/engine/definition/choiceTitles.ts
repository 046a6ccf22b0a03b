type Node = Record<string, unknown>;

/**
 * The titles a form gives the choices of a field (its `oneOf`), found by a path of property names
 * and `items` (e.g. `['deltagare', 'items', 'funktion']`), so reports and prints say what the form said.
 */
export function choiceTitles(schema: Node | undefined, path: readonly string[]): Map<string, string> {
  let node: unknown = schema;
  for (const key of path)
    node = key === 'items' ? (node as Node | undefined)?.items : ((node as Node | undefined)?.properties as Node | undefined)?.[key];
  const choices = ((node as Node | undefined)?.oneOf as { const?: unknown; title?: unknown }[] | undefined) ?? [];
  return new Map(
    choices.flatMap((c) =>
      typeof c.const === 'string' ? [[c.const, typeof c.title === 'string' ? c.title : c.const] as [string, string]] : [],
    ),
  );
}
