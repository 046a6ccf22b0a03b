import { formatDate } from '../../kit/format';

/** An efterregistrering shows both dates: when the rapport was really given, and when it came into the system. */
export function LateRegistration({
  state,
}: {
  state: { snapshot: { context: { steps: Record<string, { data: unknown; at: string } | undefined> } } };
}) {
  const rapport = state.snapshot.context.steps['rapport.submit'];
  const data = (rapport?.data ?? {}) as { efterregistrering?: boolean; efterregistreringDatum?: string; efterregistreringKalla?: string };
  if (!rapport || data.efterregistrering !== true || !data.efterregistreringDatum) return null;
  return (
    <p className="late-registration">
      <strong>Efterregistrerat.</strong> Rapporten lämnades {formatDate(data.efterregistreringDatum)} och registrerades{' '}
      {formatDate(rapport.at)}
      {data.efterregistreringKalla ? ` (original: ${data.efterregistreringKalla})` : ''}.
    </p>
  );
}
