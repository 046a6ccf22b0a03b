import type { GraphNode } from '../../engine/index';

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
