import type { ErrorListProps } from '@rjsf/utils';

/**
 * The error summary: an alert with an h3 (the form sits under an h2) listing each problem in Swedish. Errors
 * from the engine and the personnummer screen already name their field; RJSF would prefix the raw path.
 */
export function ErrorListTemplate({ errors }: ErrorListProps) {
  return (
    <div className="error-summary" role="alert">
      <h3>Rätta följande innan du skickar</h3>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.property ?? ''}-${i}`}>{e.property && e.stack === `${e.property} ${e.message}` ? e.message : e.stack}</li>
        ))}
      </ul>
    </div>
  );
}
