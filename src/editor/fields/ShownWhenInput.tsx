import type { FieldInputs } from './fieldInputs';
import type { FieldMessages } from './fieldMessages';

/** A question a field can be shown on: a Ja/Nej or one-choice field of the same form, with its answers. */
export interface Question {
  name: string;
  label: string;
  answers: { value: string | boolean; label: string }[];
}

interface ShownWhenInputProps {
  inputs: FieldInputs;
  view: FieldMessages;
  questions: readonly Question[];
  /** Why the field is always shown (the law requires it), when it is. */
  alwaysShown: string | undefined;
  focusable(key: string): (el: HTMLElement | null) => void;
  set<K extends keyof FieldInputs>(key: K, value: FieldInputs[K]): void;
}

/** "Visa fältet": always, or only on some answers to another question (the form then asks for it only then). */
export function ShownWhenInput({ inputs, view, questions, alwaysShown, focusable, set }: ShownWhenInputProps) {
  const { inputId, describedBy, inlineError, invalid } = view;
  const question = questions.find((q) => q.name === inputs.shownWhenField);
  const toggle = (value: string | boolean, on: boolean) =>
    set('shownWhenValues', on ? [...inputs.shownWhenValues, value] : inputs.shownWhenValues.filter((v) => v !== value));
  return (
    <div className="form-group">
      <label htmlFor={inputId('shownWhen')}>Visa fältet</label>
      <span className="hint" id={inputId('shownWhen-hint')}>
        {alwaysShown ??
          (questions.length === 0
            ? 'Fältet visas alltid. Lägg till en fråga med svaren Ja/Nej eller ett val för att kunna visa fältet bara vid vissa svar.'
            : 'Ett fält som bara visas vid vissa svar är obligatoriskt bara när det visas.')}
      </span>
      {inlineError('shownWhen')}
      <select
        id={inputId('shownWhen')}
        value={inputs.shownWhenField}
        disabled={alwaysShown !== undefined || (questions.length === 0 && !inputs.shownWhenField)}
        aria-invalid={invalid('shownWhen')}
        aria-describedby={describedBy('shownWhen', inputId('shownWhen-hint'))}
        ref={focusable('input:shownWhen')}
        onChange={(e) => {
          const next = questions.find((q) => q.name === e.target.value);
          set('shownWhenField', e.target.value);
          // A Ja/Nej question is nearly always asked for its Ja: start there.
          set('shownWhenValues', next?.answers[0]?.value === true ? [true] : []);
        }}
      >
        <option value="">Alltid</option>
        {questions.map((q) => (
          <option key={q.name} value={q.name}>
            Bara vid vissa svar på "{q.label}"
          </option>
        ))}
      </select>
      {question && (
        <fieldset className="shown-when-answers">
          <legend>Visa när svaret på "{question.label}" är</legend>
          {question.answers.map((a) => (
            <span key={String(a.value)} className="field-checkbox">
              <input
                id={inputId(`shownWhen-${String(a.value)}`)}
                type="checkbox"
                checked={inputs.shownWhenValues.includes(a.value)}
                onChange={(e) => toggle(a.value, e.target.checked)}
              />
              <label htmlFor={inputId(`shownWhen-${String(a.value)}`)}>{a.label}</label>
            </span>
          ))}
        </fieldset>
      )}
    </div>
  );
}
