import { FieldParts } from './FieldParts';
import type { ShownPart } from './FieldParts';
import { FIELD_TYPE_LABELS, isEditableField } from './fieldTypes';
import type { FieldDraft, ReadField } from './fieldTypes';

export interface FieldRowProps {
  field: ReadField;
  index: number;
  count: number;
  isLocked: boolean;
  /** When the field is shown only on another question's answers: that, in words. */
  shownOn: string | undefined;
  /** A group's or list's own fields, read-only (those added here may be removed). */
  parts: readonly ShownPart[] | undefined;
  onRemovePart(field: ReadField, part: string): void;
  onAddOption(field: ReadField, part: string, label: string): boolean;
  inCondition: boolean;
  confirming: boolean;
  editing: boolean;
  inputId(input: string): string;
  focusable(key: string): (el: HTMLElement | null) => void;
  onMove(field: ReadField, delta: -1 | 1): void;
  /** To a place at once (0 is first): one choice instead of many clicks. */
  onMoveTo(field: ReadField, to: number): void;
  onAskRemove(field: ReadField): void;
  onRemove(field: ReadField): void;
  onCancelRemove(field: ReadField): void;
  onEdit(field: FieldDraft): void;
}

/** One field of the step's form: its label and technical name, what the law or a condition ties it to, and its actions. */
export function FieldRow(props: FieldRowProps) {
  const { field, isLocked, inCondition, inputId } = props;
  return (
    <tr className={props.editing ? 'field-row-editing' : undefined}>
      <th scope="row">
        <span className="field-label">{field.label}</span>
        {props.shownOn && <span className="hint field-shown-on">{props.shownOn}</span>}
        {props.parts && (
          <FieldParts
            owner={field}
            parts={props.parts}
            onRemove={(part) => props.onRemovePart(field, part)}
            onAddOption={(part, label) => props.onAddOption(field, part, label)}
          />
        )}
        {isLocked && (
          <span className="field-badge field-locked" id={inputId(`${field.name}-locked`)}>
            Krävs enligt lag
          </span>
        )}
        {inCondition && (
          <span className="field-badge field-conditional" id={inputId(`${field.name}-condition`)}>
            Används i villkor
          </span>
        )}
      </th>
      <td>
        {isEditableField(field) ? FIELD_TYPE_LABELS[field.type] : field.kind}
        {!isEditableField(field) && (
          <span className="hint field-readonly" id={inputId(`${field.name}-readonly`)}>
            {props.parts ? 'Delarna kan inte ändras här, men fält kan läggas till i den' : 'Kan inte ändras här'}
          </span>
        )}
      </td>
      <td>{field.required ? 'Ja' : 'Nej'}</td>
      <td className="actions">{props.confirming ? <ConfirmRemove {...props} /> : <RowButtons {...props} />}</td>
    </tr>
  );
}

const confirmText = (label: string) => `Ta bort fältet "${label}"? Svar som redan sparats i ärenden finns kvar.`;

function ConfirmRemove({ field, inputId, focusable, onRemove, onCancelRemove }: FieldRowProps) {
  return (
    <span className="field-confirm">
      <span id={inputId(`${field.name}-confirm-text`)}>{confirmText(field.label)}</span>{' '}
      <button
        type="button"
        className="danger"
        aria-label={`Ja, ta bort ${field.label}`}
        aria-describedby={inputId(`${field.name}-confirm-text`)}
        ref={focusable(`${field.name}:confirm`)}
        onClick={() => onRemove(field)}
      >
        Ja, ta bort
      </button>
      <button type="button" aria-label={`Avbryt borttagning av ${field.label}`} onClick={() => onCancelRemove(field)}>
        Avbryt
      </button>
    </span>
  );
}

function RowButtons(props: FieldRowProps) {
  const { field, index, count, isLocked, inCondition, inputId, focusable, onMove, onMoveTo, onEdit, onAskRemove } = props;
  const notes = [...(isLocked ? [inputId(`${field.name}-locked`)] : []), ...(inCondition ? [inputId(`${field.name}-condition`)] : [])];
  const editable = isEditableField(field);
  return (
    <>
      <button
        type="button"
        aria-label={`Flytta upp ${field.label}`}
        disabled={index === 0}
        ref={focusable(`${field.name}:up`)}
        onClick={() => onMove(field, -1)}
      >
        Flytta upp
      </button>
      <button
        type="button"
        aria-label={`Flytta ner ${field.label}`}
        disabled={index === count - 1}
        ref={focusable(`${field.name}:down`)}
        onClick={() => onMove(field, 1)}
      >
        Flytta ner
      </button>
      <select
        aria-label={`Plats för ${field.label}`}
        value={index}
        ref={focusable(`${field.name}:place`)}
        onChange={(e) => onMoveTo(field, Number(e.target.value))}
      >
        {Array.from({ length: count }, (_, i) => (
          <option key={i} value={i}>
            Plats {i + 1}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label={`Ändra ${field.label}`}
        disabled={!editable}
        aria-describedby={editable ? undefined : inputId(`${field.name}-readonly`)}
        ref={focusable(`${field.name}:edit`)}
        onClick={() => editable && onEdit(field)}
      >
        Ändra
      </button>
      <button
        type="button"
        aria-label={`Ta bort ${field.label}`}
        aria-describedby={notes.join(' ') || undefined}
        ref={focusable(`${field.name}:remove`)}
        onClick={() => onAskRemove(field)}
      >
        Ta bort
      </button>
    </>
  );
}
