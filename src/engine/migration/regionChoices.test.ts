import { describe, expect, it } from 'vitest';
import { buildStateGraph } from '../definition/StateGraph';
import { shippedDefinition } from '../../../test/support/catalog';
import { openRegions, regionKey, withRegionChoices } from './regionChoices';

const U = 'handlaggning.utredningsspar';
const IVO = 'handlaggning.ivospar';

describe('a chosen start per parallel track (issue 27)', () => {
  const graph = buildStateGraph(shippedDefinition('lex-sarah').machine);

  it('lists the tracks the leaves enter, each with its steps (its first one first) and the mapped step in it', () => {
    const regions = openRegions(graph, [`${U}.utredning`]);
    expect(regions.map((r) => [r.title, r.steps[0], r.mappedLeaf])).toEqual([
      ['Utredning, beslut och åtgärder', `${U}.omedelbara_atgarder`, `${U}.utredning`],
      ['Anmälan till IVO', `${IVO}.bevakning`, undefined],
    ]);
    expect(openRegions(graph, ['avslut'])).toEqual([]);
  });

  it('adds the chosen start, else the first step; old mappings without choices mean what they meant', () => {
    expect(withRegionChoices(graph, [`${U}.utredning`], { [regionKey(IVO)]: `${IVO}.anmalan_ivo` })).toEqual({
      ok: true,
      leaves: [`${IVO}.anmalan_ivo`, `${U}.utredning`],
    });
    expect(withRegionChoices(graph, [`${U}.utredning`], { [`${U}.utredning`]: `${U}.utredning` })).toEqual({
      ok: true,
      leaves: [`${IVO}.bevakning`, `${U}.utredning`],
    });
  });

  it('refuses a choice outside the track, for a track not entered, or on a track a mapped step is in, in titles', () => {
    const refused = [
      withRegionChoices(graph, [`${U}.utredning`], { [regionKey(IVO)]: 'avslut' }),
      withRegionChoices(graph, ['avslut'], { [regionKey(IVO)]: `${IVO}.anmalan_ivo` }),
      withRegionChoices(graph, [`${U}.utredning`], { [regionKey('finns.inte')]: 'avslut' }),
      withRegionChoices(graph, [`${U}.utredning`], { [regionKey(U)]: `${U}.beslut` }),
    ];
    expect(refused.map((r) => r.ok)).toEqual([false, false, false, false]);
    for (const r of refused) if (!r.ok) expect(r.reason).not.toMatch(/handlaggning|ivospar|utredningsspar|finns\.inte/);
  });
});
