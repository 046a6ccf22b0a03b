import type { UiSchema } from '@rjsf/utils';

/** The form's ui schema with fixed and system-set fields hidden and the submit button named and styled. */
export function stepUiSchema(
  ui: unknown,
  fixed: Record<string, unknown> | undefined,
  system: readonly string[],
  submitText: string,
  disabled: boolean,
): UiSchema {
  return {
    ...(ui as UiSchema),
    ...(fixed ? Object.fromEntries(Object.keys(fixed).map((k) => [k, { 'ui:widget': 'hidden' }])) : {}),
    ...Object.fromEntries(system.map((k) => [k, { 'ui:widget': 'hidden', 'ui:field': 'SetBySystem' }])),
    'ui:submitButtonOptions': { submitText, props: { disabled, className: 'primary' } },
  };
}

/** Lists an active branch empties ("inga åtgärder") stay in the data as [] but are drawn as nothing. */
export function withNotShown(ui: UiSchema, emptied: ReadonlySet<string>): UiSchema {
  return emptied.size ? { ...ui, ...Object.fromEntries([...emptied].map((k) => [k, { 'ui:field': 'NotShown' }])) } : ui;
}
