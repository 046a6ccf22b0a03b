import { describe, expect, it } from 'vitest';
import { buildStateGraph } from '../definition/StateGraph';
import { shippedDefinition } from '../../../test/support/catalog';
import { withStartedRegions } from './startedRegions';

describe('withStartedRegions', () => {
  const graph = buildStateGraph(shippedDefinition('lex-sarah').machine);
  it("gives each region of an entered parallel state a step: the missing one's first", () => {
    expect(withStartedRegions(graph, ['handlaggning.utredningsspar.beslut'])).toEqual([
      'handlaggning.ivospar.bevakning',
      'handlaggning.utredningsspar.beslut',
    ]);
  });
  it('changes nothing when every region has a step, or outside a parallel state', () => {
    const both = ['handlaggning.ivospar.anmalan_ivo', 'handlaggning.utredningsspar.utredning'];
    expect(withStartedRegions(graph, both)).toEqual(both);
    expect(withStartedRegions(graph, ['rapport'])).toEqual(['rapport']);
  });
});
