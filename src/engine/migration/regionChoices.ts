import { ancestorsOf, titleOf } from '../definition/StateGraph';
import type { StateGraph } from '../definition/StateGraph';
import { withStartedRegions } from './startedRegions';

/**
 * A migration mapping's keys are old leaf paths; a key `spar:<region path>` instead chooses where a parallel region
 * (a track) of the new version starts. Old mappings have no such keys and mean what they always meant.
 */
export const REGION_KEY = 'spar:';

export function regionKey(regionPath: string): string {
  return `${REGION_KEY}${regionPath}`;
}

/** The region choices of a mapping: region path → chosen leaf. */
export function regionChoicesOf(mapping: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(mapping)
    .filter(([k, v]) => k.startsWith(REGION_KEY) && v)
    .map(([k, v]) => [k.slice(REGION_KEY.length), v]);
}

/** A track of a parallel state the new configuration enters, with its steps and the leaf a mapped step already puts there. */
export interface OpenRegion {
  path: string;
  title: string;
  /** Its atomic and final states, in document order; the first is where it starts by default. */
  steps: string[];
  mappedLeaf: string | undefined;
}

/** Every region of every parallel state the leaves enter (one list per new configuration). */
export function openRegions(graph: StateGraph, leaves: readonly string[]): OpenRegion[] {
  const active = new Set(leaves.flatMap((l) => [l, ...ancestorsOf(graph, l)]));
  const out: OpenRegion[] = [];
  for (const path of graph.order) {
    const node = graph.nodes.get(path)!;
    if (node.kind !== 'parallel' || !active.has(path)) continue;
    for (const region of node.children) {
      const steps = graph.order.filter((p) => {
        const kind = graph.nodes.get(p)!.kind;
        return (kind === 'atomic' || kind === 'final') && ancestorsOf(graph, p).includes(region);
      });
      const first = withStartedRegions(graph, [path]).find((l) => ancestorsOf(graph, l).includes(region));
      const ordered = first ? [first, ...steps.filter((s) => s !== first)] : steps;
      // A track without a title of its own is named by its parallel state's (never by its key).
      const title = graph.nodes.get(region)!.meta?.title ?? `en del av ${graph.nodes.get(path)!.meta?.title ?? 'processen'}`;
      out.push({ path: region, title, steps: ordered, mappedLeaf: leaves.find((l) => steps.includes(l)) });
    }
  }
  return out;
}

/**
 * The mapped leaves with the chosen region starts added, or why a choice cannot stand (named by titles): a region that
 * is not a track of a parallel state the mapped steps enter, a step outside the track, or a track a mapped step is in.
 */
export function withRegionChoices(
  graph: StateGraph,
  mapped: readonly string[],
  mapping: Readonly<Record<string, string>>,
): { ok: true; leaves: string[] } | { ok: false; reason: string } {
  const regions = openRegions(graph, mapped);
  const chosen: string[] = [];
  for (const [path, leaf] of regionChoicesOf(mapping)) {
    const region = regions.find((r) => r.path === path);
    if (!region) {
      const own = graph.nodes.get(path)?.meta?.title;
      const known = own ? `"${own}"` : 'Ett valt spår';
      return { ok: false, reason: `${known} är inte ett parallellt spår där ärendet fortsätter. Välj spår bland dem som visas.` };
    }
    if (!region.steps.includes(leaf))
      return { ok: false, reason: `Det valda steget hör inte till spåret "${region.title}". Välj ett av spårets steg.` };
    if (region.mappedLeaf && region.mappedLeaf !== leaf)
      return {
        ok: false,
        reason: `Spåret "${region.title}" har redan ett steg, "${titleOf(graph, region.mappedLeaf)}", från ett av ärendets steg.`,
      };
    chosen.push(leaf);
  }
  return { ok: true, leaves: withStartedRegions(graph, [...new Set([...mapped, ...chosen])]) };
}
