import { useEffect, useId, useState } from 'react';
import type { FormSpec, ProcessDefinition } from '../../engine/index';
import type { StepEditing } from './stepEditing';

interface StepFormChoiceProps {
  edit: StepEditing;
  definition: ProcessDefinition;
  /** The step's form now. */
  current: string;
  forms: Readonly<Record<string, FormSpec>>;
}

/** A form id's version: "-2" or "-v5" at its end; the first has none. */
const versionOf = (id: string) => Number(/-v?(\d+)$/.exec(id)?.[1] ?? 1);

/** Which form the step uses: the process's own forms and those published with its versions. */
export function StepFormChoice({ edit, definition, current, forms }: StepFormChoiceProps) {
  const uid = useId();
  const [choice, setChoice] = useState(current);
  const titleOf = (f: string) => String(forms[f]?.schema.title ?? 'Formulär utan namn');
  const offered = Object.keys(forms)
    .filter((f) => f.startsWith(`${definition.processType}-`) || definition.forms?.[f] || f === current)
    .sort();
  // Forms by their titles, no ids; versions of one form (same title) by their number.
  const formTitle = (f: string) =>
    offered.filter((o) => titleOf(o) === titleOf(f)).length > 1 ? `${titleOf(f)}, version ${versionOf(f)}` : titleOf(f);
  // The choice follows the draft (after undo, too).
  useEffect(() => setChoice(current), [edit.path, current]);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice && choice !== current)
          edit.run([{ type: 'setForm', path: edit.path, form: choice }], `"${edit.title}" använder nu formuläret "${formTitle(choice)}".`);
      }}
    >
      <label htmlFor={`${uid}-form`}>Formulär för steget</label>
      <select id={`${uid}-form`} value={choice} onChange={(e) => setChoice(e.target.value)}>
        {offered.map((f) => (
          <option key={f} value={f}>
            {formTitle(f)}
          </option>
        ))}
      </select>
      <button type="submit">Byt formulär</button>
    </form>
  );
}
