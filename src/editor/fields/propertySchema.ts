import type { FieldDraft, FieldOption, FieldType } from './fieldTypes';
import { isJsonObject } from './jsonValues';
import type { JsonObject } from './jsonValues';

/** Longest answer of a new short text field (the forms' convention for names and titles). */
export const TEXT_MAX_LENGTH = 200;
/** Longest answer of a new long text field (the forms' convention for descriptions). */
export const TEXTAREA_MAX_LENGTH = 4000;
/** Choice fields with at most this many alternatives are shown as radio buttons, others as a list. */
export const RADIO_MAX_OPTIONS = 6;

const YES_NO = [
  { const: true, title: 'Ja' },
  { const: false, title: 'Nej' },
];

/** How a property maps to the editor: an editable type with its options, or a read-only kind. */
export type PropertyShape = { type: FieldType; options?: FieldOption[] } | { type: 'other'; kind: string };

/** The alternatives of a `oneOf` of `{const, title}` or an `enum` of strings; undefined for anything else. */
export function stringOptions(schema: JsonObject): FieldOption[] | undefined {
  if (Array.isArray(schema.oneOf)) {
    const options: FieldOption[] = [];
    for (const branch of schema.oneOf) {
      if (!isJsonObject(branch) || typeof branch.const !== 'string') return undefined;
      options.push({ value: branch.const, label: typeof branch.title === 'string' ? branch.title : branch.const });
    }
    return options;
  }
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) {
    return schema.enum.map((v) => ({ value: String(v), label: String(v) }));
  }
  return undefined;
}

/** The ui:widget of a field's uiSchema entry, if any. */
export function widgetOf(uiEntry: unknown): unknown {
  return isJsonObject(uiEntry) ? uiEntry['ui:widget'] : undefined;
}

/**
 * Classifies a top-level property (with its uiSchema entry) as one of the editor's field types,
 * or as a read-only kind with a Swedish description when the editor cannot represent it.
 */
export function propertyShape(property: unknown, uiEntry: unknown): PropertyShape {
  if (!isJsonObject(property)) return { type: 'other', kind: 'Okänd typ' };
  const widget = widgetOf(uiEntry);
  if (widget === 'hidden') return { type: 'other', kind: 'Dolt fält' };
  const hasAlternatives = property.oneOf !== undefined || property.anyOf !== undefined || property.enum !== undefined;
  switch (property.type) {
    case 'string': {
      if (hasAlternatives) {
        const options = stringOptions(property);
        return options ? { type: 'choice', options } : { type: 'other', kind: 'Särskilt val' };
      }
      if (property.format === 'date') return { type: 'date' };
      if (property.format === 'date-time') return { type: 'other', kind: 'Datum och tid' };
      return { type: widget === 'textarea' ? 'textarea' : 'text' };
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
    case 'integer':
      return hasAlternatives ? { type: 'other', kind: 'Val bland tal' } : { type: 'number' };
    case 'array': {
      const items = property.items;
      if (isJsonObject(items) && items.type === 'string') {
        const options = stringOptions(items);
        if (options) return { type: 'multichoice', options };
      }
      if (isJsonObject(items) && items.type === 'object') return { type: 'other', kind: 'Lista med rader' };
      return { type: 'other', kind: 'Lista' };
    }
    case 'object':
      return { type: 'other', kind: 'Grupp av fält' };
    default:
      return { type: 'other', kind: 'Särskild typ' };
  }
}

/** `{const, title}` alternatives as JSON Schema `oneOf` branches. */
export function oneOfFrom(options: readonly FieldOption[]): JsonObject[] {
  return options.map((o) => ({ const: o.value, title: o.label }));
}

/** Puts `type`, `title` and `description` first, as in the hand-written forms. */
export function withHeadKeys(property: JsonObject): JsonObject {
  const { type, title, description, ...rest } = property;
  return {
    ...(type !== undefined ? { type } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...rest,
  };
}

/** The trimmed help text of a draft, or undefined when there is none. */
export function helpOf(draft: FieldDraft): string | undefined {
  const help = draft.help?.trim();
  return help ? help : undefined;
}

/**
 * A fresh draft-07 property schema for a (validated) draft, following the forms' conventions:
 * Swedish `title`/`description`, `minLength: 1` and a `maxLength` on texts, `format: 'date'`,
 * Ja/Nej `oneOf` on booleans, `oneOf` of `{const, title}` for choices (in `items` for multichoice,
 * with `uniqueItems`, `default: []` and `minItems: 1` when required).
 */
export function propertySchemaFor(draft: FieldDraft): JsonObject {
  const head: JsonObject = { title: draft.label.trim() };
  const help = helpOf(draft);
  if (help !== undefined) head.description = help;
  const options = draft.options ?? [];
  switch (draft.type) {
    case 'text':
      return { type: 'string', ...head, minLength: 1, maxLength: TEXT_MAX_LENGTH };
    case 'textarea':
      return { type: 'string', ...head, minLength: 1, maxLength: TEXTAREA_MAX_LENGTH };
    case 'date':
      return { type: 'string', ...head, format: 'date' };
    case 'number':
      return { type: 'number', ...head };
    case 'boolean':
      return { type: 'boolean', ...head, oneOf: YES_NO.map((b) => ({ ...b })) };
    case 'choice':
      return { type: 'string', ...head, oneOf: oneOfFrom(options) };
    case 'multichoice':
      return {
        type: 'array',
        ...head,
        items: { type: 'string', oneOf: oneOfFrom(options) },
        ...(draft.required ? { minItems: 1 } : {}),
        uniqueItems: true,
        default: [],
      };
  }
}

/** The `ui:widget` a new field of this draft gets, or undefined for the default widget. */
export function widgetFor(draft: FieldDraft): string | undefined {
  switch (draft.type) {
    case 'textarea':
      return 'textarea';
    case 'boolean':
      return 'radio';
    case 'choice':
      return (draft.options?.length ?? 0) <= RADIO_MAX_OPTIONS ? 'radio' : undefined;
    case 'multichoice':
      return 'checkboxes';
    default:
      return undefined;
  }
}
