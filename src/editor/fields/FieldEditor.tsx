import { useId, useMemo } from 'react';
import type { FormSpec } from '../../engine/index';
import { conditionalFields } from './conditionalFields';
import { FieldForm } from './FieldForm';
import type { FieldFormMode, FieldInputs } from './fieldInputs';
import { isEditableField } from './fieldTypes';
import type { ReadField } from './fieldTypes';
import { fieldMessages } from './fieldMessages';
import { fieldNameFrom } from './fieldNameFrom';
import { FieldRow } from './FieldRow';
import { readFields } from './readFields';
import { answersOf } from './shownWhenProblems';
import type { Question } from './ShownWhenInput';
import { useFieldActions } from './useFieldActions';
import { useFocusAfterRender } from './useFocusAfterRender';
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
  const taken = useMemo(() => new Set(fields.map((f) => f.name)), [fields]);
  const { focusable, focusLater } = useFocusAfterRender();
  // A new field's name follows its label until the process owner types one.
  const shownName = (inputs: FieldInputs, mode: FieldFormMode) =>
    mode.kind === 'add' && !inputs.nameEdited ? (inputs.label.trim() ? fieldNameFrom(inputs.label, taken) : '') : inputs.name;
  const a = useFieldActions({ form, fields, locked, shownName, focusLater, onChange, ...(onRefused ? { onRefused } : {}) });
  const { mode } = a;
  const editing = mode.kind === 'edit' ? fields.find((f) => f.name === mode.name) : undefined;
  const questions = useMemo(() => questionsOf(form, fields, editing?.name), [form, fields, editing]);
  const editingLocked = mode.kind === 'edit' && locked.has(mode.name);
  const typeFixed = editingLocked
    ? 'Fältet krävs enligt lag och kan inte byta typ.'
    : mode.kind === 'edit' && inConditions.has(mode.name)
      ? 'Fältet används i ett villkor i formuläret och kan inte byta typ.'
      : undefined;
  const view = fieldMessages(id, a.messages);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  return (
    <section className="field-editor" aria-labelledby={view.inputId('heading')}>
      <Heading id={view.inputId('heading')} tabIndex={-1} ref={focusable('heading')}>
        Fält i steget
      </Heading>
      <p className="hint">
        Fält som krävs enligt lag kan få ny etikett och hjälptext, men kan inte tas bort, göras frivilliga eller byta typ.
      </p>
      <div role="alert" className={a.refusal ? 'rejection' : 'field-editor-empty'}>
        {a.refusal}
      </div>
      <p role="status" className={a.status ? 'success' : 'field-editor-empty'}>
        {a.status}
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
          {fields.map((field, index) => (
            <FieldRow
              key={field.name}
              {...{ field, index, count: fields.length, inputId: view.inputId, focusable }}
              isLocked={locked.has(field.name)}
              shownOn={shownOnText(fields, field)}
              inCondition={inConditions.has(field.name)}
              confirming={a.confirming === field.name}
              editing={mode.kind === 'edit' && mode.name === field.name}
              {...{ onMove: a.move, onMoveTo: a.moveTo, onAskRemove: a.askRemove, onRemove: a.remove }}
              onCancelRemove={a.cancelRemove}
              onEdit={a.startEdit}
            />
          ))}
        </tbody>
      </table>
      {fields.length === 0 && <p>Formuläret har inga fält ännu.</p>}
      <FieldForm
        {...{ mode, inputs: a.inputs, messages: a.messages, view, typeFixed, focusable }}
        editingLabel={editing?.label}
        shownName={shownName(a.inputs, mode)}
        requiredFixed={editingLocked && editing?.required === true}
        questions={questions}
        SubHeading={headingLevel === 3 ? 'h4' : 'h3'}
        set={(key, value) => a.setInputs((prev) => ({ ...prev, [key]: value }))}
        setName={(name) => a.setInputs((prev) => ({ ...prev, name, nameEdited: true }))}
        onSubmit={a.submit}
        onCancel={a.cancelEdit}
      />
    </section>
  );
}

/** The Ja/Nej and one-choice fields of the form, other than the one being changed: what a field may be shown on. */
function questionsOf(form: FormSpec, fields: readonly ReadField[], except: string | undefined): Question[] {
  return fields.flatMap((f) => {
    const answers = f.name === except ? undefined : answersOf(form, f.name);
    return answers ? [{ name: f.name, label: f.label, answers }] : [];
  });
}

/** "Visas när "Fråga" är Ja eller Okänt", in the words of the question's own answers. */
function shownOnText(fields: readonly ReadField[], field: ReadField): string | undefined {
  const when = field.shownWhen;
  if (!when) return undefined;
  const question = fields.find((f) => f.name === when.field);
  const options = question && isEditableField(question) ? (question.options ?? []) : [];
  const answer = (v: string | boolean) => (typeof v === 'boolean' ? (v ? 'Ja' : 'Nej') : (options.find((o) => o.value === v)?.label ?? v));
  return `Visas när "${question?.label ?? when.field}" är ${when.values.map(answer).join(' eller ')}`;
}
