import { useId, useState } from 'react';
import { FIELD_TYPE_LABELS, isEditableField } from './fieldTypes';
import type { ReadField } from './fieldTypes';

/** One inner field of a group or list of rows as the process owner reads it; `local` when added here (removable). */
export interface ShownPart {
  field: ReadField;
  local: boolean;
  shownOn: string | undefined;
}

/** What a part is: its type, whether it must be answered, when it is shown and its alternatives. */
function describe(part: ShownPart): string {
  const f = part.field;
  const bits = [isEditableField(f) ? FIELD_TYPE_LABELS[f.type] : f.kind.toLowerCase(), f.required ? 'obligatoriskt' : 'frivilligt'];
  if (part.shownOn) bits.push(part.shownOn.charAt(0).toLowerCase() + part.shownOn.slice(1));
  if (isEditableField(f) && f.options?.length) bits.push(`alternativ: ${f.options.map((o) => o.label).join(', ')}`);
  return bits.join('; ');
}

interface FieldPartsProps {
  owner: ReadField;
  parts: readonly ShownPart[];
  onRemove(part: string): void;
  /** Adds an alternative to a choice part; true when it was added. */
  onAddOption(part: string, label: string): boolean;
}

/** The inner fields of a group or list of rows, read-only, with "Ta bort" on those added locally and a new alternative for a choice. */
export function FieldParts({ owner, parts, onRemove, onAddOption }: FieldPartsProps) {
  return (
    <ul className="field-parts" aria-label={`${owner.label} innehåller`}>
      {parts.map((p) => (
        <li key={p.field.name}>
          <span className="field-part-label">{p.field.label}</span> <span className="hint">({describe(p)})</span>
          {p.local ? (
            <>
              {' '}
              <span className="field-badge">Tillagt lokalt</span>{' '}
              <button type="button" aria-label={`Ta bort ${p.field.label} ur ${owner.label}`} onClick={() => onRemove(p.field.name)}>
                Ta bort
              </button>
            </>
          ) : null}
          {isEditableField(p.field) && p.field.options && <AddOption owner={owner} part={p.field} onAdd={onAddOption} />}
        </li>
      ))}
    </ul>
  );
}

/** "Nytt alternativ i …": a local alternative beside the ones the form came with. */
function AddOption({ owner, part, onAdd }: { owner: ReadField; part: ReadField; onAdd(part: string, label: string): boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <span className="field-add-option">
      <label htmlFor={id}>Nytt alternativ i {part.label}</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        aria-label={`Lägg till alternativet i ${part.label} (${owner.label})`}
        onClick={() => onAdd(part.name, text) && setText('')}
      >
        Lägg till alternativ
      </button>
    </span>
  );
}
