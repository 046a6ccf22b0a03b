import { GraphMark } from './GraphMark';
import type { LaidOutEdge, Point } from './layoutGraph';

function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** A transition as a labelled arrow; its description is the SVG title. */
export function GraphEdge({ edge, highlighted, markerId }: { edge: LaidOutEdge; highlighted: boolean; markerId: string }) {
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
      {highlighted && <GraphMark x={labelAt.x + labelWidth / 2 + 10} y={labelAt.y} />}
    </g>
  );
}
