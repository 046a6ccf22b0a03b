import type { Point } from './layoutGraph';

/** The "!" marker that, with the dashed outline, tells highlighted items apart without colour. */
export function GraphMark({ x, y }: Point) {
  return (
    <g className="graph-mark" transform={`translate(${x},${y})`} aria-hidden="true">
      <circle r={9} />
      <text textAnchor="middle" dy="0.35em">
        !
      </text>
    </g>
  );
}
