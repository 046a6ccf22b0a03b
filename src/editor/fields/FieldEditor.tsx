import { useId, useMemo } from 'react';
import type { FormSpec } from '../../engine/index';
import { conditionalFields } from './conditionalFields';
import { FieldForm } from './FieldForm';
import type { FieldFormMode, FieldInputs } from './fieldInputs';

import { fieldMessages } from './fieldMessages';
import { fieldNameFrom } from './fieldNameFrom';
import { FieldTable } from './FieldTable';
import { readFields } from './readFields';
import { questionsOf, shownOnText } from './fieldQuestions';
import type { ShownPart } from './FieldParts';
import { containersOf, originalParts, partsOf } from './subFields';
import type { Container } from './subFields';
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
  /** The form this one was copied from (the bundled one): the parts of its groups and lists are kept. */
  original?: FormSpec;
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
export function FieldEditor({ form, original, locked, onChange, onRefused, headingLevel = 2 }: FieldEditorProps) {
  const id = useId();
  const fields = useMemo(() => readFields(form), [form]);
  const inConditions = useMemo(() => conditionalFields(form), [form]);
  const containers = useMemo(() => containersOf(form, fields), [form, fields]);
  const parts = useMemo(() => shownParts(containers, original), [containers, original]);
  const { focusable, focusLater } = useFocusAfterRender();
  // A new field's name follows its label until the process owner types one (unique in the form and in its group or list).
  const shownName = (inputs: FieldInputs, mode: FieldFormMode) => {
    const inner = containers.find((c) => c.name === inputs.target);
    const taken = new Set([...fields, ...(inner ? partsOf(inner) : [])].map((f) => f.name));
    return mode.kind === 'add' && !inputs.nameEdited ? (inputs.label.trim() ? fieldNameFrom(inputs.label, taken) : '') : inputs.name;
  };
  const context = { form, original, fields, locked, shownName, focusLater, onChange };
  const a = useFieldActions({ ...context, ...(onRefused ? { onRefused } : {}) });
  const { mode } = a;
  const editing = mode.kind === 'edit' ? fields.find((f) => f.name === mode.name) : undefined;
  const target = mode.kind === 'add' ? containers.find((c) => c.name === a.inputs.target) : undefined;
  const questions = target ? questionsOf(target.inner, partsOf(target), undefined) : questionsOf(form, fields, editing?.name);
  const editingLocked = mode.kind === 'edit' && locked.has(mode.name);
  const typeFixed = typeFixedText(editingLocked, mode.kind === 'edit' && inConditions.has(mode.name));
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
      <FieldTable
        {...{ form, fields, locked, parts, inConditions, focusable }}
        inputId={view.inputId}
        actions={a}
        editingName={mode.kind === 'edit' ? mode.name : undefined}
      />
      {fields.length === 0 && <p>Formuläret har inga fält ännu.</p>}
      <FieldForm
        {...{ mode, inputs: a.inputs, messages: a.messages, view, typeFixed, focusable }}
        editingLabel={editing?.label}
        shownName={shownName(a.inputs, mode)}
        requiredFixed={editingLocked && editing?.required === true}
        questions={questions}
        containers={containers}
        SubHeading={headingLevel === 3 ? 'h4' : 'h3'}
        set={(key, value) => a.setInputs((prev) => ({ ...prev, [key]: value }))}
        setName={(name) => a.setInputs((prev) => ({ ...prev, name, nameEdited: true }))}
        onSubmit={a.submit}
        onCancel={a.cancelEdit}
      />
    </section>
  );
}

/** The parts of each group and list of rows, with what shows them and whether they were added here. */
function shownParts(containers: readonly Container[], original: FormSpec | undefined): Map<string, ShownPart[]> {
  return new Map(
    containers.map((c) => {
      const inner = partsOf(c);
      const fixed = originalParts(original, c.name);
      return [
        c.name,
        inner.map((field) => ({ field, local: !!original && !fixed.has(field.name), shownOn: shownOnText(c.inner, inner, field) })),
      ];
    }),
  );
}

/** Why the type of the field being changed cannot change, when it cannot. */
function typeFixedText(locked: boolean, inCondition: boolean): string | undefined {
  if (locked) return 'Fältet krävs enligt lag och kan inte byta typ.';
  return inCondition ? 'Fältet används i ett villkor i formuläret och kan inte byta typ.' : undefined;
}
