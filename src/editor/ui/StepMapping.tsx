import type { ProcessRow } from '../../api/contract';
import type { StateGraph } from '../../engine/index';
import { regionKey } from '../../engine/index';
import { titleOfPath } from './graphText';
import { freeTracksOf } from './trackChoices';

interface StepMappingProps {
  uid: string;
  target: number;
  /** The chosen ärenden (their active steps, path and title). */
  rows: readonly ProcessRow[];
  newGraph: StateGraph;
  mapping: Readonly<Record<string, string>>;
  setMapping(mapping: Record<string, string>): void;
}

/**
 * Where each active step of the chosen ärenden continues in the new version (by default the same step, if it exists),
 * and where each other parallel track starts (by default its first step).
 */
export function StepMapping({ uid, target, rows, newGraph, mapping, setMapping }: StepMappingProps) {
  const paths = [...new Map(rows.flatMap((r) => r.activeSteps.map((s) => [s.path, s.title] as const))).entries()];
  // Tracks of a parallel state the ärenden enter in the new version that no mapped step is in.
  const tracks = freeTracksOf(newGraph, rows, mapping);
  if (paths.length === 0) return null;
  const steps = newGraph.order.filter((p) => newGraph.nodes.get(p)!.meta?.form);
  return (
    <fieldset className="mapping">
      <legend>Var ska ärendena fortsätta i version {target}?</legend>
      {paths.map(([path, title]) => (
        <p key={path}>
          <label htmlFor={`${uid}-${path}`}>Från "{title}"</label>
          <select id={`${uid}-${path}`} value={mapping[path] ?? ''} onChange={(e) => setMapping({ ...mapping, [path]: e.target.value })}>
            <option value="">{newGraph.nodes.has(path) ? `Samma steg (${titleOfPath(newGraph, path)})` : 'Välj steg'}</option>
            {steps.map((p) => (
              <option key={p} value={p}>
                {titleOfPath(newGraph, p)}
              </option>
            ))}
          </select>
        </p>
      ))}
      {tracks.map((t) => {
        const key = regionKey(t.path);
        const [first, ...rest] = t.steps;
        return (
          <p key={key}>
            <label htmlFor={`${uid}-${key}`}>Spåret "{titleOfPath(newGraph, t.path)}": börja vid</label>
            <select id={`${uid}-${key}`} value={mapping[key] ?? ''} onChange={(e) => setMapping({ ...mapping, [key]: e.target.value })}>
              <option value="">{first ? `Första steget (${titleOfPath(newGraph, first)})` : 'Första steget'}</option>
              {rest.map((p) => (
                <option key={p} value={p}>
                  {titleOfPath(newGraph, p)}
                </option>
              ))}
            </select>
          </p>
        );
      })}
    </fieldset>
  );
}
