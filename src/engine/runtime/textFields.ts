type Schema = Readonly<Record<string, unknown>>;

/** One text in submitted data: where it is, what the form calls it, and its property name. */
export interface TextField {
  pointer: string;
  /** The form's titles down to it ("Underlag › Text"), or the pointer where the form has none. */
  label: string;
  /** The property that holds it (`namn`, `handelse`); undefined for an item of a list of texts. */
  key: string | undefined;
  value: string;
}

function titleAt(schema: Schema | undefined): string | undefined {
  return typeof schema?.title === 'string' ? schema.title : undefined;
}

function childSchema(schema: Schema | undefined, key: string | number): Schema | undefined {
  if (!schema) return undefined;
  if (typeof key === 'number') return schema.items as Schema | undefined;
  return (schema.properties as Record<string, Schema> | undefined)?.[key];
}

/** Every string in submitted data, however deep, named with the form's titles: what the screenings of free text read. */
export function textFields(data: unknown, schema?: Schema): TextField[] {
  const out: TextField[] = [];
  const walk = (value: unknown, s: Schema | undefined, pointer: string, labels: string[], key: string | undefined) => {
    if (typeof value === 'string') out.push({ pointer, label: labels.length ? labels.join(' › ') : pointer || 'Formuläret', key, value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, childSchema(s, i), `${pointer}/${i}`, labels, undefined));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        const child = childSchema(s, k);
        walk(v, child, `${pointer}/${k}`, [...labels, titleAt(child) ?? k], k);
      }
  };
  walk(data, schema, '', [], undefined);
  return out;
}
