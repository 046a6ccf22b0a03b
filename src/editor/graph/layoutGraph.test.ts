import { describe, expect, it } from 'vitest';
import { buildStateGraph } from '../../engine/internal';
import type { MachineJson, ProcessDefinition, StateGraph, StateJson } from '../../engine/internal';
import lexSarah from '../../../machines/lex-sarah.v1.json';
import avvikelse from '../../../machines/avvikelse.v1.json';
import { eventLabel, layoutGraph, wrapTitle } from './layoutGraph';
import type { Box, GraphLayout } from './layoutGraph';

const graphOf = (def: unknown) => buildStateGraph((def as ProcessDefinition).machine);

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** The invariants every layout must keep. */
function checkLayout(graph: StateGraph, layout: GraphLayout) {
  const byPath = new Map(layout.nodes.map((n) => [n.path, n]));
  expect(layout.nodes).toHaveLength(graph.order.length);
  expect(layout.width).toBeGreaterThan(0);
  expect(layout.height).toBeGreaterThan(0);

  const leaves = layout.nodes.filter((n) => graph.nodes.get(n.path)!.children.length === 0);
  for (const n of layout.nodes) {
    for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isFinite(v), n.path).toBe(true);
    expect(n.width, n.path).toBeGreaterThan(0);
    expect(n.height, n.path).toBeGreaterThan(0);
    expect(contains({ x: 0, y: 0, width: layout.width, height: layout.height }, n), n.path).toBe(true);
  }
  for (let i = 0; i < leaves.length; i++)
    for (let j = i + 1; j < leaves.length; j++)
      expect(overlaps(leaves[i]!, leaves[j]!), `${leaves[i]!.path} / ${leaves[j]!.path}`).toBe(false);

  for (const n of layout.nodes) {
    if (n.parent === undefined) continue;
    expect(contains(byPath.get(n.parent)!, n), `${n.path} inside ${n.parent}`).toBe(true);
  }
  // A group's label lies inside its box and clear of its leaves.
  for (const g of layout.nodes.filter((n) => n.label)) {
    expect(contains(g, g.label!), g.path).toBe(true);
    for (const l of leaves) expect(overlaps(g.label!, l), `${g.path} label / ${l.path}`).toBe(false);
  }

  const withTarget = graph.transitions.filter((t) => t.target !== undefined);
  expect(layout.edges).toHaveLength(withTarget.length);
  for (const t of withTarget) {
    const e = layout.edges.find((x) => x.source === t.source && x.target === t.target && x.event === t.event);
    expect(e, `${t.source} -${t.event}-> ${t.target}`).toBeDefined();
    expect(e!.key).toBe(`${t.source} → ${t.target}`);
    expect(e!.points.length).toBeGreaterThanOrEqual(2);
    for (const p of e!.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(e!.label.length).toBeGreaterThan(0);
  }
}

describe('layoutGraph', () => {
  it('lays out lex Sarah: parallel tracks side by side inside Handläggning, every step placed, no overlaps', () => {
    const graph = graphOf(lexSarah);
    const layout = layoutGraph(graph);
    checkLayout(graph, layout);
    const box = (p: string) => layout.nodes.find((n) => n.path === p)!;
    const u = box('handlaggning.utredningsspar');
    const i = box('handlaggning.ivospar');
    expect(overlaps(u, i)).toBe(false);
    // Side by side: the two regions share vertical space.
    expect(u.y < i.y + i.height && i.y < u.y + u.height).toBe(true);
    expect(u.x + u.width <= i.x || i.x + i.width <= u.x).toBe(true);
    // Top to bottom: rapport above the parallel state, avslut below it.
    expect(box('rapport').y + box('rapport').height).toBeLessThanOrEqual(box('handlaggning').y);
    expect(box('avslut').y).toBeGreaterThanOrEqual(box('handlaggning').y + box('handlaggning').height);
    expect(box('rapport').role).toBe('medarbetare');
    expect(box('rapport').mandated).toBe(true);
    expect(box('handlaggning.utredningsspar.registrering').role).toBe('SAS');
    // Edges into and out of the parallel state end at its border.
    const into = layout.edges.find((e) => e.key === 'rapport → handlaggning')!;
    const last = into.points[into.points.length - 1]!;
    expect(Math.abs(last.y - box('handlaggning').y)).toBeLessThan(1);
    const done = layout.edges.find((e) => e.key === 'handlaggning → avslut')!;
    expect(done.label).toBe('klart');
    expect(Math.abs(done.points[0]!.y - (box('handlaggning').y + box('handlaggning').height))).toBeLessThan(1);
  });

  it('lays out avvikelse', () => {
    const graph = graphOf(avvikelse);
    checkLayout(graph, layoutGraph(graph));
  });

  it('lays out a generated graph with 200 states and 600 transitions', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const groups = 10;
    const perGroup = 19; // 10 groups + 190 leaves = 200 states
    const states: Record<string, StateJson> = {};
    let transitions = 0;
    for (let g = 0; g < groups; g++) {
      const children: Record<string, StateJson> = {};
      for (let s = 0; s < perGroup; s++) {
        const on: NonNullable<StateJson['on']> = {};
        if (s === perGroup - 1) {
          children[`s${s}`] = { type: 'final', meta: { title: `Slut ${g}` } };
          continue;
        }
        on[`s${s}.submit`] = { target: `s${s + 1}` };
        on[`s${s}.byt`] = [
          { target: `#gen.g${rnd(groups)}.s${rnd(perGroup - 1)}`, guard: { type: 'isRole', params: { role: 'sas' } } },
          { target: `s${rnd(perGroup)}` },
        ];
        transitions += 3;
        if (s % 4 === 0) {
          on[`s${s}.hoppa`] = { target: `s${(s + 2 + rnd(perGroup - 3)) % (perGroup - 1)}` };
          transitions += 1;
        }
        children[`s${s}`] = {
          meta: { title: `Steg ${g}.${s} med en ganska lång titel som måste radbrytas`, role: 'enhetschef', mandatedStep: s % 5 === 0 },
          on,
        };
      }
      states[`g${g}`] = {
        initial: 's0',
        meta: { title: `Grupp ${g}` },
        states: children,
        onDone: { target: g + 1 < groups ? `g${g + 1}` : 'g0' },
      };
      transitions += 1;
    }
    expect(transitions).toBe(600);
    const machine: MachineJson = { id: 'gen', initial: 'g0', states };
    const graph = buildStateGraph(machine);
    expect(graph.errors).toEqual([]);
    expect(graph.order).toHaveLength(200);
    checkLayout(graph, layoutGraph(graph));
  });
});

describe('eventLabel', () => {
  it('shows the step’s verb, and the other step when the event is not the source’s own', () => {
    expect(eventLabel('bedomning.submit', 'bedomning')).toBe('skicka');
    expect(eventLabel('done', 'handlaggning')).toBe('klart');
    expect(eventLabel('atgard.lagg_till', 'uppfoljning')).toBe('atgard: lägg till');
    expect(eventLabel('beslut.submit', 'bevakning')).toBe('beslut: skicka');
    expect(eventLabel('godkannande.aterremittera', 'godkannande')).toBe('återremittera');
    expect(eventLabel('klar')).toBe('klar');
  });

  it('wraps long titles', () => {
    expect(wrapTitle('Anmälan till IVO – godkänn och underteckna')).toEqual(['Anmälan till IVO –', 'godkänn och underteckna']);
    expect(wrapTitle('Kort')).toEqual(['Kort']);
  });
});
