import { describe, expect, it } from 'vitest';
import { shippedDefinition } from '../../../test/support/catalog';
import { catalog } from '../../../test/support/world';
import { REGISTRY } from '../../processes/packs';
import { phrasesFor, staleMentions } from './staleMentions';

describe('texts that still name an old deadline (issue 27)', () => {
  it('names numbers as digits and words, and weeks', () => {
    expect(phrasesFor(14)).toEqual(expect.arrayContaining(['14 dagar', 'fjorton dagar', 'två veckor', '2 veckor']));
    expect(phrasesFor(7)).toEqual(expect.arrayContaining(['sju dagar', 'en vecka']));
    expect(phrasesFor(10)).not.toContain('en vecka');
  });

  it("finds synpunkter's 'två veckor' in the deadline wording, the forms and the public form after 14 days became 10", () => {
    const def = shippedDefinition('synpunkter');
    const intro = REGISTRY.packOf('synpunkter')!.publicIntake!.intro;
    const found = staleMentions(def, catalog().forms, 14, { extra: [['texten på det allmänna webbformuläret', intro]] });
    const where = found.map((f) => f.where);
    expect(where).toContain('texten på det allmänna webbformuläret');
    expect(where.some((w) => w.startsWith('tidskravets text för'))).toBe(true);
    expect(where.some((w) => w.startsWith('formuläret'))).toBe(true);
    expect(found.every((f) => f.phrase === 'två veckor')).toBe(true);
    // Its own wording, rewritten in the same save, is not named again; nothing names ten days.
    const own = JSON.stringify(def.machine).match(/"id":"([^"]+)","title":"[^"]*två veckor/)?.[1];
    expect(own).toBeDefined();
    const skipped = staleMentions(def, catalog().forms, 14, { skipObligation: own! }).map((f) => f.where);
    expect(skipped.filter((w) => w.startsWith('tidskravets text'))).toEqual([]);
    expect(staleMentions(def, catalog().forms, 10)).toEqual([]);
  });

  it('does not take "14 dagar" inside "114 dagar" or "två veckorna"', () => {
    const def = shippedDefinition('synpunkter');
    const extra: [string, string][] = [
      ['a', 'inom 114 dagar'],
      ['b', 'de två veckorna'],
    ];
    expect(staleMentions({ ...def, machine: { ...def.machine, states: {} } }, {}, 14, { extra })).toEqual([]);
  });
});
