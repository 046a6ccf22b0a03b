import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FormSpec } from '../../engine/index';
import { addField } from './addField';
import { draftOf, EMPTY_INPUTS, inputsOf } from './fieldInputs';
import { shownWhenProblems } from './shownWhenProblems';
import type { FieldFormMode, FieldInputs, FormMessage } from './fieldInputs';
import type { EditResult, FieldDraft, ReadField } from './fieldTypes';
import { moveField, moveFieldTo } from './moveField';
import { removeField } from './removeField';
import { addSubField, addSubOption, containerOf, removeSubField } from './subFields';
import { updateField } from './updateField';
import { draftProblems } from './validateDraft';

interface Context {
  form: FormSpec;
  /** The form this one was copied from: the parts of its groups and lists stay. */
  original: FormSpec | undefined;
  fields: readonly ReadField[];
  locked: ReadonlySet<string>;
  shownName(inputs: FieldInputs, mode: FieldFormMode): string;
  focusLater(key: string): void;
  onChange(form: FormSpec): void;
  onRefused?(message: string): void;
}

/** The field editor's state and what its buttons and form do: each change through the pure field commands, focus kept. */
export function useFieldActions(c: Context) {
  const [mode, setMode] = useState<FieldFormMode>({ kind: 'add' });
  const [inputs, setInputs] = useState<FieldInputs>(EMPTY_INPUTS);
  const [messages, setMessages] = useState<FormMessage[]>([]);
  const [refusal, setRefusal] = useState('');
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);

  const refuse = (message: string) => {
    setRefusal(message);
    setStatus('');
    c.onRefused?.(message);
  };
  const accept = (result: Extract<EditResult, { ok: true }>, message: string) => {
    setRefusal('');
    setStatus(message);
    c.onChange(result.form);
  };
  const resetForm = () => {
    setMode({ kind: 'add' });
    setInputs(EMPTY_INPUTS);
    setMessages([]);
  };
  const rows = rowActions(c, { refuse, accept, resetForm, mode, setConfirming, setRefusal });
  const startEdit = (field: FieldDraft) => {
    setConfirming(null);
    setMode({ kind: 'edit', name: field.name });
    setInputs(inputsOf(field));
    setMessages([]);
    c.focusLater('input:label');
  };
  const cancelEdit = () => {
    const name = mode.kind === 'edit' ? mode.name : null;
    resetForm();
    if (name) c.focusLater(`${name}:edit`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const draft = draftOf(inputs, c.shownName(inputs, mode));
    const current = mode.kind === 'edit' ? mode.name : undefined;
    const target = current === undefined && inputs.target ? containerOf(c.form, inputs.target) : undefined;
    const result =
      current !== undefined
        ? updateField(c.form, current, draft, c.locked)
        : target
          ? addSubField(c.form, target.name, draft)
          : addField(c.form, draft, c.locked);
    if (!result.ok) {
      const [base, locked] = target ? [target.inner, new Set<string>()] : [c.form, c.locked];
      const problems = [...draftProblems(base, draft, current), ...shownWhenProblems(base, draft, locked, current)];
      const shown: FormMessage[] = problems.length > 0 ? problems : [{ message: result.message }];
      setMessages(shown);
      c.onRefused?.(result.message);
      return c.focusLater(`input:${shown[0]?.input ?? 'label'}`);
    }
    resetForm();
    c.focusLater(current === undefined ? 'input:label' : `${draft.name}:edit`);
    accept(
      result,
      current !== undefined
        ? `Ändringarna i fältet "${draft.label.trim()}" sparades.`
        : target
          ? `Fältet "${draft.label.trim()}" lades till sist i ${target.kind === 'group' ? 'gruppen' : 'listan'} "${target.label}".`
          : `Fältet "${draft.label.trim()}" lades till sist i listan.`,
    );
  };
  return { mode, inputs, setInputs, messages, refusal, status, confirming, setConfirming, startEdit, cancelEdit, submit, ...rows };
}

interface RowDeps {
  refuse(message: string): void;
  accept(result: Extract<EditResult, { ok: true }>, message: string): void;
  resetForm(): void;
  mode: FieldFormMode;
  setConfirming(name: string | null): void;
  setRefusal(message: string): void;
}

/** Moving and removing a field (after a confirmation), keeping focus where a keyboard user expects it. */
function rowActions(c: Context, d: RowDeps) {
  const move = (field: ReadField, delta: -1 | 1) => {
    d.setConfirming(null);
    const result = moveField(c.form, field.name, delta);
    if (!result.ok) return d.refuse(result.message);
    const to = c.fields.indexOf(field) + delta;
    // Keep focus on the same button, unless the field reached the edge and that button is now disabled.
    const reachedEdge = delta < 0 ? to === 0 : to === c.fields.length - 1;
    const same = delta < 0 ? 'up' : 'down';
    c.focusLater(`${field.name}:${reachedEdge ? (same === 'up' ? 'down' : 'up') : same}`);
    d.accept(result, `Fältet "${field.label}" flyttades ${delta < 0 ? 'upp' : 'ner'} till plats ${to + 1} av ${c.fields.length}.`);
  };
  const askRemove = (field: ReadField) => {
    const result = removeField(c.form, field.name, c.locked);
    if (!result.ok) return d.refuse(result.message);
    d.setRefusal('');
    d.setConfirming(field.name);
    c.focusLater(`${field.name}:confirm`);
  };
  const remove = (field: ReadField) => {
    d.setConfirming(null);
    const result = removeField(c.form, field.name, c.locked);
    if (!result.ok) return d.refuse(result.message);
    const at = c.fields.indexOf(field);
    const neighbour = c.fields[at + 1] ?? c.fields[at - 1];
    c.focusLater(neighbour ? `${neighbour.name}:remove` : 'heading');
    if (d.mode.kind === 'edit' && d.mode.name === field.name) d.resetForm();
    d.accept(result, `Fältet "${field.label}" togs bort.`);
  };
  const removePart = (field: ReadField, part: string) => {
    const result = removeSubField(c.form, field.name, part, c.original);
    if (!result.ok) return d.refuse(result.message);
    c.focusLater(`${field.name}:remove`);
    d.accept(result, `Fältet togs bort ur "${field.label}".`);
  };
  const addOption = (field: ReadField, part: string, label: string): boolean => {
    const result = addSubOption(c.form, field.name, part, label);
    if (!result.ok) {
      d.refuse(result.message);
      return false;
    }
    d.accept(result, `Alternativet "${label.trim()}" lades till i "${field.label}".`);
    return true;
  };
  const cancelRemove = (field: ReadField) => {
    d.setConfirming(null);
    c.focusLater(`${field.name}:remove`);
  };
  const moveTo = (field: ReadField, to: number) => {
    d.setConfirming(null);
    const result = moveFieldTo(c.form, field.name, to);
    if (!result.ok) return d.refuse(result.message);
    c.focusLater(`${field.name}:place`);
    d.accept(result, `Fältet "${field.label}" flyttades till plats ${to + 1} av ${c.fields.length}.`);
  };
  return { move, moveTo, askRemove, remove, removePart, addOption, cancelRemove };
}
