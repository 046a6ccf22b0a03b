/**
 * Read-only graph view of a process definition for the process editor: states as boxes (groups
 * around compound and parallel states), transitions as labelled arrows, laid out top to bottom.
 * Selecting a state (click, Enter, Space) reports it; a verifier counter-example can be highlighted.
 *
 * Lazy-load it (`React.lazy(() => import('./GraphView'))`) to keep dagre out of the main bundle.
 */
import { useId, useMemo } from 'react';
import type { JSX } from 'react';
import type { StateGraph } from '../../engine/index';
import { ArrowMarkers } from './ArrowMarkers';
import { GraphEdge } from './GraphEdge';
import { GraphGroups } from './GraphGroups';
import { GraphNode } from './GraphNode';
import { layoutGraph } from './layoutGraph';
import './graph.css';

export interface GraphViewProps {
  graph: StateGraph;
  /** Node path currently selected in the editor. */
  selected?: string;
  /**
   * Counter-example to highlight: node paths and transitions as `source → target` strings (see CounterExampleStep.transitions in
   * src/engine/verify/Violation.ts).
   */
  highlight?: { states: readonly string[]; transitions: readonly string[] };
  onSelect?(path: string): void;
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
          <ArrowMarkers arrow={arrow} highlighted={arrowHighlighted} />
          <GraphGroups groups={groups} selected={selected} highlighted={states} />
          <g className="graph-edges" aria-hidden="true">
            {layout.edges.map((e) => {
              const hl = transitions.has(e.key);
              return <GraphEdge key={e.id} edge={e} highlighted={hl} markerId={hl ? arrowHighlighted : arrow} />;
            })}
          </g>
          <g className="graph-nodes">
            {graph.order.map((path) => {
              const n = byPath.get(path);
              return n ? (
                <GraphNode key={n.path} n={n} highlighted={states.has(n.path)} selected={selected === n.path} onSelect={select} />
              ) : null;
            })}
          </g>
        </svg>
      </div>
    </figure>
  );
}

export default GraphView;
