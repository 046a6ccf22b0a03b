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

/** Which form the step uses: the process's own forms and those published with its versions. */
export function StepFormChoice({ edit, definition, current, forms }: StepFormChoiceProps) {
  const uid = useId();
  const [choice, setChoice] = useState(current);
  const formTitle = (f: string) => `${String(forms[f]?.schema.title ?? f)} (${f})`;
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
        {Object.keys(forms)
          .filter((f) => f.startsWith(`${definition.processType}-`) || definition.forms?.[f] || f === current)
          .sort()
          .map((f) => (
            <option key={f} value={f}>
              {formTitle(f)}
            </option>
          ))}
      </select>
      <button type="submit">Byt formulär</button>
    </form>
  );
}
