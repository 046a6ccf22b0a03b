import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { FormSpec } from '../../engine/index';
import { addField } from './addField';
import { conditionalFields } from './conditionalFields';
import { fieldNameFrom } from './fieldNameFrom';
import { formatOptions, parseOptions } from './fieldOptions';
import { FIELD_TYPES, FIELD_TYPE_LABELS, hasOptions, isEditableField, isFieldType } from './fieldTypes';
import type { EditResult, FieldDraft, FieldType, ReadField } from './fieldTypes';
import { moveField } from './moveField';
import { readFields } from './readFields';
import { removeField } from './removeField';
import { updateField } from './updateField';
import { draftProblems } from './validateDraft';
import type { DraftProblem } from './validateDraft';
import './fieldEditor.css';

export interface FieldEditorProps {
  /** The step's form; the editor never changes it, it hands a new one to `onChange`. */
  form: FormSpec;
  /** Names of the fields the law requires (the legal skeleton's `requiredFields`). */
  locked: ReadonlySet<string>;
  /** Called with the new form after every accepted change. */
  onChange(form: FormSpec): void;
  /** Called with the Swedish message whenever a change is refused (it is also shown). */
  onRefused?(message: string): void;
  /** Level of the editor's heading (default 2); the add/edit form's heading is one level below. */
  headingLevel?: 2 | 3;
}

type Mode = { kind: 'add' } | { kind: 'edit'; name: string };

interface Inputs {
  label: string;
  /** The typed technical name; when `nameEdited` is false a new field's name follows the label. */
  name: string;
  nameEdited: boolean;
  help: string;
  type: FieldType;
  required: boolean;
  optionsText: string;
}

/** A message shown with the add/edit form, with the input it concerns when there is one. */
interface FormMessage {
  input?: DraftProblem['input'];
  message: string;
}

const EMPTY: Inputs = { label: '', name: '', nameEdited: false, help: '', type: 'text', required: false, optionsText: '' };

function inputsOf(field: FieldDraft): Inputs {
  return {
    label: field.label,
    name: field.name,
    nameEdited: true,
    help: field.help ?? '',
    type: field.type,
    required: field.required,
    optionsText: formatOptions(field.options ?? []),
  };
}

/**
 * The simple field editor of a step: the form's top-level fields in order, with buttons to move,
 * change and remove each, and a form to add or change a field. Fields the law requires (`locked`)
 * are marked "Krävs enligt lag"; they may get a new label and help text, but refusals to remove,
 * retype or make them optional are shown in Swedish. Fields the editor cannot represent (groups,
 * lists of rows …) are listed read-only.
 */
export function FieldEditor({ form, locked, onChange, onRefused, headingLevel = 2 }: FieldEditorProps) {
  const id = useId();
  const fields = useMemo(() => readFields(form), [form]);
  const inConditions = useMemo(() => conditionalFields(form), [form]);
  const [mode, setMode] = useState<Mode>({ kind: 'add' });
  const [inputs, setInputs] = useState<Inputs>(EMPTY);
  const [messages, setMessages] = useState<FormMessage[]>([]);
  const [refusal, setRefusal] = useState('');
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);

  // Focus moves to the element registered under this key after the next render.
  const focusables = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    focusables.current.get(key)?.focus();
  });
  const focusable = (key: string) => (el: HTMLElement | null) => {
    if (el) focusables.current.set(key, el);
    else focusables.current.delete(key);
  };
  const focusLater = (key: string) => {
    pendingFocus.current = key;
  };

  const editing = mode.kind === 'edit' ? fields.find((f) => f.name === mode.name) : undefined;
  const editingLocked = mode.kind === 'edit' && locked.has(mode.name);
  const editingInCondition = mode.kind === 'edit' && inConditions.has(mode.name);
  const taken = useMemo(() => new Set(fields.map((f) => f.name)), [fields]);
  const shownName = mode.kind === 'add' && !inputs.nameEdited ? (inputs.label.trim() ? fieldNameFrom(inputs.label, taken) : '') : inputs.name;

  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const SubHeading = headingLevel === 3 ? 'h4' : 'h3';

  const refuse = (message: string) => {
    setRefusal(message);
    setStatus('');
    onRefused?.(message);
  };
  const accept = (result: Extract<EditResult, { ok: true }>, message: string) => {
    setRefusal('');
    setStatus(message);
    onChange(result.form);
  };

  const move = (field: ReadField, delta: -1 | 1) => {
    setConfirming(null);
    const result = moveField(form, field.name, delta);
    if (!result.ok) return refuse(result.message);
    const to = fields.indexOf(field) + delta;
    // Keep focus on the same button, unless the field reached the edge and that button is now disabled.
    const reachedEdge = delta < 0 ? to === 0 : to === fields.length - 1;
    const same = delta < 0 ? 'up' : 'down';
    focusLater(`${field.name}:${reachedEdge ? (same === 'up' ? 'down' : 'up') : same}`);
    accept(result, `Fältet "${field.label}" flyttades ${delta < 0 ? 'upp' : 'ner'} till plats ${to + 1} av ${fields.length}.`);
  };

  const askRemove = (field: ReadField) => {
    const result = removeField(form, field.name, locked);
    if (!result.ok) return refuse(result.message);
    setRefusal('');
    setConfirming(field.name);
    focusLater(`${field.name}:confirm`);
  };

  const remove = (field: ReadField) => {
    setConfirming(null);
    const result = removeField(form, field.name, locked);
    if (!result.ok) return refuse(result.message);
    const at = fields.indexOf(field);
    const neighbour = fields[at + 1] ?? fields[at - 1];
    focusLater(neighbour ? `${neighbour.name}:remove` : 'heading');
    if (mode.kind === 'edit' && mode.name === field.name) resetForm();
    accept(result, `Fältet "${field.label}" togs bort.`);
  };

  const startEdit = (field: FieldDraft) => {
    setConfirming(null);
    setMode({ kind: 'edit', name: field.name });
    setInputs(inputsOf(field));
    setMessages([]);
    focusLater('input:label');
  };

  function resetForm() {
    setMode({ kind: 'add' });
    setInputs(EMPTY);
    setMessages([]);
  }

  const cancelEdit = () => {
    const name = mode.kind === 'edit' ? mode.name : null;
    resetForm();
    if (name) focusLater(`${name}:edit`);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const draft: FieldDraft = {
      name: shownName.trim(),
      label: inputs.label,
      help: inputs.help,
      type: inputs.type,
      required: inputs.required,
      ...(hasOptions(inputs.type) ? { options: parseOptions(inputs.optionsText) } : {}),
    };
    const current = mode.kind === 'edit' ? mode.name : undefined;
    const result = current === undefined ? addField(form, draft, locked) : updateField(form, current, draft, locked);
    if (!result.ok) {
      const problems = draftProblems(form, draft, current);
      const shown: FormMessage[] = problems.length > 0 ? problems : [{ message: result.message }];
      setMessages(shown);
      onRefused?.(result.message);
      focusLater(`input:${shown[0]?.input ?? 'label'}`);
      return;
    }
    const label = draft.label.trim();
    resetForm();
    if (current === undefined) {
      focusLater('input:label');
      accept(result, `Fältet "${label}" lades till sist i listan.`);
    } else {
      focusLater(`${draft.name}:edit`);
      accept(result, `Ändringarna i fältet "${label}" sparades.`);
    }
  };

  const set = <K extends keyof Inputs>(key: K, value: Inputs[K]) => setInputs((prev) => ({ ...prev, [key]: value }));
  const inputId = (input: string) => `${id}-${input}`;
  const messageFor = (input: DraftProblem['input']) => messages.filter((m) => m.input === input);
  const describedBy = (input: DraftProblem['input'], ...more: string[]) =>
    [...more, ...(messageFor(input).length > 0 ? [inputId(`${input}-error`)] : [])].join(' ') || undefined;
  const inlineError = (input: DraftProblem['input']) =>
    messageFor(input).length > 0 ? (
      <span className="error-detail field-error" id={inputId(`${input}-error`)}>
        {messageFor(input)
          .map((m) => m.message)
          .join(' ')}
      </span>
    ) : null;
  const invalid = (input: DraftProblem['input']) => (messageFor(input).length > 0 ? true : undefined);
  const typeFixed = editingLocked || editingInCondition;
  const requiredFixed = editingLocked && editing?.required === true;

  return (
    <section className="field-editor" aria-labelledby={inputId('heading')}>
      <Heading id={inputId('heading')} tabIndex={-1} ref={focusable('heading')}>
        Fält i steget
      </Heading>
      <p className="hint">
        Fält som krävs enligt lag kan få ny etikett och hjälptext, men kan inte tas bort, göras frivilliga eller byta typ.
      </p>
      <div role="alert" className={refusal ? 'rejection' : 'field-editor-empty'}>
        {refusal}
      </div>
      <p role="status" className={status ? 'success' : 'field-editor-empty'}>
        {status}
      </p>

      <table className="field-table">
        <caption className="visually-hidden">
          Fälten i formuläret{typeof form.schema.title === 'string' ? ` ${form.schema.title}` : ''}, i den ordning de visas
        </caption>
        <thead>
          <tr>
            <th scope="col">Fält</th>
            <th scope="col">Typ</th>
            <th scope="col">Obligatoriskt</th>
            <th scope="col">Åtgärder</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const isLocked = locked.has(field.name);
            const notes = [
              ...(isLocked ? [inputId(`${field.name}-locked`)] : []),
              ...(inConditions.has(field.name) ? [inputId(`${field.name}-condition`)] : []),
            ];
            const readOnlyNote = inputId(`${field.name}-readonly`);
            return (
              <tr key={field.name} className={mode.kind === 'edit' && mode.name === field.name ? 'field-row-editing' : undefined}>
                <th scope="row">
                  <span className="field-label">{field.label}</span>{' '}
                  <span className="field-name hint">{field.name}</span>
                  {isLocked && (
                    <span className="field-badge field-locked" id={inputId(`${field.name}-locked`)}>
                      Krävs enligt lag
                    </span>
                  )}
                  {inConditions.has(field.name) && (
                    <span className="field-badge field-conditional" id={inputId(`${field.name}-condition`)}>
                      Används i villkor
                    </span>
                  )}
                </th>
                <td>
                  {isEditableField(field) ? FIELD_TYPE_LABELS[field.type] : field.kind}
                  {!isEditableField(field) && (
                    <span className="hint field-readonly" id={readOnlyNote}>
                      Kan inte ändras här
                    </span>
                  )}
                </td>
                <td>{field.required ? 'Ja' : 'Nej'}</td>
                <td className="actions">
                  {confirming === field.name ? (
                    <span className="field-confirm">
                      <span id={inputId(`${field.name}-confirm-text`)}>Ta bort fältet "{field.label}"? Svar som redan sparats i ärenden finns kvar.</span>{' '}
                      <button
                        type="button"
                        className="danger"
                        aria-label={`Ja, ta bort ${field.label}`}
                        aria-describedby={inputId(`${field.name}-confirm-text`)}
                        ref={focusable(`${field.name}:confirm`)}
                        onClick={() => remove(field)}
                      >
                        Ja, ta bort
                      </button>
                      <button
                        type="button"
                        aria-label={`Avbryt borttagning av ${field.label}`}
                        onClick={() => {
                          setConfirming(null);
                          focusLater(`${field.name}:remove`);
                        }}
                      >
                        Avbryt
                      </button>
                    </span>
                  ) : (
                    <>
                      <button
                        type="button"
                        aria-label={`Flytta upp ${field.label}`}
                        disabled={index === 0}
                        ref={focusable(`${field.name}:up`)}
                        onClick={() => move(field, -1)}
                      >
                        Flytta upp
                      </button>
                      <button
                        type="button"
                        aria-label={`Flytta ner ${field.label}`}
                        disabled={index === fields.length - 1}
                        ref={focusable(`${field.name}:down`)}
                        onClick={() => move(field, 1)}
                      >
                        Flytta ner
                      </button>
                      <button
                        type="button"
                        aria-label={`Ändra ${field.label}`}
                        disabled={!isEditableField(field)}
                        aria-describedby={isEditableField(field) ? undefined : readOnlyNote}
                        ref={focusable(`${field.name}:edit`)}
                        onClick={() => isEditableField(field) && startEdit(field)}
                      >
                        Ändra
                      </button>
                      <button
                        type="button"
                        aria-label={`Ta bort ${field.label}`}
                        aria-describedby={notes.join(' ') || undefined}
                        ref={focusable(`${field.name}:remove`)}
                        onClick={() => askRemove(field)}
                      >
                        Ta bort
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {fields.length === 0 && <p>Formuläret har inga fält ännu.</p>}

      <form className="field-form" noValidate onSubmit={submit} aria-labelledby={inputId('form-heading')}>
        <SubHeading id={inputId('form-heading')}>{editing ? `Ändra fältet "${editing.label}"` : 'Lägg till fält'}</SubHeading>
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

        <div className="form-group">
          <label htmlFor={inputId('name')}>Tekniskt namn</label>
          <span className="hint" id={inputId('name-hint')}>
            {mode.kind === 'add'
              ? 'Namnet som svaret sparas under. Föreslås utifrån etiketten. Börjar med liten bokstav och innehåller bara a–z, A–Z och siffror.'
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
            onChange={(e) => setInputs((prev) => ({ ...prev, name: e.target.value, nameEdited: true }))}
          />
        </div>

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

        <div className="form-group">
          <label htmlFor={inputId('type')}>Typ av svar</label>
          {typeFixed && (
            <span className="hint" id={inputId('type-hint')}>
              {editingLocked ? 'Fältet krävs enligt lag och kan inte byta typ.' : 'Fältet används i ett villkor i formuläret och kan inte byta typ.'}
            </span>
          )}
          {inlineError('type')}
          <select
            id={inputId('type')}
            value={inputs.type}
            disabled={typeFixed}
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

        {hasOptions(inputs.type) && (
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
        )}

        <div className="field-form-buttons">
          <button type="submit">{mode.kind === 'add' ? 'Lägg till fält' : 'Spara ändringar'}</button>
          {mode.kind === 'edit' && (
            <button type="button" onClick={cancelEdit}>
              Avbryt
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
