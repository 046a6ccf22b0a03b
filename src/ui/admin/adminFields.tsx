import { useId } from 'react';

/** The form's fields as text, empty ones left out (the server treats a missing field as "not given"). */
export function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  return out;
}

// Labels point at their control by id: a label around a select would add the chosen option to its name.
export function Field({
  label,
  name,
  value,
  required,
  type = 'text',
  hint,
}: {
  label: string;
  name: string;
  value?: string;
  required?: boolean;
  type?: string;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="admin-field">
      <label htmlFor={id}>
        {label}
        {required ? ' (obligatoriskt)' : ''}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value ?? ''}
        required={required}
        maxLength={200}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

export interface ChoiceProps {
  label: string;
  name?: string;
  value?: string;
  options: readonly (readonly [string, string])[];
  empty?: string;
  /** A controlled choice (which item to edit) instead of a form field. */
  onChoose?: (value: string) => void;
}

export function Choice({ label, name, value, options, empty, onChoose }: ChoiceProps) {
  const id = useId();
  const control = onChoose
    ? { value: value ?? '', onChange: (e: { target: { value: string } }) => onChoose(e.target.value) }
    : { defaultValue: value ?? '' };
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...(name ? { name } : {})} {...control}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </div>
  );
}
