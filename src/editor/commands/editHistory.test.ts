import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from '../../engine/index';
import { shippedDefinition } from '../../../test/support/catalog';
import { edit, redo, startHistory, undo } from './editHistory';

const lexSarah = shippedDefinition('lex-sarah');
const path = 'handlaggning.utredningsspar.utredning';
const title = (d: ProcessDefinition) => d.machine.states.handlaggning!.states!.utredningsspar!.states!.utredning!.meta!.title;

describe('undo and redo', () => {
  it('undoes and redoes edits in order; a new edit clears the redo list', () => {
    let h = startHistory(lexSarah);
    h = edit(h, { type: 'setTitle', path, title: 'Ett' }).history;
    h = edit(h, { type: 'setTitle', path, title: 'Två' }).history;
    expect(title(h.present)).toBe('Två');
    h = undo(h);
    expect(title(h.present)).toBe('Ett');
    h = undo(h);
    expect(title(h.present)).toBe('Utredning');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(title(h.present)).toBe('Ett');
    expect(h.future).toHaveLength(1);
    h = edit(h, { type: 'setTitle', path, title: 'Tre' }).history;
    expect(h.future).toHaveLength(0);
    expect(redo(h)).toBe(h);
    expect(h.past.map((e) => e.command.type)).toEqual(['setTitle', 'setTitle']);
  });

  it('keeps the history unchanged when an edit is refused, and says why', () => {
    const h = startHistory(lexSarah);
    const r = edit(h, { type: 'setSla', path, days: -2 });
    expect(r.history).toBe(h);
    expect(r.refused).toContain('mellan 1 och 365');
  });
});
