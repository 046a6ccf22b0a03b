import type { FormSpec } from '../../engine/index';
import { fieldOrder, writeOrder } from './fieldOrder';
import { hasField, labelOf } from './formCopy';
import type { EditResult } from './fieldTypes';
import { cloneJson } from './jsonValues';

/**
 * Moves a top-level field one place up (`-1`) or down (`1`) in the order the form shows its fields. Refuses, in
 * Swedish, a field that does not exist or is already first or last.
 */
export function moveField(form: FormSpec, name: string, delta: -1 | 1): EditResult {
  if (!hasField(form.schema, name)) return { ok: false, message: `Fältet "${name}" finns inte i formuläret.` };
  const label = labelOf(form.schema, name);
  const order = fieldOrder(form);
  const to = order.indexOf(name) + delta;
  if (to < 0 || to >= order.length)
    return {
      ok: false,
      message: `Fältet "${label}" är redan ${delta < 0 ? 'först' : 'sist'} och kan inte flyttas ${delta < 0 ? 'upp' : 'ner'}.`,
    };
  return moveFieldTo(form, name, to);
}

/**
 * Moves a top-level field to place `to` (0 is first) at once, writing the whole order to `ui:order`. Only the uiSchema
 * changes: the new form shares the (unchanged) schema with the input.
 */
export function moveFieldTo(form: FormSpec, name: string, to: number): EditResult {
  if (!hasField(form.schema, name)) return { ok: false, message: `Fältet "${name}" finns inte i formuläret.` };
  const order = fieldOrder(form);
  if (!Number.isInteger(to) || to < 0 || to >= order.length)
    return { ok: false, message: `Plats ${to + 1} finns inte: formuläret har ${order.length} fält.` };
  order.splice(order.indexOf(name), 1);
  order.splice(to, 0, name);
  const ui = form.ui ? cloneJson(form.ui) : {};
  writeOrder(ui, order);
  return { ok: true, form: { ...form, ui } };
}
