import { ROLE_TITLES } from '../../engine/index';
import type { StateGraph } from '../../engine/index';

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
