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
import { ROLE_TITLES } from '../../engine/index';
import type { GraphNode, StateGraph } from '../../engine/index';

export interface Point {
  x: number;
  y: number;
}

/** A box in SVG user units; x/y is the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutNode extends Box {
  path: string;
  kind: GraphNode['kind'];
  parent: string | undefined;
  depth: number;
  /** Swedish title (meta.title, else the key). */
  title: string;
  /** Title wrapped into lines that fit the box. */
  titleLines: string[];
  /** Swedish role title, when the state names a responsible role. */
  role: string | undefined;
  mandated: boolean;
  /** Groups (compound, parallel): where their label sits. */
  label?: Box;
}

export interface LaidOutEdge {
  /** Unique within the layout. */
  id: string;
  source: string;
  target: string;
  event: string;
  /** Short Swedish label, e.g. "skicka". */
  label: string;
  /** Longer description for a tooltip: the event and its guard. */
  description: string;
  /** `source → target`, the format of CounterExampleStep.transitions. */
  key: string;
  points: Point[];
  /** Centre of the label. */
  labelAt: Point;
  labelWidth: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Groups first (outermost first), then leaves, in document order. */
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export const LEAF_WIDTH = 200;
const LINE = 17;
const PAD_Y = 10;
const ROLE_LINE = 17;
const BADGE_LINE = 22;
const TITLE_CHARS = 24;
const GROUP_LABEL_HEIGHT = 22;
const LABEL_HEIGHT = 18;
const CHAR_WIDTH = 6.6;
/** Above this many states, edges between different groups are routed outside dagre (see below). */
const LARGE_GRAPH = 80;

const VERBS: Record<string, string> = {
  submit: 'skicka',
  done: 'klart',
  bedom: 'bedöm',
  lagg_till: 'lägg till',
  aterta: 'återta',
  aterremittera: 'återremittera',
  anteckning: 'anteckning',
  rapportera: 'rapportera',
  verifiera: 'verifiera',
};

const humanize = (s: string) => s.replace(/_/g, ' ');

/**
 * A short Swedish label for an event: its step's verb (`bedomning.submit` → "skicka", `done` → "klart").
 * When the event belongs to another step than the source state, that step is named: "beslut: skicka".
 */
export function eventLabel(event: string, sourceKey?: string): string {
  if (event === 'done') return VERBS.done!;
  const dot = event.lastIndexOf('.');
  const step = dot >= 0 ? event.slice(0, dot) : '';
  const verbKey = dot >= 0 ? event.slice(dot + 1) : event;
  const verb = VERBS[verbKey] ?? humanize(verbKey);
  if (!step || sourceKey === undefined || step === sourceKey) return verb;
  return `${humanize(step.split('.').pop() ?? step)}: ${verb}`;
}

/** Word-wraps a title into lines of at most `max` characters (long words are cut). */
export function wrapTitle(title: string, max = TITLE_CHARS, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const w = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line = `${line} ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = `${last.slice(0, max - 1)}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}

const isLeaf = (n: GraphNode) => n.children.length === 0;
const textWidth = (s: string) => Math.ceil(s.length * CHAR_WIDTH) + 12;

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

const inside = (p: Point, b: Box) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;

/** Where the segment from `a` (inside `b`) to `c` (outside) crosses the border of `b`. */
function crossing(a: Point, c: Point, b: Box): Point {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const p = { x: a.x + (c.x - a.x) * mid, y: a.y + (c.y - a.y) * mid };
    if (inside(p, b)) lo = mid;
    else hi = mid;
  }
  return { x: a.x + (c.x - a.x) * hi, y: a.y + (c.y - a.y) * hi };
}

/** Cuts the part of a polyline that runs inside the source group (start) or target group (end). */
function clipStart(points: Point[], box: Box): Point[] {
  for (let i = points.length - 2; i >= 0; i--) {
    const a = points[i]!;
    const c = points[i + 1]!;
    if (inside(a, box) && !inside(c, box)) return [crossing(a, c, box), ...points.slice(i + 1)];
  }
  return points;
}
function clipEnd(points: Point[], box: Box): Point[] {
  const reversed = clipStart([...points].reverse(), box);
  return reversed.reverse();
}

function midpoint(points: Point[]): Point {
  const segs = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let half = segs.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < segs.length; i++) {
    const len = segs[i]!;
    if (half <= len && len > 0) {
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + ((b.x - a.x) * half) / len, y: a.y + ((b.y - a.y) * half) / len };
    }
    half -= len;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** A simple route between two boxes, for edges left out of dagre: leave below (or above), enter above (or below). */
function routeAround(a: Box, b: Box): Point[] {
  const ax = a.x + a.width / 2;
  const bx = b.x + b.width / 2;
  if (b.y >= a.y + a.height) {
    const start = { x: ax, y: a.y + a.height };
    const end = { x: bx, y: b.y };
    const midY = (start.y + end.y) / 2;
    return [start, { x: ax, y: midY }, { x: bx, y: midY }, end];
  }
  if (a.y >= b.y + b.height) {
    const start = { x: ax, y: a.y };
    const end = { x: bx, y: b.y + b.height };
    const midY = (start.y + end.y) / 2;
    return [start, { x: ax, y: midY }, { x: bx, y: midY }, end];
  }
  // Side by side (or nested): leave from the side facing the other box.
  const right = bx >= ax;
  const start = { x: right ? a.x + a.width : a.x, y: a.y + a.height / 2 };
  const end = { x: right ? b.x : b.x + b.width, y: b.y + b.height / 2 };
  const midX = (start.x + end.x) / 2;
  return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
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

const HEADER = '\u0000header:';

/** Lays out a state graph top to bottom. Pure and deterministic; cost grows roughly with states × transitions. */
export function layoutGraph(graph: StateGraph): GraphLayout {
  const g = new dagre.graphlib.Graph<Record<string, unknown>, NodeLabelData, EdgeLabelData>({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 44, edgesep: 14, marginx: 16, marginy: 16 });

  const info = new Map<string, LaidOutNode>();
  for (const path of graph.order) {
    const n = graph.nodes.get(path)!;
    const title = n.meta?.title ?? n.key;
    const role = n.meta?.role ? (ROLE_TITLES[n.meta.role] ?? n.meta.role) : undefined;
    const mandated = n.meta?.mandatedStep === true;
    const leaf = isLeaf(n);
    const titleLines = leaf ? wrapTitle(title) : [title];
    const height = leaf ? leafHeight(titleLines.length, role !== undefined, mandated, n.kind === 'final') : 0;
    info.set(path, { path, kind: n.kind, parent: n.parent, depth: n.depth, title, titleLines, role, mandated, x: 0, y: 0, width: leaf ? LEAF_WIDTH : 0, height });
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

  interface Pending {
    id: string;
    source: string;
    target: string;
    event: string;
    description: string;
    label: string;
    main: string;
  }
  const pending: Pending[] = [];
  const overlay: Omit<Pending, 'main'>[] = [];
  const large = graph.order.length > LARGE_GRAPH;
  graph.transitions.forEach((t, i) => {
    if (t.target === undefined || !graph.nodes.has(t.source) || !graph.nodes.has(t.target)) return;
    const id = `t${i}`;
    const sourceKey = graph.nodes.get(t.source)!.key;
    const label = eventLabel(t.event, sourceKey);
    const guard = t.guard ? ` (villkor: ${t.guard.type})` : '';
    const description = `${t.event === 'done' ? 'klart (done)' : t.event}${guard}`;
    if (large && graph.nodes.get(t.source)!.parent !== graph.nodes.get(t.target)!.parent) {
      // In a large graph an edge between different groups would thread dummy nodes through many
      // ranks and groups, which makes dagre's ordering slow: route it afterwards instead.
      overlay.push({ id, source: t.source, target: t.target, event: t.event, description, label });
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
    if (main) pending.push({ id, source: t.source, target: t.target, event: t.event, description, label, main });
  });

  dagre.layout(g);

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
  const ordered = [...groups, ...nodes.filter((n) => n.label === undefined)];

  const edges: LaidOutEdge[] = [];
  const edgeNames = new Map(g.edges().map((e) => [e.name, e] as const));
  for (const p of pending) {
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
    edges.push({
      id: p.id,
      source: p.source,
      target: p.target,
      event: p.event,
      label: p.label,
      description: p.description,
      key: `${p.source} → ${p.target}`,
      points,
      labelAt,
      labelWidth: textWidth(p.label),
    });
  }

  for (const p of overlay) {
    const points = routeAround(info.get(p.source)!, info.get(p.target)!);
    edges.push({ ...p, key: `${p.source} → ${p.target}`, points, labelAt: midpoint(points), labelWidth: textWidth(p.label) });
  }
  const order = new Map(graph.transitions.map((_, i) => [`t${i}`, i]));
  edges.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const gl = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(gl.width ?? 0), height: Math.ceil(gl.height ?? 0), nodes: ordered, edges };
}
