import type { ReactNode } from 'react';
import type { OrganisationAnswer } from '../../api/contract';
import { formatDateTime } from '../../kit/format';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { Choice, Field } from './adminFields';
import { CsvImport } from './CsvImport';
import { PeopleSection } from './PeopleSection';
import { RoleRequests } from './RoleRequests';
import { UnitsSection } from './UnitsSection';
import { useAdminChange } from './useAdminChange';

const IVO_AVDELNINGAR = { nord: 'Nord', mitt: 'Mitt', ost: 'Öst', sydost: 'Sydöst', syd: 'Syd', vast: 'Väst' } as const;

const section = (id: string, title: string, children: ReactNode) => (
  <section aria-labelledby={id} className="admin-section">
    <h2 id={id}>{title}</h2>
    {children}
  </section>
);

/** The administratör's pages: förvaltning, verksamheter and enheter, people and their roles, and every change kept. */
export function OrganisationPage() {
  const { backend } = useServices();
  const { data, error, reload } = useLoad(() => backend.organisation(), [backend]);
  const { status, problems, run, save } = useAdminChange(reload);
  if (error) return <p role="alert">Organisationen kunde inte läsas: {error.message}</p>;
  if (!data) return <p aria-live="polite">Läser in organisationen …</p>;
  const { org, people } = data;
  const forvaltning = org.forvaltningar[0];
  return (
    <>
      <h1>Organisation</h1>
      <p>
        Här finns förvaltningen, dess verksamheter och enheter, och vilka personer som har vilka roller var. Varje ändring sparas med vem
        som gjorde den och när. En enhet som stängs tar inte emot nya rapporter, men dess ärenden finns kvar. Ingen ger sig själv en roll,
        och en roll som läser ärenden gäller först när en annan administratör eller förvaltningschefen har godkänt den.
      </p>
      <div aria-live="polite">{status && <p className="success">{status}</p>}</div>
      {problems.length > 0 && (
        <div role="alert" className="error-summary">
          <h2>Ändringen sparades inte</h2>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {forvaltning &&
        section(
          'forvaltning-rubrik',
          'Förvaltningen',
          <form
            key={forvaltning.id}
            className="admin-form"
            onSubmit={save('Förvaltningens uppgifter är sparade.', (f) =>
              backend.saveForvaltning(forvaltning.id, { namn: f.namn ?? '', ...f }),
            )}
          >
            <Field label="Namn" name="namn" value={forvaltning.namn} required />
            <Field label="Nämnd" name="namnd" value={forvaltning.namnd} hint="Anmälande nämnd i anmälan till IVO." />
            <Field
              label="Organisationsnummer"
              name="organisationsnummer"
              value={forvaltning.organisationsnummer}
              hint="Till exempel 212000-0000."
            />
            <Field label="Diarieprefix" name="diariePrefix" value={forvaltning.diariePrefix} />
            <Choice
              label="IVO-avdelning"
              name="ivoAvdelning"
              value={forvaltning.ivoAvdelning}
              options={Object.entries(IVO_AVDELNINGAR)}
              empty="Ej angiven"
            />
            <button type="submit">Spara förvaltningen</button>
          </form>,
        )}
      {section('enheter-rubrik', 'Verksamheter och enheter', <UnitsSection org={org} backend={backend} save={save} />)}
      {section(
        'personer-rubrik',
        'Personer och roller',
        <PeopleSection org={org} people={people} backend={backend} save={save} run={run} />,
      )}
      {section('begaran-rubrik', 'Roller som väntar på godkännande', <RoleRequests requests={data.requests} backend={backend} run={run} />)}
      {section('import-rubrik', 'Import från CSV-fil', <CsvImport onApplied={reload} />)}
      {section('andringar-rubrik', 'Ändringar', <Changes data={data} />)}
    </>
  );
}

function Changes({ data: { changes, people } }: { data: OrganisationAnswer }) {
  if (changes.length === 0) return <p>Inga ändringar ännu.</p>;
  return (
    <table>
      <caption>De senaste ändringarna, senaste först</caption>
      <thead>
        <tr>
          <th scope="col">Tid</th>
          <th scope="col">Av</th>
          <th scope="col">Ändring</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.id}>
            <td>
              <time dateTime={c.at}>{formatDateTime(c.at)}</time>
            </td>
            <td>{people.find((p) => p.userId === c.by)?.namn ?? c.by}</td>
            <td>{c.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
