import type { ProcessDefinition } from '../../engine/index';
import type { EditCommand } from './EditCommand';

export type EditResult = { ok: true; definition: ProcessDefinition } | { ok: false; message: string };

/** One kind of edit, applied to a copy of the draft (`def`, changed in place); `input` is the draft as it was. */
export type EditHandler<T extends EditCommand['type']> = (
  def: ProcessDefinition,
  cmd: Extract<EditCommand, { type: T }>,
  input: ProcessDefinition,
) => EditResult;

export const fail = (message: string): EditResult => ({ ok: false, message });
