import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { BackendError } from '../../api/Backend';
import type { RoleInput } from '../../api/contract';
import { ROLE_TITLES, ROLES } from '../../engine/index';
import type { RoleId } from '../../engine/index';
import { useServices } from '../foundation/services';
import { useLoad } from '../foundation/useLoad';
import { formatDateTime } from '../foundation/format';
import { CsvImport } from './CsvImport';

const IVO_AVDELNINGAR = { nord: 'Nord', mitt: 'Mitt', ost: 'Öst', sydost: 'Sydöst', syd: 'Syd', vast: 'Väst' } as const;
const FORMER = { sol: 'Socialtjänstlagen (SoL)', lss: 'LSS' } as const;

/** The form's fields as text, empty ones left out (the server treats a missing field as "not given"). */
function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  return out;
}

// Labels point at their control by id: a label around a select would add the chosen option to its name.
function Field({ label, name, value, required, type = 'text', hint }: { label: string; name: string; value?: string; required?: boolean; type?: string; hint?: string }) {
  const id = useId();
  return (
    <div className="admin-field">
      <label htmlFor={id}>
        {label}
        {required ? ' (obligatoriskt)' : ''}
      </label>
      <input id={id} name={name} type={type} defaultValue={value ?? ''} required={required} maxLength={200} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

function Choice({
  label,
  name,
  value,
  options,
  empty,
  onChoose,
}: {
  label: string;
  name?: string;
  value?: string;
  options: readonly (readonly [string, string])[];
  empty?: string;
  /** A controlled choice (which item to edit) instead of a form field. */
  onChoose?: (value: string) => void;
}) {
  const id = useId();
  const control = onChoose ? { value: value ?? '', onChange: (e: { target: { value: string } }) => onChoose(e.target.value) } : { defaultValue: value ?? '' };
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...(name ? { name } : {})} {...control}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The administratör's pages: förvaltning, verksamheter and enheter, people and their roles, and every change kept. */
export function OrganisationPage() {
  const { backend } = useServices();
  const { data, error, reload } = useLoad(() => backend.organisation(), [backend]);
  const [status, setStatus] = useState<string>();
  const [problems, setProblems] = useState<string[]>([]);
  const [editVerksamhet, setEditVerksamhet] = useState('');
  const [editEnhet, setEditEnhet] = useState('');
  const [editPerson, setEditPerson] = useState('');

  if (error) return <p role="alert">Organisationen kunde inte läsas: {error.message}</p>;
  if (!data) return <p aria-live="polite">Läser in organisationen …</p>;
  const { org, people, changes } = data;
  const forvaltning = org.forvaltningar[0];
  const verksamhet = org.verksamheter.find((v) => v.id === editVerksamhet);
  const enhet = org.enheter.find((e) => e.id === editEnhet);
  const person = people.find((p) => p.userId === editPerson);
  const scopeName = (s: RoleInput['scope']) =>
    (s.kind === 'enhet' ? org.enheter : s.kind === 'verksamhet' ? org.verksamheter : org.forvaltningar).find((x) => x.id === s.id)?.namn ?? s.id;
  const scopes: [string, string][] = [
    ...org.forvaltningar.map((f): [string, string] => [`forvaltning|${f.id}`, `Hela ${f.namn}`]),
    ...org.verksamheter.map((v): [string, string] => [`verksamhet|${v.id}`, `Verksamheten ${v.namn}`]),
    ...org.enheter.filter((e) => !e.stangd).map((e): [string, string] => [`enhet|${e.id}`, `Enheten ${e.namn}`]),
  ];

  /** Sends one change; on success the page reads the organisation again and says what was saved. */
  const run = async (done: string, send: () => Promise<unknown>): Promise<boolean> => {
    setProblems([]);
    setStatus(undefined);
    try {
      await send();
      await reload();
      setStatus(done);
      return true;
    } catch (err) {
      setProblems([(err as Error).message, ...(err instanceof BackendError ? err.details : [])]);
      return false;
    }
  };
  /**
   * A form's submit. Forms are not re-created when the organisation is read again (that would wipe what
   * someone is typing in another form); a form that adds something is emptied after its own success.
   */
  const save =
    (done: string, send: (f: Record<string, string>, form: HTMLFormElement) => Promise<unknown>, opts: { clear?: boolean } = {}) =>
    (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const form = e.currentTarget;
      void run(done, () => send(fieldsOf(form), form)).then((ok) => ok && opts.clear && form.reset());
    };

  const section = (id: string, title: string, children: ReactNode) => (
    <section aria-labelledby={id} className="admin-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );

  return (
    <>
      <h1>Organisation</h1>
      <p>
        Här finns förvaltningen, dess verksamheter och enheter, och vilka personer som har vilka roller var. Varje ändring sparas med vem som gjorde den och
        när. En enhet som stängs tar inte emot nya rapporter, men dess ärenden finns kvar.
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
          <form key={forvaltning.id} className="admin-form" onSubmit={save('Förvaltningens uppgifter är sparade.', (f) => backend.saveForvaltning(forvaltning.id, { namn: f.namn ?? '', ...f }))}>
            <Field label="Namn" name="namn" value={forvaltning.namn} required />
            <Field label="Nämnd" name="namnd" value={forvaltning.namnd} hint="Anmälande nämnd i anmälan till IVO." />
            <Field label="Organisationsnummer" name="organisationsnummer" value={forvaltning.organisationsnummer} hint="Till exempel 212000-0000." />
            <Field label="Diarieprefix" name="diariePrefix" value={forvaltning.diariePrefix} />
            <Choice label="IVO-avdelning" name="ivoAvdelning" value={forvaltning.ivoAvdelning} options={Object.entries(IVO_AVDELNINGAR)} empty="Ej angiven" />
            <button type="submit">Spara förvaltningen</button>
          </form>,
        )}

      {section(
        'enheter-rubrik',
        'Verksamheter och enheter',
        <>
          <ul className="org-tree">
            {org.verksamheter.map((v) => (
              <li key={v.id}>
                <strong>{v.namn}</strong>
                {v.ort ? ` (${v.ort})` : ''}
                <ul>
                  {org.enheter
                    .filter((e) => e.verksamhetId === v.id)
                    .map((e) => (
                      <li key={e.id}>
                        {e.namn}
                        {e.adress ? `, ${e.adress}` : ''}
                        {e.postort ? `, ${e.postort}` : ''}
                        {e.verksamhetsform ? ` – ${FORMER[e.verksamhetsform]}` : ''}
                        {e.startDatum ? `, startade ${e.startDatum}` : ''}
                        {e.stangd ? ` – stängd${e.slutDatum ? ` (sista dag ${e.slutDatum})` : ''}` : ''}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
          <h3>Verksamhet</h3>
          <form
            key={`v-${editVerksamhet}`}
            className="admin-form"
            onSubmit={save(verksamhet ? 'Verksamheten är sparad.' : 'Verksamheten är tillagd.', (f) =>
              backend.saveVerksamhet({ ...(verksamhet ? { id: verksamhet.id } : {}), namn: f.namn ?? '', forvaltningId: forvaltning?.id ?? '', ...(f.ort ? { ort: f.ort } : {}) }),
              { clear: !verksamhet },
            )}
          >
            <Choice label="Ändra en verksamhet, eller lägg till en ny" value={editVerksamhet} options={org.verksamheter.map((v) => [v.id, v.namn] as const)} empty="Ny verksamhet" onChoose={setEditVerksamhet} />
            <Field label="Verksamhetens namn" name="namn" value={verksamhet?.namn} required />
            <Field label="Ort" name="ort" value={verksamhet?.ort} />
            <button type="submit">{verksamhet ? 'Spara verksamheten' : 'Lägg till verksamheten'}</button>
          </form>
          <h3>Enhet</h3>
          <form
            key={`e-${editEnhet}`}
            className="admin-form"
            onSubmit={save(enhet ? 'Enheten är sparad.' : 'Enheten är tillagd.', (f, form) =>
              backend.saveEnhet({
                ...(enhet ? { id: enhet.id } : {}),
                namn: f.namn ?? '',
                verksamhetId: f.verksamhetId ?? '',
                ...(f.adress ? { adress: f.adress } : {}),
                ...(f.postort ? { postort: f.postort } : {}),
                ...(f.verksamhetsform === 'sol' || f.verksamhetsform === 'lss' ? { verksamhetsform: f.verksamhetsform } : {}),
                ...(f.startDatum ? { startDatum: f.startDatum } : {}),
                ...(f.slutDatum ? { slutDatum: f.slutDatum } : {}),
                stangd: (form.elements.namedItem('stangd') as HTMLInputElement | null)?.checked === true,
              }),
              { clear: !enhet },
            )}
          >
            <Choice label="Ändra en enhet, eller lägg till en ny" value={editEnhet} options={org.enheter.map((e) => [e.id, e.namn] as const)} empty="Ny enhet" onChoose={setEditEnhet} />
            <Field label="Enhetens namn" name="namn" value={enhet?.namn} required />
            <Choice label="Verksamhet" name="verksamhetId" value={enhet?.verksamhetId} options={org.verksamheter.map((v) => [v.id, v.namn] as const)} />
            <Field label="Besöksadress" name="adress" value={enhet?.adress} />
            <Field label="Postort" name="postort" value={enhet?.postort} />
            <Choice label="Verksamhetsform" name="verksamhetsform" value={enhet?.verksamhetsform} options={Object.entries(FORMER)} empty="Ej angiven" />
            <Field label="Startdatum" name="startDatum" value={enhet?.startDatum} type="date" hint="Den första dagen verksamheten bedrevs vid enheten. En händelse före den kan inte rapporteras här. Tomt: okänt." />
            <label className="checkbox">
              <input type="checkbox" name="stangd" defaultChecked={enhet?.stangd === true} /> Enheten är stängd (tar inte emot nya rapporter)
            </label>
            <Field label="Slutdatum (för en stängd enhet)" name="slutDatum" value={enhet?.slutDatum} type="date" hint="Den sista dagen verksamheten bedrevs vid enheten. Tomt: den dag enheten stängs." />
            <button type="submit">{enhet ? 'Spara enheten' : 'Lägg till enheten'}</button>
          </form>
        </>,
      )}

      {section(
        'personer-rubrik',
        'Personer och roller',
        <>
          <table>
            <caption>Personer och deras roller i dag</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">Befattning</th>
                <th scope="col">Inloggnings-id</th>
                <th scope="col">Roller</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.userId}>
                  <td>{p.namn}</td>
                  <td>{p.titel ?? '–'}</td>
                  <td>{p.inloggningsId ?? '–'}</td>
                  <td>
                    <ul className="plain">
                      {p.assignments.map((a) => (
                        <li key={a.id}>
                          {ROLE_TITLES[a.role]} för {scopeName(a.scope)}{' '}
                          <button
                            type="button"
                            className="link-button"
                            aria-label={`Avsluta rollen ${ROLE_TITLES[a.role]} för ${scopeName(a.scope)} för ${p.namn}`}
                            onClick={() => void run(`Rollen är avslutad för ${p.namn}.`, () => backend.endRole(a.id))}
                          >
                            Avsluta
                          </button>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Person</h3>
          <form
            key={`p-${editPerson}`}
            className="admin-form"
            onSubmit={save(person ? 'Personen är sparad.' : 'Personen är tillagd.', (f) =>
              backend.savePerson({
                ...(person ? { userId: person.userId } : {}),
                namn: f.namn ?? '',
                ...(f.titel ? { titel: f.titel } : {}),
                ...(f.telefon ? { telefon: f.telefon } : {}),
                ...(f.epost ? { epost: f.epost } : {}),
                ...(f.inloggningsId ? { inloggningsId: f.inloggningsId } : {}),
              }),
              { clear: !person },
            )}
          >
            <Choice label="Ändra en person, eller lägg till en ny" value={editPerson} options={people.map((p) => [p.userId, p.namn] as const)} empty="Ny person" onChoose={setEditPerson} />
            <Field label="Namn" name="namn" value={person?.namn} required />
            <Field label="Befattning" name="titel" value={person?.titel} />
            <Field label="Telefon" name="telefon" value={person?.telefon} type="tel" />
            <Field label="E-post" name="epost" value={person?.epost} type="email" />
            <Field
              label="Inloggnings-id"
              name="inloggningsId"
              value={person?.inloggningsId}
              hint="Från kommunens identitetsleverantör, t.ex. HSA-id eller e-post. Tomt: ingen sådan inloggning."
            />
            <button type="submit">{person ? 'Spara personen' : 'Lägg till personen'}</button>
          </form>
          <h3>Ge en roll</h3>
          <form
            className="admin-form"
            onSubmit={save('Rollen är given.', (f) => {
              const [kind, id] = (f.scope ?? '').split('|') as [RoleInput['scope']['kind'], string];
              return backend.assignRole({ userId: f.userId ?? '', role: f.role as RoleId, scope: { kind, id } });
            })}
          >
            <Choice label="Person" name="userId" options={people.map((p) => [p.userId, p.namn] as const)} />
            <Choice label="Roll" name="role" options={ROLES.map((r) => [r, ROLE_TITLES[r]] as const)} />
            <Choice label="Gäller för" name="scope" options={scopes} />
            <button type="submit">Ge rollen</button>
          </form>
          <h3>Inloggning med användarnamn och lösenord</h3>
          <p className="hint">
            Minst 12 tecken, inte personens namn och inte ett vanligt lösenord. Personens andra sessioner avslutas. Lösenordet sparas bara som ett hashvärde.
          </p>
          <form
            className="admin-form"
            onSubmit={save('Inloggningen är sparad.', (f) => backend.setLogin(f.userId ?? '', f.username ?? '', f.password ?? ''), { clear: true })}
          >
            <Choice label="Person" name="userId" options={people.map((p) => [p.userId, p.namn] as const)} />
            <Field label="Användarnamn" name="username" required />
            <Field label="Nytt lösenord" name="password" type="password" required />
            <button type="submit">Spara inloggningen</button>
          </form>
        </>,
      )}

      {section('import-rubrik', 'Import från CSV-fil', <CsvImport onApplied={reload} />)}

      {section(
        'andringar-rubrik',
        'Ändringar',
        changes.length === 0 ? (
          <p>Inga ändringar ännu.</p>
        ) : (
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
        ),
      )}
    </>
  );
}
