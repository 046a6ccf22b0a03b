import { describe, expect, it } from 'vitest';
import { figureAt, withFigureRefs } from './figureRefs';

describe("a report's figures on the wire", () => {
  it('replaces each figure by its path and count, keeps the rest as it is, and resolves a path back', () => {
    const rows = [{ arendeId: 'a:1', cells: { text: 'x' } }];
    const report = {
      arenden: { count: 2, arendeIds: ['a:1', 'a:2'] },
      trend: [{ antal: { avvikelse: { count: 1, arendeIds: ['a:1'] } } }, { antal: {} }],
      lists: [{ rows }],
    };
    const wire = withFigureRefs(report);
    expect(wire.arenden).toEqual({ count: 2, arendeIds: [], ref: '/arenden', idCount: 2 });
    expect(wire.trend[0]!.antal['avvikelse']).toEqual({ count: 1, arendeIds: [], ref: '/trend/0/antal/avvikelse', idCount: 1 });
    // Parts without figures are the same objects: a year's list rows are not copied.
    expect(wire.lists[0]!.rows).toBe(rows);
    expect(wire.trend[1]).toBe(report.trend[1]);
    expect(report.arenden.arendeIds).toEqual(['a:1', 'a:2']);
    expect(figureAt(report, '/trend/0/antal/avvikelse')).toEqual(['a:1']);
    expect(figureAt(report, '/trend/1/antal/avvikelse')).toBeUndefined();
  });
});
