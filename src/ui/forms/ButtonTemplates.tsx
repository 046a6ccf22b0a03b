import type { IconButtonProps, RJSFSchema, SubmitButtonProps } from '@rjsf/utils';
import { getSubmitButtonOptions } from '@rjsf/utils';

/** RJSF's icon buttons have no text (no icon font here): Swedish text keeps them usable and named. */
function TextButton(text: string) {
  return function Button({ icon: _icon, iconType: _iconType, uiSchema: _ui, registry: _registry, className, ...props }: IconButtonProps) {
    return (
      <button type="button" className={className} {...props}>
        {text}
      </button>
    );
  };
}

/** What StepForm tells its templates through RJSF's formContext. */
export interface StepFormContext {
  /** The form's step, named to screen readers on the submit button when several forms are on the page. */
  submitFor?: string;
}

function SubmitButton({ uiSchema, registry }: SubmitButtonProps<unknown, RJSFSchema, StepFormContext>) {
  const { submitText, norender, props } = getSubmitButtonOptions(uiSchema);
  const submitFor = registry.formContext.submitFor;
  if (norender) return null;
  return (
    <p>
      <button type="submit" {...props} aria-label={submitFor ? `${submitText} – ${submitFor}` : undefined}>
        {submitText}
      </button>
    </p>
  );
}

export const ButtonTemplates = {
  AddButton: TextButton('Lägg till rad'),
  RemoveButton: TextButton('Ta bort raden'),
  MoveUpButton: TextButton('Flytta upp'),
  MoveDownButton: TextButton('Flytta ned'),
  CopyButton: TextButton('Kopiera raden'),
  SubmitButton,
};
