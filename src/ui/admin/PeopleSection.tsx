import { useState } from 'react';
import type { Backend } from '../../api/Backend';
import type { OrganisationPerson, RoleInput } from '../../api/contract';
import { ROLE_TITLES, ROLES } from '../../engine/index';
import type { Organisation, RoleId } from '../../engine/index';
import { Choice, Field } from './adminFields';
import type { Save } from './useAdminChange';

interface Props {
  org: Organisation;
  people: readonly OrganisationPerson[];
  backend: Backend;
  save: Save;
  run(done: string, send: () => Promise<unknown>): Promise<boolean>;
}

/** People and their roles today, a person added or changed, a role given, and a local login set. */
export function PeopleSection(props: Props) {
  const { org, people, backend, run } = props;
  const scopeName = (s: RoleInput['scope']) =>
    (s.kind === 'enhet' ? org.enheter : s.kind === 'verksamhet' ? org.verksamheter : org.forvaltningar).find((x) => x.id === s.id)?.namn ??
    s.id;
  return (
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
      <PersonForm {...props} />
      <RoleAndLoginForms {...props} />
    </>
  );
}

function PersonForm({ people, backend, save }: Props) {
  const [chosen, setChosen] = useState('');
  const person = people.find((p) => p.userId === chosen);
  // A new or changed inloggnings-id of someone already here waits for a second person (issue 22): say so.
  let waits = false;
  const send = (f: Record<string, string>) => {
    waits = !!person && !!f.inloggningsId?.trim() && f.inloggningsId.trim() !== (person.inloggningsId ?? '');
    return backend.savePerson({
      ...(person ? { userId: person.userId } : {}),
      namn: f.namn ?? '',
      ...(f.titel ? { titel: f.titel } : {}),
      ...(f.telefon ? { telefon: f.telefon } : {}),
      ...(f.epost ? { epost: f.epost } : {}),
      ...(f.inloggningsId ? { inloggningsId: f.inloggningsId } : {}),
    });
  };
  const saved = () =>
    waits
      ? 'Personen är sparad. Det nya inloggnings-id:t gäller när en annan administratör eller förvaltningschefen har godkänt det.'
      : 'Personen är sparad.';
  return (
    <>
      <h3>Person</h3>
      <form key={`p-${chosen}`} className="admin-form" onSubmit={save(person ? saved : 'Personen är tillagd.', send, { clear: !person })}>
        <Choice
          label="Ändra en person, eller lägg till en ny"
          value={chosen}
          options={people.map((p) => [p.userId, p.namn] as const)}
          empty="Ny person"
          onChoose={setChosen}
        />
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
    </>
  );
}

const roleDone = (answer: unknown) =>
  (answer as { requestId?: number }).requestId !== undefined
    ? 'Rollen väntar på godkännande av en annan administratör eller förvaltningschefen.'
    : 'Rollen är given.';

function RoleAndLoginForms({ org, people, backend, save }: Props) {
  const everyone = people.map((p) => [p.userId, p.namn] as const);
  const scopes: [string, string][] = [
    ...org.forvaltningar.map((f): [string, string] => [`forvaltning|${f.id}`, `Hela ${f.namn}`]),
    ...org.verksamheter.map((v): [string, string] => [`verksamhet|${v.id}`, `Verksamheten ${v.namn}`]),
    ...org.enheter.filter((e) => !e.stangd).map((e): [string, string] => [`enhet|${e.id}`, `Enheten ${e.namn}`]),
  ];
  const assign = (f: Record<string, string>) => {
    const [kind, id] = (f.scope ?? '').split('|') as [RoleInput['scope']['kind'], string];
    return backend.assignRole({ userId: f.userId ?? '', role: f.role as RoleId, scope: { kind, id } });
  };
  return (
    <>
      <h3>Ge en roll</h3>
      <p className="hint">
        Du kan inte ge dig själv en roll. En roll som läser ärenden (enhetschef, verksamhetschef, SAS, förvaltningschef, MAS) och
        administratörens roll gäller först när en annan administratör eller förvaltningschefen har godkänt den.
      </p>
      <form className="admin-form" onSubmit={save(roleDone, assign)}>
        <Choice label="Person" name="userId" options={everyone} />
        <Choice label="Roll" name="role" options={ROLES.map((r) => [r, ROLE_TITLES[r]] as const)} />
        <Choice label="Gäller för" name="scope" options={scopes} />
        <button type="submit">Ge rollen</button>
      </form>
      <h3>Inloggning med användarnamn och lösenord</h3>
      <p className="hint">
        Servern gör en engångskod och skickar den bara till personens e-post (den gäller i 24 timmar); du ser den aldrig. Personen loggar in
        med användarnamnet och koden och väljer ett eget lösenord. Hennes sessioner avslutas. Personen måste ha en e-postadress.
      </p>
      <form
        className="admin-form"
        onSubmit={save('En engångskod har skickats till personens e-post', (f) => backend.setLogin(f.userId ?? '', f.username ?? ''), {
          clear: true,
        })}
      >
        <Choice label="Person" name="userId" options={everyone} />
        <Field label="Användarnamn" name="username" required />
        <button type="submit">Skicka engångskod</button>
      </form>
    </>
  );
}
