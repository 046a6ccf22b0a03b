/** The arrowheads of the transitions, plain and highlighted (larger), as SVG markers with ids unique to the view. */
export function ArrowMarkers({ arrow, highlighted }: { arrow: string; highlighted: string }) {
  return (
    <defs>
      <marker
        id={arrow}
        viewBox="0 0 10 10"
        refX={9}
        refY={5}
        markerUnits="userSpaceOnUse"
        markerWidth={10}
        markerHeight={10}
        orient="auto-start-reverse"
      >
        <path d="M0,0 L10,5 L0,10 z" className="graph-arrow" />
      </marker>
      <marker
        id={highlighted}
        viewBox="0 0 10 10"
        refX={9}
        refY={5}
        markerUnits="userSpaceOnUse"
        markerWidth={13}
        markerHeight={13}
        orient="auto-start-reverse"
      >
        <path d="M0,0 L10,5 L0,10 z" className="graph-arrow is-highlighted" />
      </marker>
    </defs>
  );
}
