/**
 * Read-only graph view of a process definition for the process editor: states as boxes (groups
 * around compound and parallel states), transitions as labelled arrows, laid out top to bottom.
 * Selecting a state (click, Enter, Space) reports it; a verifier counter-example can be highlighted.
 *
 * Lazy-load it (`React.lazy(() => import('./GraphView'))`) to keep dagre out of the main bundle.
 */
import { useId, useMemo } from 'react';
import type { JSX, KeyboardEvent } from 'react';
import type { StateGraph } from '../../engine/index';
import { layoutGraph } from './layoutGraph';
import type { LaidOutEdge, LaidOutNode, Point } from './layoutGraph';
import './graph.css';

export interface GraphViewProps {
  graph: StateGraph;
  /** Node path currently selected in the editor. */
  selected?: string;
  /** Counter-example to highlight: node paths and transitions as `source → target` strings (see CounterExampleStep.transitions in src/engine/verify/Violation.ts). */
  highlight?: { states: readonly string[]; transitions: readonly string[] };
  onSelect?(path: string): void;
}

const TITLE_TOP = 10;
const LINE = 17;
const BASELINE = 13;

function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

function nodeLabel(n: LaidOutNode, highlighted: boolean): string {
  const parts = [n.title];
  if (n.kind === 'parallel') parts.push('parallella spår');
  else if (n.kind === 'compound') parts.push('grupp av steg');
  if (n.role) parts.push(n.role);
  if (n.kind === 'final') parts.push('sluttillstånd');
  if (n.mandated) parts.push('obligatoriskt');
  if (highlighted) parts.push('markerat i motexemplet');
  return parts.join(', ');
}

/** The "!" marker that, with the dashed outline, tells highlighted items apart without colour. */
function Mark({ x, y }: Point) {
  return (
    <g className="graph-mark" transform={`translate(${x},${y})`} aria-hidden="true">
      <circle r={9} />
      <text textAnchor="middle" dy="0.35em">
        !
      </text>
    </g>
  );
}

function Edge({ edge, highlighted, markerId }: { edge: LaidOutEdge; highlighted: boolean; markerId: string }) {
  const { labelAt, labelWidth } = edge;
  return (
    <g className={highlighted ? 'graph-edge is-highlighted' : 'graph-edge'} data-transition={edge.key} data-event={edge.event}>
      <title>{edge.description}</title>
      <path className="graph-edge-line" d={pathData(edge.points)} markerEnd={`url(#${markerId})`} />
      <g className="graph-edge-label" transform={`translate(${labelAt.x},${labelAt.y})`}>
        <rect x={-labelWidth / 2} y={-9} width={labelWidth} height={18} rx={4} />
        <text textAnchor="middle" dy="0.35em">
          {edge.label}
        </text>
      </g>
      {highlighted && <Mark x={labelAt.x + labelWidth / 2 + 10} y={labelAt.y} />}
    </g>
  );
}

/** The process as a read-only graph. Layout is memoised on `graph`. */
export function GraphView({ graph, selected, highlight, onSelect }: GraphViewProps): JSX.Element {
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  const states = useMemo(() => new Set(highlight?.states ?? []), [highlight]);
  const transitions = useMemo(() => new Set(highlight?.transitions ?? []), [highlight]);
  const uid = useId().replace(/:/g, '');
  const arrow = `graph-arrow-${uid}`;
  const arrowHighlighted = `graph-arrow-hl-${uid}`;
  const captionId = `graph-caption-${uid}`;
  const byPath = useMemo(() => new Map(layout.nodes.map((n) => [n.path, n] as const)), [layout]);
  const groups = layout.nodes.filter((n) => n.label !== undefined);
  const hasHighlight = states.size > 0 || transitions.size > 0;

  const select = (path: string) => onSelect?.(path);
  const onKeyDown = (path: string) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      select(path);
    }
  };

  const interactive = (n: LaidOutNode) => {
    const highlighted = states.has(n.path);
    const isSelected = selected === n.path;
    const common = {
      role: 'button',
      tabIndex: 0,
      'aria-label': nodeLabel(n, highlighted),
      'aria-pressed': isSelected,
      'data-path': n.path,
      onClick: () => select(n.path),
      onKeyDown: onKeyDown(n.path),
    } as const;
    const cls = (base: string) => [base, `is-${n.kind}`, isSelected && 'is-selected', highlighted && 'is-highlighted'].filter(Boolean).join(' ');

    if (n.label) {
      const l = n.label;
      return (
        <g key={n.path} className={cls('graph-group-label')} {...common}>
          <rect className="graph-focus" x={l.x - 4} y={l.y - 2} width={l.width + 8} height={l.height + 4} rx={4} />
          <rect className="graph-group-label-bg" x={l.x} y={l.y} width={l.width} height={l.height} rx={3} />
          <text x={l.x + 6} y={l.y + l.height / 2} dy="0.35em">
            {n.title}
          </text>
          {highlighted && <Mark x={l.x + l.width + 12} y={l.y + l.height / 2} />}
        </g>
      );
    }

    const top = TITLE_TOP + (n.kind === 'final' ? 3 : 0);
    const afterTitle = top + n.titleLines.length * LINE;
    const afterRole = afterTitle + (n.role ? LINE : 0);
    return (
      <g key={n.path} className={cls('graph-node')} transform={`translate(${n.x},${n.y})`} {...common}>
        <rect className="graph-focus" x={-5} y={-5} width={n.width + 10} height={n.height + 10} rx={11} />
        <rect className="graph-node-box" width={n.width} height={n.height} rx={n.kind === 'final' ? 14 : 8} />
        {n.kind === 'final' && <rect className="graph-node-final" x={4} y={4} width={n.width - 8} height={n.height - 8} rx={11} />}
        <text className="graph-node-title" x={n.width / 2} textAnchor="middle">
          {n.titleLines.map((line, i) => (
            <tspan key={i} x={n.width / 2} y={top + i * LINE + BASELINE}>
              {line}
            </tspan>
          ))}
        </text>
        {n.role && (
          <text className="graph-node-role" x={n.width / 2} y={afterTitle + BASELINE} textAnchor="middle">
            {n.role}
          </text>
        )}
        {n.mandated && (
          <g className="graph-badge" transform={`translate(${n.width / 2},${afterRole + 2})`}>
            <rect x={-46} y={0} width={92} height={18} rx={9} />
            <text textAnchor="middle" y={9} dy="0.35em">
              Obligatoriskt
            </text>
          </g>
        )}
        {highlighted && <Mark x={n.width - 2} y={2} />}
      </g>
    );
  };

  return (
    <figure className="graph-view">
      <figcaption id={captionId} className="graph-caption">
        Processen som graf. Samma innehåll finns i dispositionen bredvid.
        {hasHighlight && ' Steg och övergångar i motexemplet är markerade med streckad ram och ett utropstecken (!).'}
      </figcaption>
      <div className="graph-scroll">
        <svg
          role="group"
          aria-label={`Tillståndsgraf för processen ${graph.machineId}`}
          aria-describedby={captionId}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          preserveAspectRatio="xMidYMin meet"
          style={{ minWidth: Math.min(layout.width, Math.round(layout.width * 0.75)), maxWidth: layout.width }}
          className="graph-svg"
        >
          <defs>
            <marker id={arrow} viewBox="0 0 10 10" refX={9} refY={5} markerUnits="userSpaceOnUse" markerWidth={10} markerHeight={10} orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="graph-arrow" />
            </marker>
            <marker id={arrowHighlighted} viewBox="0 0 10 10" refX={9} refY={5} markerUnits="userSpaceOnUse" markerWidth={13} markerHeight={13} orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="graph-arrow is-highlighted" />
            </marker>
          </defs>
          <g className="graph-groups" aria-hidden="true">
            {groups.map((n) => (
              <rect
                key={n.path}
                data-group={n.path}
                className={[
                  'graph-group',
                  `is-${n.kind}`,
                  selected === n.path && 'is-selected',
                  states.has(n.path) && 'is-highlighted',
                ]
                  .filter(Boolean)
                  .join(' ')}
                x={n.x}
                y={n.y}
                width={n.width}
                height={n.height}
                rx={10}
              />
            ))}
          </g>
          <g className="graph-edges" aria-hidden="true">
            {layout.edges.map((e) => {
              const hl = transitions.has(e.key);
              return <Edge key={e.id} edge={e} highlighted={hl} markerId={hl ? arrowHighlighted : arrow} />;
            })}
          </g>
          <g className="graph-nodes">
            {graph.order.map((path) => {
              const n = byPath.get(path);
              return n ? interactive(n) : null;
            })}
          </g>
        </svg>
      </div>
    </figure>
  );
}

export default GraphView;
