/**
 * Pure layout of a process definition's state graph for the read-only graph view:
 * StateGraph → positioned boxes (leaves and group boxes) and routed, labelled edges.
 *
 * Layout is dagre's layered (Sugiyama) layout, top to bottom, as a compound graph. Dagre cannot
 * route edges to compound nodes, so every group gets an invisible header child above the states it
 * is entered through (which makes room for its label): an edge into a group is laid out to its
 * header, an edge out of one (e.g. `onDone`) from the states it leaves (its final states), and both
 * are clipped at the group's border.
 */
import dagre from '@dagrejs/dagre';
import type { Edge, Graph } from '@dagrejs/dagre';
import { ROLE_TITLES } from '../../engine/index';
import type { GraphNode, StateGraph } from '../../engine/index';
import { clipEnd, clipStart, inside, midpoint, routeAround } from './layoutGeometry';
import { eventLabel, textWidth, wrapTitle } from './layoutText';
import type { Box, GraphLayout, LaidOutEdge, LaidOutNode, Point } from './layoutTypes';

export type { Box, GraphLayout, LaidOutEdge, LaidOutNode, Point } from './layoutTypes';
export { eventLabel, wrapTitle } from './layoutText';

export const LEAF_WIDTH = 200;
const LINE = 17;
const PAD_Y = 10;
const ROLE_LINE = 17;
const BADGE_LINE = 22;
const GROUP_LABEL_HEIGHT = 22;
const LABEL_HEIGHT = 18;
/** Above this many states, edges between different groups are routed outside dagre (see below). */
const LARGE_GRAPH = 80;

const isLeaf = (n: GraphNode) => n.children.length === 0;

function leafHeight(lines: number, role: boolean, mandated: boolean, final: boolean): number {
  return PAD_Y * 2 + lines * LINE + (role ? ROLE_LINE : 0) + (mandated ? BADGE_LINE : 0) + (final ? 6 : 0);
}

/** The leaves a transition out of `path` leaves from: its final states (recursively), else its last leaf. */
function exitLeaves(graph: StateGraph, path: string): string[] {
  const n = graph.nodes.get(path);
  if (!n) return [];
  if (isLeaf(n)) return [path];
  const finals = n.children.filter((c) => graph.nodes.get(c)?.kind === 'final');
  if (n.kind === 'compound' && finals.length) return finals;
  if (n.kind === 'parallel') return n.children.flatMap((c) => exitLeaves(graph, c));
  const last = n.children[n.children.length - 1];
  return last ? exitLeaves(graph, last) : [];
}

interface EdgeLabelData {
  points?: Point[];
  weight?: number;
  minlen?: number;
  labelpos?: 'l' | 'c' | 'r';
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}
interface NodeLabelData {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}
type Dagre = Graph<Record<string, unknown>, NodeLabelData, EdgeLabelData>;

const HEADER = '\u0000header:';

/** A transition to draw: `main` names the dagre edge that carries its route and label (absent: routed afterwards). */
interface Pending {
  id: string;
  source: string;
  target: string;
  event: string;
  description: string;
  label: string;
  main?: string;
}

/** Every state as a dagre node (groups as compound nodes with an invisible header child), with its text measured. */
function addStates(g: Dagre, graph: StateGraph): Map<string, LaidOutNode> {
  const info = new Map<string, LaidOutNode>();
  for (const path of graph.order) {
    const n = graph.nodes.get(path)!;
    const title = n.meta?.title ?? n.key;
    const role = n.meta?.role ? (ROLE_TITLES[n.meta.role] ?? n.meta.role) : undefined;
    const mandated = n.meta?.mandatedStep === true;
    const leaf = isLeaf(n);
    const titleLines = leaf ? wrapTitle(title) : [title];
    const height = leaf ? leafHeight(titleLines.length, role !== undefined, mandated, n.kind === 'final') : 0;
    info.set(path, {
      path,
      kind: n.kind,
      parent: n.parent,
      depth: n.depth,
      title,
      titleLines,
      role,
      mandated,
      x: 0,
      y: 0,
      width: leaf ? LEAF_WIDTH : 0,
      height,
    });
    if (leaf) g.setNode(path, { width: LEAF_WIDTH, height });
    else {
      g.setNode(path, {});
      // Room for the group's label: an invisible child above the states the group is entered through.
      const header = HEADER + path;
      g.setNode(header, { width: Math.min(textWidth(title) + 8, 480), height: GROUP_LABEL_HEIGHT });
      g.setParent(header, path);
    }
    if (n.parent !== undefined) g.setParent(path, n.parent);
  }
  // Headers sit above their group's content; a parallel state's header above its regions' headers,
  // which puts the regions side by side.
  for (const path of graph.order) {
    const n = graph.nodes.get(path)!;
    if (isLeaf(n)) continue;
    const header = HEADER + path;
    const firsts = n.kind === 'parallel' ? n.children : [n.initial ?? n.children[0]];
    for (const c of firsts) {
      if (c === undefined) continue;
      const cn = graph.nodes.get(c);
      if (!cn) continue;
      g.setEdge(header, isLeaf(cn) ? c : HEADER + c, { weight: 4, minlen: 1 }, `h:${path}:${c}`);
    }
  }
  return info;
}

/** Every transition as dagre edges from the states it leaves to the state (or group header) it enters. */
function addTransitions(g: Dagre, graph: StateGraph): Pending[] {
  const pending: Pending[] = [];
  const large = graph.order.length > LARGE_GRAPH;
  graph.transitions.forEach((t, i) => {
    if (t.target === undefined || !graph.nodes.has(t.source) || !graph.nodes.has(t.target)) return;
    const id = `t${i}`;
    const sourceKey = graph.nodes.get(t.source)!.key;
    const label = eventLabel(t.event, sourceKey);
    const guard = t.guard ? ` (villkor: ${t.guard.type})` : '';
    const description = `${t.event === 'done' ? 'klart (done)' : t.event}${guard}`;
    const base = { id, source: t.source, target: t.target, event: t.event, description, label };
    if (large && graph.nodes.get(t.source)!.parent !== graph.nodes.get(t.target)!.parent) {
      // In a large graph an edge between different groups would thread dummy nodes through many
      // ranks and groups, which makes dagre's ordering slow: route it afterwards instead.
      pending.push(base);
      return;
    }
    const froms = exitLeaves(graph, t.source);
    // Into a group: to its header, which lies above everything in the group.
    const tos = isLeaf(graph.nodes.get(t.target)!) ? [t.target] : [HEADER + t.target];
    let main = '';
    froms.forEach((f, a) =>
      tos.forEach((to, b) => {
        const name = `${id}:${a}:${b}`;
        const first = main === '';
        if (first) main = name;
        g.setEdge(f, to, first ? { width: textWidth(label), height: LABEL_HEIGHT, labelpos: 'c' as const } : {}, name);
      }),
    );
    if (main) pending.push({ ...base, main });
  });
  return pending;
}

/** The laid-out boxes: groups first (outermost first) with their label boxes, then leaves, in document order. */
function placeStates(g: Dagre, graph: StateGraph, info: Map<string, LaidOutNode>): LaidOutNode[] {
  const boxOf = (path: string): Box => {
    const l = g.node(path) ?? {};
    const width = l.width ?? 0;
    const height = l.height ?? 0;
    return { x: (l.x ?? 0) - width / 2, y: (l.y ?? 0) - height / 2, width, height };
  };
  const nodes: LaidOutNode[] = [];
  for (const path of graph.order) {
    const n = info.get(path)!;
    Object.assign(n, boxOf(path));
    if (n.kind === 'compound' || n.kind === 'parallel') {
      const h = boxOf(HEADER + path);
      n.label = { x: Math.max(n.x + 6, h.x), y: h.y, width: h.width, height: h.height };
    }
    nodes.push(n);
  }
  const groups = nodes.filter((n) => n.label !== undefined).sort((a, b) => a.depth - b.depth);
  return [...groups, ...nodes.filter((n) => n.label === undefined)];
}

/** A transition's route as dagre laid it out, clipped at the borders of the groups it leaves and enters. */
function routeOf(g: Dagre, edgeNames: Map<string | undefined, Edge>, p: Pending, info: Map<string, LaidOutNode>): LaidOutEdge {
  const e = edgeNames.get(p.main);
  const data = e ? g.edge(e) : undefined;
  let points = (data?.points ?? []).map((q) => ({ x: q.x, y: q.y }));
  const sourceNode = info.get(p.source)!;
  const targetNode = info.get(p.target)!;
  const moved = sourceNode.label !== undefined || targetNode.label !== undefined;
  if (sourceNode.label && p.source !== p.target) points = clipStart(points, sourceNode);
  if (targetNode.label && p.source !== p.target) points = clipEnd(points, targetNode);
  let labelAt: Point = data?.x !== undefined && data.y !== undefined ? { x: data.x, y: data.y } : midpoint(points);
  if (moved && (inside(labelAt, sourceNode) || inside(labelAt, targetNode))) labelAt = midpoint(points);
  points = points.filter((q, i) => i === 0 || Math.hypot(q.x - points[i - 1]!.x, q.y - points[i - 1]!.y) > 0.5);
  const { id, source, target, event, label, description } = p;
  return { id, source, target, event, label, description, key: `${source} → ${target}`, points, labelAt, labelWidth: textWidth(label) };
}

/** Lays out a state graph top to bottom. Pure and deterministic; cost grows roughly with states × transitions. */
export function layoutGraph(graph: StateGraph): GraphLayout {
  const g: Dagre = new dagre.graphlib.Graph<Record<string, unknown>, NodeLabelData, EdgeLabelData>({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 44, edgesep: 14, marginx: 16, marginy: 16 });
  const info = addStates(g, graph);
  const pending = addTransitions(g, graph);
  dagre.layout(g);
  const nodes = placeStates(g, graph, info);

  const edgeNames = new Map(g.edges().map((e) => [e.name, e] as const));
  const edges: LaidOutEdge[] = pending.map((p) => {
    if (p.main !== undefined) return routeOf(g, edgeNames, p, info);
    const points = routeAround(info.get(p.source)!, info.get(p.target)!);
    const { id, source, target, event, label, description } = p;
    return {
      id,
      source,
      target,
      event,
      label,
      description,
      key: `${source} → ${target}`,
      points,
      labelAt: midpoint(points),
      labelWidth: textWidth(label),
    };
  });
  const order = new Map(graph.transitions.map((_, i) => [`t${i}`, i]));
  edges.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const gl = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(gl.width ?? 0), height: Math.ceil(gl.height ?? 0), nodes, edges };
}
