import { lazy, Suspense } from 'react';
import type { StateGraph } from '../../engine/index';
import { Outline } from './Outline';

const GraphView = lazy(() => import('../graph/GraphView'));

interface DraftViewsProps {
  graph: StateGraph;
  selected: string | undefined;
  highlight: { states: string[]; transitions: string[] };
  onSelect(path: string): void;
}

/** The draft twice: the outline (the accessible view) and the graph, loaded lazily; both select a step. */
export function DraftViews({ graph, selected, highlight, onSelect }: DraftViewsProps) {
  return (
    <div className="editor-grid">
      <div className="editor-outline">
        <h2>Disposition</h2>
        <Outline graph={graph} selected={selected} highlighted={new Set(highlight.states)} onSelect={onSelect} />
      </div>
      <div className="editor-graph">
        <h2>Graf</h2>
        <Suspense fallback={<p aria-live="polite">Ritar grafen …</p>}>
          <GraphView graph={graph} selected={selected} highlight={highlight} onSelect={onSelect} />
        </Suspense>
      </div>
    </div>
  );
}
