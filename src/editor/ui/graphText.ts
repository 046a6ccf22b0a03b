import { ROLE_TITLES } from '../../engine/index';
import type { StateGraph } from '../../engine/index';

type Transition = StateGraph['transitions'][number];

export { ROLE_TITLES };

/** A state's Swedish title, or its key when it has none (group and final states). */
export function titleOfPath(graph: StateGraph, path: string): string {
  const node = graph.nodes.get(path);
  return node?.meta?.title ?? FALLBACK[node?.key ?? ''] ?? node?.key ?? path;
}

const FALLBACK: Record<string, string> = {
  handlaggning: 'Handläggning',
  utredningsspar: 'Utredningsspåret',
  ivospar: 'IVO-spåret',
  klar: 'Klar',
  avslutad: 'Avslutat',
};

/**
 * When a path is taken, in the process owner's words (never an event id): a step done, all tracks done, a command; where
 * one event has several paths, the first whose condition holds is taken, the last otherwise.
 */
export function whenText(graph: StateGraph, t: Pick<Transition, 'source' | 'event' | 'order'>): string {
  const siblings = graph.bySourceEvent.get(`${t.source}|${t.event}`) ?? [];
  const last = Math.max(...siblings.map((x) => x.order));
  const cond = siblings.length < 2 ? '' : t.order < last ? ', om villkoret för vägen är uppfyllt' : ', annars';
  if (t.event === 'done') return `när alla spår är klara${cond}`;
  if (!t.event.endsWith('.submit')) return `genom ett kommando${cond}`;
  const key = t.event.slice(0, -'.submit'.length);
  if (graph.nodes.get(t.source)?.key === key) return `när steget är gjort${cond}`;
  const step = graph.order.find((p) => graph.nodes.get(p)?.key === key);
  return `när "${step ? titleOfPath(graph, step) : key}" är gjort${cond}`;
}
