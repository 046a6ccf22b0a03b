import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from '../../engine/index';
import { shippedDefinition } from '../../../test/support/catalog';
import { edit, editAll, redo, startHistory, undo } from './editHistory';
import type { EditCommand } from './EditCommand';

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

  it("keeps every combination of a step's properties saved together, each its own undo; a refused one keeps none", () => {
    const meta = (d: ProcessDefinition) => d.machine.states.handlaggning!.states!.utredningsspar!.states!.utredning!.meta!;
    const all: EditCommand[] = [
      { type: 'setTitle', path, title: 'Utredning av händelsen' },
      { type: 'setRole', path, role: 'forvaltningschef' },
      { type: 'setHelp', path, help: 'Ta med alla inblandade.' },
      { type: 'setSla', path, days: 12 },
    ];
    const kept = (d: ProcessDefinition, c: EditCommand) => {
      const m = meta(d);
      if (c.type === 'setTitle') return m.title === c.title;
      if (c.type === 'setRole') return m.role === c.role;
      if (c.type === 'setHelp') return m.help === c.help;
      return c.type === 'setSla' && m.obligations?.find((o) => o.kind === 'sla')?.days === c.days;
    };
    for (let mask = 1; mask < 1 << all.length; mask++) {
      const cmds = all.filter((_, i) => mask & (1 << i));
      const r = editAll(startHistory(lexSarah), cmds);
      expect(
        cmds.filter((c) => !kept(r.history.present, c)),
        `kombination ${mask}`,
      ).toEqual([]);
      expect(r.history.past.map((e) => e.command)).toEqual(cmds);
    }
    const h = startHistory(lexSarah);
    const refused = editAll(h, [all[0]!, { type: 'setSla', path, days: -2 }]);
    expect(refused.refused).toContain('mellan 1 och 365');
    expect(refused.history).toBe(h);
  });
});
