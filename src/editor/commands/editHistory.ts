import type { ProcessDefinition } from '../../engine/index';
import { applyEdit } from './applyEdit';
import type { EditCommand } from './EditCommand';

interface Entry {
  definition: ProcessDefinition;
  /** The edit that led from this entry to the next one (for "Ångra …"). */
  command: EditCommand;
}

/** Undo/redo over immutable drafts: each edit pushes the previous draft. */
export interface EditHistory {
  present: ProcessDefinition;
  past: readonly Entry[];
  future: readonly Entry[];
}

export function startHistory(definition: ProcessDefinition): EditHistory {
  return { present: definition, past: [], future: [] };
}

/** Applies an edit; a refused edit leaves the history unchanged and says why. */
export function edit(h: EditHistory, command: EditCommand): { history: EditHistory; refused?: string } {
  const result = applyEdit(h.present, command);
  if (!result.ok) return { history: h, refused: result.message };
  return { history: { present: result.definition, past: [...h.past, { definition: h.present, command }], future: [] } };
}

/**
 * Applies several edits saved together (a step's name, role, help text and deadline) one after the other, each on the
 * draft the previous left: all are kept, each its own "Ångra", or – when one is refused – none, and why.
 */
export function editAll(h: EditHistory, commands: readonly EditCommand[]): { history: EditHistory; refused?: string } {
  let next = h;
  for (const command of commands) {
    const r = edit(next, command);
    if (r.refused) return { history: h, refused: r.refused };
    next = r.history;
  }
  return { history: next };
}

export function undo(h: EditHistory): EditHistory {
  const last = h.past[h.past.length - 1];
  if (!last) return h;
  return { present: last.definition, past: h.past.slice(0, -1), future: [{ definition: h.present, command: last.command }, ...h.future] };
}

export function redo(h: EditHistory): EditHistory {
  const next = h.future[0];
  if (!next) return h;
  return { present: next.definition, past: [...h.past, { definition: h.present, command: next.command }], future: h.future.slice(1) };
}
