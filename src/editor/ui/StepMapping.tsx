import type { StateGraph } from '../../engine/index';
import { titleOfPath } from './graphText';

interface StepMappingProps {
  uid: string;
  target: number;
  /** The chosen ärenden's active steps: path and title. */
  paths: readonly (readonly [string, string])[];
  newGraph: StateGraph;
  mapping: Readonly<Record<string, string>>;
  setMapping(mapping: Record<string, string>): void;
}

/** Where each active step of the chosen ärenden continues in the new version (by default the same step, if it exists). */
export function StepMapping({ uid, target, paths, newGraph, mapping, setMapping }: StepMappingProps) {
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
    </fieldset>
  );
}
