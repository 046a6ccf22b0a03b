import type { FormSpec } from '../../engine/index';
import type { ShownPart } from './FieldParts';
import { shownOnText } from './fieldQuestions';
import { FieldRow } from './FieldRow';
import type { ReadField } from './fieldTypes';
import type { useFieldActions } from './useFieldActions';

interface FieldTableProps {
  form: FormSpec;
  fields: readonly ReadField[];
  locked: ReadonlySet<string>;
  parts: ReadonlyMap<string, ShownPart[]>;
  inConditions: ReadonlySet<string>;
  /** The field being changed in the form below, if one is. */
  editingName: string | undefined;
  actions: ReturnType<typeof useFieldActions>;
  inputId(input: string): string;
  focusable(key: string): (el: HTMLElement | null) => void;
}

/** The form's fields in the order the form shows them, one row each with what ties it and what may be done with it. */
export function FieldTable({ form, fields, locked, parts, inConditions, editingName, actions, inputId, focusable }: FieldTableProps) {
  return (
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
            {...{ field, index, count: fields.length, inputId, focusable }}
            isLocked={locked.has(field.name)}
            shownOn={shownOnText(form, fields, field)}
            parts={parts.get(field.name)}
            onRemovePart={actions.removePart}
            onAddOption={actions.addOption}
            inCondition={inConditions.has(field.name)}
            confirming={actions.confirming === field.name}
            editing={editingName === field.name}
            {...{ onMove: actions.move, onMoveTo: actions.moveTo, onAskRemove: actions.askRemove, onRemove: actions.remove }}
            onCancelRemove={actions.cancelRemove}
            onEdit={actions.startEdit}
          />
        ))}
      </tbody>
    </table>
  );
}
