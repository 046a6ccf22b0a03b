import type { ReactNode } from 'react';
import type { FormMessage } from './fieldInputs';
import type { DraftProblem } from './validateDraft';

type Input = DraftProblem['input'];

/** How the add/change form ties its messages to its inputs: ids, aria-describedby, aria-invalid and the inline text. */
export interface FieldMessages {
  inputId(input: string): string;
  describedBy(input: Input, ...more: string[]): string | undefined;
  inlineError(input: Input): ReactNode;
  invalid(input: Input): true | undefined;
}

export function fieldMessages(id: string, messages: readonly FormMessage[]): FieldMessages {
  const inputId = (input: string) => `${id}-${input}`;
  const messageFor = (input: Input) => messages.filter((m) => m.input === input);
  return {
    inputId,
    describedBy: (input, ...more) => [...more, ...(messageFor(input).length > 0 ? [inputId(`${input}-error`)] : [])].join(' ') || undefined,
    inlineError: (input) =>
      messageFor(input).length > 0 ? (
        <span className="error-detail field-error" id={inputId(`${input}-error`)}>
          {messageFor(input)
            .map((m) => m.message)
            .join(' ')}
        </span>
      ) : null,
    invalid: (input) => (messageFor(input).length > 0 ? true : undefined),
  };
}
