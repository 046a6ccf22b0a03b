import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldError, FormSpec } from '../../engine/index';
import { rapportorNameWarnings } from '../../engine/index';
import type { Services } from '../../kit/services';
import { ButtonTemplates } from './ButtonTemplates';
import type { StepFormContext } from './ButtonTemplates';
import { ErrorListTemplate } from './ErrorListTemplate';
import { setBySystem, visibleSchema, withoutHidden, withoutSystemFields } from './visibleSchema';
import { withNewItems } from './withNewItems';
import { DRAFT_RESTORED } from './draftRestored';
import { screenIdentifiers, swedishErrors, toErrorSchema } from './swedishErrors';

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

const DRAFT_DELAY_MS = 400;

// A field the system sets renders nothing: the page shows it its own way (e.g. "Som det kom in").
const SYSTEM_FIELDS = { SetBySystem: () => null };

/** A step's form: RJSF from forms/<id>, Swedish messages, drafts that survive reloads, engine errors at fields. */
export function StepForm({ form, draftKey, drafts, submitText, submitFor, initial, initialNote, newItems, fixed, engineErrors, onSubmit, disabled, rapportorName }: StepFormProps) {
  const [data, setData] = useState<Record<string, unknown> | undefined>(undefined);
  const [fromInitial, setFromInitial] = useState(false);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What is typed but not yet saved: flushed when the form goes away, so no keystroke is lost.
  const pending = useRef<Record<string, unknown> | undefined>(undefined);
  const schema = form.schema as RJSFSchema;
  const system = useMemo(() => setBySystem(form.schema), [form.schema]);
  const uiSchema = useMemo<UiSchema>(
    () => ({
      ...(form.ui as UiSchema),
      ...(fixed ? Object.fromEntries(Object.keys(fixed).map((k) => [k, { 'ui:widget': 'hidden' }])) : {}),
      ...Object.fromEntries(system.map((k) => [k, { 'ui:widget': 'hidden', 'ui:field': 'SetBySystem' }])),
      'ui:submitButtonOptions': { submitText, props: { disabled: disabled || busy, className: 'primary' } },
    }),
    [form.ui, fixed, system, submitText, disabled, busy],
  );
  const transform = useMemo(() => swedishErrors(form.schema), [form.schema]);
  const formContext = useMemo(() => ({ submitFor }) satisfies StepFormContext, [submitFor]);

  useEffect(() => {
    let live = true;
    const start = (draft: Record<string, unknown> | undefined) => {
      if (!live) return;
      setFromInitial(!draft && initial !== undefined && Object.keys(initial).length > 0);
      setData({ ...(draft ?? initial ?? {}), ...fixed });
    };
    drafts.load(draftKey).then(
      (d) => start(d as Record<string, unknown> | undefined),
      () => start(undefined),
    );
    const flush = async () => {
      clearTimeout(timer.current);
      const typed = pending.current;
      pending.current = undefined;
      if (typed) await drafts.save(draftKey, typed);
    };
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    // A draft put back from elsewhere (a refused rapport from the outbox) replaces an open, untouched form.
    const onRestored = (e: Event) => {
      if ((e as CustomEvent<string>).detail !== draftKey) return;
      pending.current = undefined;
      void drafts.load(draftKey).then((d) => {
        if (!live || !d) return;
        setFromInitial(false);
        setData({ ...(d as Record<string, unknown>), ...fixed });
      });
    };
    window.addEventListener(DRAFT_RESTORED, onRestored);
    const untrack = drafts.track?.(flush);
    return () => {
      live = false;
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener(DRAFT_RESTORED, onRestored);
      untrack?.();
      void flush();
    };
    // The draft is loaded once per form; later prop changes must not overwrite what the user typed.
  }, [draftKey]);

  if (!data) return <p aria-live="polite">Läser in formuläret …</p>;

  const isValid = (s: Record<string, unknown>, d: unknown) => validator.isValid(s as RJSFSchema, d, schema);
  const shown = visibleSchema(form.schema, data, isValid);
  const nameWarnings = rapportorName ? rapportorNameWarnings(data, rapportorName, form.schema) : [];

  const change = (e: IChangeEvent) => {
    const raw = withNewItems({ ...withoutSystemFields(e.formData as Record<string, unknown>, system, fixed), ...fixed }, data, newItems);
    const next = withoutHidden(raw, visibleSchema(form.schema, raw, isValid));
    setData(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = undefined;
      void drafts.save(draftKey, next);
    }, DRAFT_DELAY_MS);
  };

  const submit = async (e: IChangeEvent) => {
    clearTimeout(timer.current);
    pending.current = undefined;
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
      <div role="status" aria-live="polite" className="name-warnings">
        {nameWarnings.length > 0 && (
          <ul className="notice">
            {nameWarnings.map((w) => (
              <li key={w.pointer}>{w.message}</li>
            ))}
          </ul>
        )}
      </div>
      <Form
        schema={shown.schema as RJSFSchema}
        uiSchema={uiSchema}
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
