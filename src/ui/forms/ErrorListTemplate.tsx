import type { ErrorListProps } from '@rjsf/utils';

/** The error summary: an alert with an h3 (the form sits under an h2) listing each problem in Swedish. */
export function ErrorListTemplate({ errors }: ErrorListProps) {
  return (
    <div className="error-summary" role="alert">
      <h3>Rätta följande innan du skickar</h3>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.property ?? ''}-${i}`}>{e.stack}</li>
        ))}
      </ul>
    </div>
  );
}
