import type { IconButtonProps, SubmitButtonProps } from '@rjsf/utils';
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

function SubmitButton({ uiSchema }: SubmitButtonProps) {
  const { submitText, norender, props } = getSubmitButtonOptions(uiSchema);
  if (norender) return null;
  return (
    <p>
      <button type="submit" {...props}>
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
