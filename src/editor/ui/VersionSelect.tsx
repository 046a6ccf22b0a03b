import type { LoadedDefinition } from '../../engine/index';

/** A choice among the process's published versions. */
export function VersionSelect(props: {
  id: string;
  label: string;
  value: number;
  versions: readonly LoadedDefinition[];
  onChange(version: number): void;
}) {
  return (
    <p>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.versions.map(({ definition: d }) => (
          <option key={d.version} value={d.version}>
            {d.version}
          </option>
        ))}
      </select>
    </p>
  );
}
