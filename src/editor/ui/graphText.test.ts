import { describe, expect, it } from 'vitest';
import { buildStateGraph } from '../../engine/index';
import { shippedDefinition } from '../../../test/support/catalog';
import { whenText } from './graphText';

describe('the outline names when a path is taken, never its event id (issue 27)', () => {
  it('a step done, all tracks done, and which of several paths is taken when', () => {
    const graph = buildStateGraph(shippedDefinition('lex-sarah').machine);
    const texts = graph.transitions.filter((t) => t.target).map((t) => whenText(graph, t));
    expect(texts).toContain('när steget är gjort');
    expect(texts).toContain('när alla spår är klara');
    expect(texts).toContain('när steget är gjort, om villkoret för vägen är uppfyllt');
    expect(texts).toContain('när steget är gjort, annars');
    expect(texts.join(' ')).not.toMatch(/\.submit|[a-z]+_[a-z]+/);
  });
});
