import type { KeyboardEvent } from 'react';
import { GraphMark } from './GraphMark';
import type { LaidOutNode } from './layoutGraph';

const TITLE_TOP = 10;
const LINE = 17;
const BASELINE = 13;

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

/** The inside of a step's box: its title lines, its role and the "Obligatoriskt" badge. */
function NodeBox({ n }: { n: LaidOutNode }) {
  const top = TITLE_TOP + (n.kind === 'final' ? 3 : 0);
  const afterTitle = top + n.titleLines.length * LINE;
  const afterRole = afterTitle + (n.role ? LINE : 0);
  return (
    <>
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
    </>
  );
}

/** A selectable state (click, Enter, Space): a step's box, or the label of a group around compound and parallel states. */
export function GraphNode({
  n,
  highlighted,
  selected,
  onSelect,
}: {
  n: LaidOutNode;
  highlighted: boolean;
  selected: boolean;
  onSelect(path: string): void;
}) {
  const common = {
    role: 'button',
    tabIndex: 0,
    'aria-label': nodeLabel(n, highlighted),
    'aria-pressed': selected,
    'data-path': n.path,
    onClick: () => onSelect(n.path),
    onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        onSelect(n.path);
      }
    },
  } as const;
  const cls = (base: string) =>
    [base, `is-${n.kind}`, selected && 'is-selected', highlighted && 'is-highlighted'].filter(Boolean).join(' ');
  const l = n.label;
  if (l) {
    return (
      <g className={cls('graph-group-label')} {...common}>
        <rect className="graph-focus" x={l.x - 4} y={l.y - 2} width={l.width + 8} height={l.height + 4} rx={4} />
        <rect className="graph-group-label-bg" x={l.x} y={l.y} width={l.width} height={l.height} rx={3} />
        <text x={l.x + 6} y={l.y + l.height / 2} dy="0.35em">
          {n.title}
        </text>
        {highlighted && <GraphMark x={l.x + l.width + 12} y={l.y + l.height / 2} />}
      </g>
    );
  }
  return (
    <g className={cls('graph-node')} transform={`translate(${n.x},${n.y})`} {...common}>
      <NodeBox n={n} />
      {highlighted && <GraphMark x={n.width - 2} y={2} />}
    </g>
  );
}
