import { ROLE_TITLES, titleOfPath, whenText } from './graphText';
import type { StateGraph } from '../../engine/index';

interface OutlineProps {
  graph: StateGraph;
  selected?: string;
  highlighted: ReadonlySet<string>;
  onSelect(path: string): void;
}

/** The accessible view of the statechart: nested lists of states, each step a button, each path named. */
export function Outline({ graph, selected, highlighted, onSelect }: OutlineProps) {
  const roots = graph.order.filter((p) => !graph.nodes.get(p)!.parent);
  const render = (path: string) => {
    const node = graph.nodes.get(path)!;
    const title = titleOfPath(graph, path);
    const out = graph.transitions.filter((t) => t.source === path && t.target);
    const flagged = highlighted.has(path);
    if (node.kind === 'compound' || node.kind === 'parallel')
      return (
        <li key={path} className="outline-group">
          <span className="outline-group-title">
            {title}
            {node.kind === 'parallel' ? ' (parallella spår)' : ''}
          </span>
          <ul>{node.children.map(render)}</ul>
          {out.length > 0 && <Paths graph={graph} list={out} />}
        </li>
      );
    const meta = node.meta;
    const sla = meta?.obligations?.find((o) => o.kind === 'sla');
    return (
      <li key={path} className={flagged ? 'outline-step flagged' : 'outline-step'}>
        <button type="button" aria-pressed={selected === path} onClick={() => onSelect(path)}>
          <span className="outline-title">{title}</span>
          <span className="outline-meta">
            {node.kind === 'final' ? 'Slut' : meta?.role ? ROLE_TITLES[meta.role] : 'ingen roll'}
            {meta?.mandatedStep ? ' · Obligatoriskt' : ''}
            {sla?.days !== undefined ? ` · ${sla.days} ${sla.workingDays ? 'arbetsdag' : 'dag'}${sla.days === 1 ? '' : 'ar'}` : ''}
            {flagged ? ' · ⚠ i motexemplet' : ''}
          </span>
        </button>
        {out.length > 0 && <Paths graph={graph} list={out} />}
      </li>
    );
  };
  return (
    <nav aria-label="Processens steg (disposition)" className="outline">
      <ul>{roots.map(render)}</ul>
    </nav>
  );
}

function Paths({ graph, list }: { graph: StateGraph; list: StateGraph['transitions'] }) {
  return (
    <ul className="outline-paths" aria-label="Vägar vidare">
      {list.map((t, i) => (
        <li key={`${t.event}-${t.order}-${i}`}>
          → {titleOfPath(graph, t.target!)} <span className="hint">({whenText(graph, t)})</span>
        </li>
      ))}
    </ul>
  );
}
