import type { LaidOutNode } from './layoutGraph';

/** The frames around compound and parallel states, drawn behind the steps (their labels are the selectable part). */
export function GraphGroups({
  groups,
  selected,
  highlighted,
}: {
  groups: readonly LaidOutNode[];
  selected: string | undefined;
  highlighted: ReadonlySet<string>;
}) {
  return (
    <g className="graph-groups" aria-hidden="true">
      {groups.map((n) => (
        <rect
          key={n.path}
          data-group={n.path}
          className={['graph-group', `is-${n.kind}`, selected === n.path && 'is-selected', highlighted.has(n.path) && 'is-highlighted']
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
  );
}
