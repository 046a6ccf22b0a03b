import { useState } from 'react';
import type { Backend } from '../../api/Backend';
import type { Organisation } from '../../engine/index';
import { Choice, Field } from './adminFields';
import type { Save } from './useAdminChange';

const FORMER = { sol: 'Socialtjänstlagen (SoL)', lss: 'LSS' } as const;

/** Verksamheter and enheter: the tree as it is, and a form each to add one or change the one chosen. */
export function UnitsSection({ org, backend, save }: { org: Organisation; backend: Backend; save: Save }) {
  return (
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
      <VerksamhetForm org={org} backend={backend} save={save} />
      <EnhetForm org={org} backend={backend} save={save} />
    </>
  );
}

function VerksamhetForm({ org, backend, save }: { org: Organisation; backend: Backend; save: Save }) {
  const [chosen, setChosen] = useState('');
  const verksamhet = org.verksamheter.find((v) => v.id === chosen);
  const forvaltningId = org.forvaltningar[0]?.id ?? '';
  return (
    <>
      <h3>Verksamhet</h3>
      <form
        key={`v-${chosen}`}
        className="admin-form"
        onSubmit={save(
          verksamhet ? 'Verksamheten är sparad.' : 'Verksamheten är tillagd.',
          (f) =>
            backend.saveVerksamhet({
              ...(verksamhet ? { id: verksamhet.id } : {}),
              namn: f.namn ?? '',
              forvaltningId,
              ...(f.ort ? { ort: f.ort } : {}),
            }),
          { clear: !verksamhet },
        )}
      >
        <Choice
          label="Ändra en verksamhet, eller lägg till en ny"
          value={chosen}
          options={org.verksamheter.map((v) => [v.id, v.namn] as const)}
          empty="Ny verksamhet"
          onChoose={setChosen}
        />
        <Field label="Verksamhetens namn" name="namn" value={verksamhet?.namn} required />
        <Field label="Ort" name="ort" value={verksamhet?.ort} />
        <button type="submit">{verksamhet ? 'Spara verksamheten' : 'Lägg till verksamheten'}</button>
      </form>
    </>
  );
}

function EnhetForm({ org, backend, save }: { org: Organisation; backend: Backend; save: Save }) {
  const [chosen, setChosen] = useState('');
  const enhet = org.enheter.find((e) => e.id === chosen);
  const send = (f: Record<string, string>, form: HTMLFormElement) =>
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
    });
  return (
    <>
      <h3>Enhet</h3>
      <form
        key={`e-${chosen}`}
        className="admin-form"
        onSubmit={save(enhet ? 'Enheten är sparad.' : 'Enheten är tillagd.', send, { clear: !enhet })}
      >
        <Choice
          label="Ändra en enhet, eller lägg till en ny"
          value={chosen}
          options={org.enheter.map((e) => [e.id, e.namn] as const)}
          empty="Ny enhet"
          onChoose={setChosen}
        />
        <Field label="Enhetens namn" name="namn" value={enhet?.namn} required />
        <Choice
          label="Verksamhet"
          name="verksamhetId"
          value={enhet?.verksamhetId}
          options={org.verksamheter.map((v) => [v.id, v.namn] as const)}
        />
        <Field label="Besöksadress" name="adress" value={enhet?.adress} />
        <Field label="Postort" name="postort" value={enhet?.postort} />
        <Choice
          label="Verksamhetsform"
          name="verksamhetsform"
          value={enhet?.verksamhetsform}
          options={Object.entries(FORMER)}
          empty="Ej angiven"
        />
        <Field
          label="Startdatum"
          name="startDatum"
          value={enhet?.startDatum}
          type="date"
          hint="Den första dagen verksamheten bedrevs vid enheten. En händelse före den kan inte rapporteras här. Tomt: okänt."
        />
        <label className="checkbox">
          <input type="checkbox" name="stangd" defaultChecked={enhet?.stangd === true} /> Enheten är stängd (tar inte emot nya rapporter)
        </label>
        <Field
          label="Slutdatum (för en stängd enhet)"
          name="slutDatum"
          value={enhet?.slutDatum}
          type="date"
          hint="Den sista dagen verksamheten bedrevs vid enheten. Tomt: den dag enheten stängs."
        />
        <button type="submit">{enhet ? 'Spara enheten' : 'Lägg till enheten'}</button>
      </form>
    </>
  );
}
