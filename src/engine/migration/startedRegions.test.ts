import { describe, expect, it } from 'vitest';
import { buildStateGraph } from '../definition/StateGraph';
import { shippedDefinition } from '../../../test/support/catalog';
import { withStartedRegions } from './startedRegions';
import { configurationProblem } from './proveMigration';

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

describe('configurationProblem names places as the process owner knows them (issue 27)', () => {
  const graph = buildStateGraph(shippedDefinition('lex-sarah').machine);
  it('never by a state path', () => {
    expect(configurationProblem(graph, ['finns.inte'])).toBe(
      'Ett av de valda stegen finns inte i den nya versionen. Välj bland stegen i listan.',
    );
    expect(configurationProblem(graph, ['handlaggning'])).toBe(
      '"Handläggning" är en grupp av steg, inte ett steg. Välj ett av stegen i den.',
    );
  });
});
