import type { FormEvent } from 'react';
import type { FieldFormMode, FieldInputs, FormMessage } from './fieldInputs';
import type { FieldMessages } from './fieldMessages';
import { FIELD_TYPES, FIELD_TYPE_LABELS, hasOptions, isFieldType } from './fieldTypes';
import { ShownWhenInput } from './ShownWhenInput';
import type { Question } from './ShownWhenInput';
import type { Container } from './subFields';

export interface FieldFormProps {
  mode: FieldFormMode;
  /** The label of the field being changed, when one is. */
  editingLabel: string | undefined;
  inputs: FieldInputs;
  shownName: string;
  messages: readonly FormMessage[];
  view: FieldMessages;
  /** Why the type cannot change (law or condition), when it cannot. */
  typeFixed: string | undefined;
  requiredFixed: boolean;
  /** The form's Ja/Nej and one-choice questions the field may be shown on. */
  questions: readonly Question[];
  /** The groups and lists of rows a new field may be added to. */
  containers: readonly Container[];
  SubHeading: 'h3' | 'h4';
  focusable(key: string): (el: HTMLElement | null) => void;
  set<K extends keyof FieldInputs>(key: K, value: FieldInputs[K]): void;
  setName(name: string): void;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
}

/** The form that adds a field or changes one: its texts, then what kind of answer it takes. */
export function FieldForm(props: FieldFormProps) {
  const { mode, messages, view, SubHeading } = props;
  return (
    <form className="field-form" noValidate onSubmit={props.onSubmit} aria-labelledby={view.inputId('form-heading')}>
      <SubHeading id={view.inputId('form-heading')}>
        {props.editingLabel !== undefined ? `Ändra fältet "${props.editingLabel}"` : 'Lägg till fält'}
      </SubHeading>
      <div role="alert" className={messages.length > 0 ? 'error-summary' : 'field-editor-empty'}>
        {messages.length > 0 && (
          <>
            <p>
              <strong>Fältet kunde inte sparas:</strong>
            </p>
            <ul>
              {messages.map((m, i) => (
                <li key={`${i}-${m.message}`}>{m.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {mode.kind === 'add' && props.containers.length > 0 && <TargetInput {...props} />}
      <TextInputs {...props} />
      <AnswerInputs {...props} />
      <ShownWhenInput
        {...props}
        alwaysShown={props.requiredFixed ? 'Fältet krävs enligt lag och visas alltid.' : undefined}
        questions={props.questions}
      />
      <div className="field-form-buttons">
        <button type="submit">{mode.kind === 'add' ? 'Lägg till fält' : 'Spara ändringar'}</button>
        {mode.kind === 'edit' && (
          <button type="button" onClick={props.onCancel}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}

/** What the person filling in the form reads: the label, the name the answer is kept under, the help text. */
function TextInputs({ mode, inputs, shownName, view, focusable, set, setName }: FieldFormProps) {
  const { inputId, describedBy, inlineError, invalid } = view;
  return (
    <>
      <div className="form-group">
        <label htmlFor={inputId('label')}>Etikett</label>
        <span className="hint" id={inputId('label-hint')}>
          Frågan eller rubriken som användaren ser, till exempel "Vad hände?".
        </span>
        {inlineError('label')}
        <input
          id={inputId('label')}
          type="text"
          value={inputs.label}
          aria-required="true"
          aria-invalid={invalid('label')}
          aria-describedby={describedBy('label', inputId('label-hint'))}
          ref={focusable('input:label')}
          onChange={(e) => set('label', e.target.value)}
        />
      </div>
      {/* The name answers are kept under: made from the label, so most process owners never open it. */}
      <details className="form-group field-name-details" open={invalid('name') === true || undefined}>
        <summary>Tekniskt namn</summary>
        <label htmlFor={inputId('name')}>Tekniskt namn</label>
        <span className="hint" id={inputId('name-hint')}>
          {mode.kind === 'add'
            ? 'Namnet som svaret sparas under. Föreslås utifrån etiketten. Börjar med liten bokstav och innehåller bara a–z, A–Z ' +
              'och siffror.'
            : 'Namnet som svaren sparas under. Det kan inte ändras här, eftersom sparade svar använder det.'}
        </span>
        {inlineError('name')}
        <input
          id={inputId('name')}
          type="text"
          value={shownName}
          readOnly={mode.kind === 'edit'}
          aria-required={mode.kind === 'add' ? 'true' : undefined}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name', inputId('name-hint'))}
          spellCheck={false}
          autoComplete="off"
          ref={focusable('input:name')}
          onChange={(e) => setName(e.target.value)}
        />
      </details>
      <div className="form-group">
        <label htmlFor={inputId('help')}>Hjälptext (valfri)</label>
        <span className="hint" id={inputId('help-hint')}>
          Visas under fältet och förklarar vad som ska fyllas i.
        </span>
        {inlineError('help')}
        <textarea
          id={inputId('help')}
          rows={3}
          value={inputs.help}
          aria-invalid={invalid('help')}
          aria-describedby={describedBy('help', inputId('help-hint'))}
          ref={focusable('input:help')}
          onChange={(e) => set('help', e.target.value)}
        />
      </div>
    </>
  );
}

/** What kind of answer the field takes: its type, whether it must be filled in, and its options. */
function AnswerInputs({ inputs, view, typeFixed, requiredFixed, focusable, set }: FieldFormProps) {
  const { inputId, describedBy, inlineError, invalid } = view;
  return (
    <>
      <div className="form-group">
        <label htmlFor={inputId('type')}>Typ av svar</label>
        {typeFixed && (
          <span className="hint" id={inputId('type-hint')}>
            {typeFixed}
          </span>
        )}
        {inlineError('type')}
        <select
          id={inputId('type')}
          value={inputs.type}
          disabled={typeFixed !== undefined}
          aria-invalid={invalid('type')}
          aria-describedby={describedBy('type', ...(typeFixed ? [inputId('type-hint')] : []))}
          ref={focusable('input:type')}
          onChange={(e) => isFieldType(e.target.value) && set('type', e.target.value)}
        >
          {FIELD_TYPES.map((t) => (
            <option key={t} value={t}>
              {FIELD_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group field-checkbox">
        <input
          id={inputId('required')}
          type="checkbox"
          checked={inputs.required}
          disabled={requiredFixed}
          aria-describedby={requiredFixed ? inputId('required-hint') : undefined}
          onChange={(e) => set('required', e.target.checked)}
        />
        <label htmlFor={inputId('required')}>Obligatoriskt – måste fyllas i</label>
        {requiredFixed && (
          <span className="hint" id={inputId('required-hint')}>
            Fältet krävs enligt lag och måste vara obligatoriskt.
          </span>
        )}
      </div>
      {hasOptions(inputs.type) && <OptionsInput inputs={inputs} view={view} focusable={focusable} set={set} />}
    </>
  );
}

function OptionsInput({ inputs, view, focusable, set }: Pick<FieldFormProps, 'inputs' | 'view' | 'focusable' | 'set'>) {
  const { inputId, describedBy, inlineError, invalid } = view;
  return (
    <div className="form-group">
      <label htmlFor={inputId('options')}>Alternativ</label>
      <span className="hint" id={inputId('options-hint')}>
        Ett alternativ per rad, minst två. Skriv texten som användaren ser; värdet skapas automatiskt. Vill du bestämma värdet själv: skriv
        "värde | text". Ändra inte värdet på ett befintligt alternativ – sparade svar använder det.
      </span>
      {inlineError('options')}
      <textarea
        id={inputId('options')}
        rows={6}
        value={inputs.optionsText}
        aria-invalid={invalid('options')}
        aria-describedby={describedBy('options', inputId('options-hint'))}
        ref={focusable('input:options')}
        onChange={(e) => set('optionsText', e.target.value)}
      />
    </div>
  );
}

/** Where a new field goes: the form itself, a group of fields, or a new column of a list of rows. */
function TargetInput({ inputs, view, containers, set }: FieldFormProps) {
  return (
    <div className="form-group">
      <label htmlFor={view.inputId('target')}>Var ska fältet ligga?</label>
      <select
        id={view.inputId('target')}
        value={inputs.target}
        onChange={(e) => {
          set('target', e.target.value);
          set('shownWhenField', ''); // the questions differ between the form and a group
          set('shownWhenValues', []);
        }}
      >
        <option value="">I formuläret</option>
        {containers.map((c) => (
          <option key={c.name} value={c.name}>
            {c.kind === 'group' ? `I gruppen "${c.label}"` : `Som kolumn i listan "${c.label}"`}
          </option>
        ))}
      </select>
    </div>
  );
}
