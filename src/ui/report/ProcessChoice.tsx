import type { ProcessType } from '../../engine/index';

/** One thing Ny rapport offers: a process, its title and when it applies. */
export interface RapportChoice {
  type: ProcessType;
  title: string;
  when: string;
}

/** "Vad vill du rapportera?": the processes the person may start, each with when it applies. */
export function ProcessChoice({
  choices,
  chosen,
  onChoose,
}: {
  choices: readonly RapportChoice[];
  chosen: ProcessType | undefined;
  onChoose(type: ProcessType): void;
}) {
  return (
    <fieldset className="choice">
      <legend>Vad vill du rapportera?</legend>
      {choices.map((c) => (
        <div key={c.type} className="choice-item">
          <input
            type="radio"
            id={`val-${c.type}`}
            name="processtyp"
            value={c.type}
            checked={chosen === c.type}
            onChange={() => onChoose(c.type)}
          />
          <label htmlFor={`val-${c.type}`}>
            <strong>{c.title}</strong>
            <span className="hint">{c.when}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
