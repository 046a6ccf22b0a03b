/** How an action went; `details`: the reasons when it was refused. */
export interface Outcome {
  kind: 'ok' | 'bad';
  text: string;
  details?: string[];
}

/** An outcome announced: an alert when refused, a status when it went through, with its reasons listed. */
export function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return null;
  return (
    <div role={outcome.kind === 'bad' ? 'alert' : 'status'} className={outcome.kind === 'bad' ? 'rejection' : 'success'}>
      <p>{outcome.text}</p>
      {outcome.details && (
        <ul>
          {outcome.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
