import { formatNumber } from '../../kit/format';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';

/** How many reminders deadline steps needed before they were done (issue 13): counted from the recorded notifications. */
export function ReminderStats() {
  const { backend } = useServices();
  const { data, error } = useLoad(async () => backend.reminderStats(), [backend]);
  return (
    <section aria-labelledby="paminnelser-rubrik" className="reminder-stats">
      <h2 id="paminnelser-rubrik">Påminnelser innan stegen blev klara</h2>
      <p>
        Steg med frist som blivit klara efter minst en påminnelse, sedan aviseringarna infördes. Gäller hela organisationen, utan
        personuppgifter.
      </p>
      {error && <p className="rejection">Siffrorna kunde inte läsas: {error.message}</p>}
      {data && data.rows.length === 0 && <p>Inga steg har ännu behövt påminnelser.</p>}
      {data && data.rows.length > 0 && (
        <table>
          <caption className="visually-hidden">Påminnelser per steg</caption>
          <thead>
            <tr>
              <th scope="col">Steg</th>
              <th scope="col">Klara steg som påmints</th>
              <th scope="col">Påminnelser före fristen</th>
              <th scope="col">Påminnelser per steg</th>
              <th scope="col">Klara först efter fristen</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.stepTitle}>
                <th scope="row">{r.stepTitle}</th>
                <td>{formatNumber(r.steps)}</td>
                <td>{formatNumber(r.reminders)}</td>
                <td>{(r.reminders / r.steps).toLocaleString('sv-SE', { maximumFractionDigits: 1 })}</td>
                <td>{formatNumber(r.afterDeadline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
