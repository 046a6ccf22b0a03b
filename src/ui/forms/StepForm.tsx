import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { useMemo, useState } from 'react';
import type { FieldError, FormSpec } from '../../engine/index';
import { rapportorNameWarnings } from '../../engine/index';
import type { Services } from '../../kit/services';
import { ButtonTemplates } from './ButtonTemplates';
import type { StepFormContext } from './ButtonTemplates';
import { ErrorListTemplate } from './ErrorListTemplate';
import { NameWarnings } from './NameWarnings';
import { RadioWidget } from './RadioWidget';
import { setBySystem, visibleSchema, withoutHidden, withoutSystemFields } from './visibleSchema';
import { withNewItems } from './withNewItems';
import { stepUiSchema, withNotShown } from './stepUiSchema';
import { screenIdentifiers, swedishErrors, toErrorSchema } from './swedishErrors';
import { useFormDraft } from './useFormDraft';
import { useLegalTexts } from './useLegalTexts';

export interface StepFormProps {
  form: FormSpec;
  /** Key under which the half-filled form is kept, so it survives a reload. */
  draftKey: string;
  drafts: Services['drafts'];
  submitText: string;
  /** The step the form is for, added to the submit button's name (when several forms are shown at once). */
  submitFor?: string;
  /** Initial values (facts the ärende already holds, or copied from an escalated avvikelse) when there is no draft. */
  initial?: Record<string, unknown>;
  /** Shown above the form when it starts from `initial`, so the person checks what is filled in. */
  initialNote?: string;
  /** Starting data per list field for an item the person adds (e.g. today's date, the person as author). */
  newItems?: Readonly<Record<string, Record<string, unknown>>>;
  /** Fixed values merged in (e.g. the chosen åtgärd's id). */
  fixed?: Record<string, unknown>;
  /** Errors the engine found (shown at their fields). */
  engineErrors?: readonly FieldError[];
  onSubmit(data: Record<string, unknown>): Promise<boolean>;
  disabled?: boolean;
  /** The signed-in person writing a rapport: warn when the rapportör's name is in a free-text field (issue 21). */
  rapportorName?: string;
}

// A field the system sets renders nothing: the page shows it its own way (e.g. "Som det kom in").
const SYSTEM_FIELDS = { SetBySystem: () => null, NotShown: () => null };
const WIDGETS = { RadioWidget };

/** A step's form: RJSF from forms/<id>, Swedish messages, drafts that survive reloads, engine errors at fields. */
export function StepForm({
  form: given,
  draftKey,
  drafts,
  submitText,
  submitFor,
  initial,
  initialNote,
  newItems,
  fixed,
  engineErrors,
  onSubmit,
  disabled,
  rapportorName,
}: StepFormProps) {
  const form = useLegalTexts(given);
  const { data, fromInitial, change: remember, settle } = useFormDraft(draftKey, drafts, initial, fixed);
  const [busy, setBusy] = useState(false);
  const schema = form.schema as RJSFSchema;
  const system = useMemo(() => setBySystem(form.schema), [form.schema]);
  const uiSchema = useMemo(
    () => stepUiSchema(form.ui, fixed, system, submitText, !!disabled || busy),
    [form.ui, fixed, system, submitText, disabled, busy],
  );
  const transform = useMemo(() => swedishErrors(form.schema), [form.schema]);
  const formContext = useMemo(() => ({ submitFor }) satisfies StepFormContext, [submitFor]);

  if (!data) return <p aria-live="polite">Läser in formuläret …</p>;

  const isValid = (s: Record<string, unknown>, d: unknown) => validator.isValid(s as RJSFSchema, d, schema);
  const shown = visibleSchema(form.schema, data, isValid);
  const ui = withNotShown(uiSchema, shown.emptied);
  const nameWarnings = rapportorName ? rapportorNameWarnings(data, rapportorName, form.schema) : [];

  const change = (e: IChangeEvent) => {
    const raw = withNewItems({ ...withoutSystemFields(e.formData as Record<string, unknown>, system, fixed), ...fixed }, data, newItems);
    remember(withoutHidden(raw, visibleSchema(form.schema, raw, isValid)));
  };

  const submit = async (e: IChangeEvent) => {
    settle();
    setBusy(true);
    try {
      const raw = { ...withoutSystemFields(e.formData as Record<string, unknown>, system, fixed), ...fixed };
      const ok = await onSubmit(withoutHidden(raw, visibleSchema(form.schema, raw, isValid)));
      if (ok) await drafts.clear(draftKey);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {fromInitial && initialNote && <p className="hint">{initialNote}</p>}
      <NameWarnings warnings={nameWarnings} />
      <Form
        schema={shown.schema as RJSFSchema}
        uiSchema={ui}
        formData={data}
        validator={validator}
        noHtml5Validate
        showErrorList="top"
        focusOnFirstError
        transformErrors={transform}
        extraErrors={engineErrors?.length ? toErrorSchema(engineErrors) : undefined}
        customValidate={screenIdentifiers(form.schema)}
        templates={{ ErrorListTemplate, ButtonTemplates }}
        fields={SYSTEM_FIELDS}
        widgets={WIDGETS}
        formContext={formContext}
        experimental_defaultFormStateBehavior={{ constAsDefaults: 'never', emptyObjectFields: 'skipDefaults' }}
        onChange={change}
        onSubmit={submit}
        onError={() => undefined}
        disabled={disabled}
        idPrefix={`f-${form.id}`}
      />
    </>
  );
}
