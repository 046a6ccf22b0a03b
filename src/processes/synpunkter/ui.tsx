import { arendeNumber, enhetName } from '../../kit/labels';
import { dateOf as date, Field, stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { PackUi, PrintProps } from '../../kit/PackUi';
import { ReceivedView, receivedOf } from './ReceivedView';
import { UtredningSection } from './UtredningSection';

/** A short summary of the synpunkt or klagomål: what came in, how it was handled, what was done and answered. */
function Synpunkt({ id, state, back }: PrintProps) {
  const { org, catalog } = useServices();
  const enhet = enhetName(org, state.open.enhetId);
  // Choices are worded as the forms the ärende used word them.
  const titles = (event: string, field: string) => stepChoiceTitles(catalog, state, event, [field]);
  const label = (event: string, field: string, value: unknown) =>
    typeof value === 'string' ? (titles(event, field).get(value) ?? value) : undefined;

  const inkommen = stepData(state, 'inkommen.submit');
  const registrering = stepData(state, 'registrering.submit');
  const aterkoppling = stepData(state, 'aterkoppling.submit');
  const avslut = stepData(state, 'avslut.submit');
  if (!inkommen) return <p role="alert">Synpunkten är inte införd ännu.</p>;
  return (
    <main className="print-doc">
      {back}
      <h1>Synpunkt/klagomål</h1>
      <p>
        Ärende {arendeNumber(id)} · {enhet}
      </p>
      <ReceivedView state={state} headingId="mottaget-rubrik" />
      <section aria-labelledby="inkommen-rubrik">
        <h2 id="inkommen-rubrik">{receivedOf(state) ? 'Registrerat av det som kom in' : 'Det som kom in'}</h2>
        <dl className="doc-fields">
          <Field label="Typ" value={label('inkommen.submit', 'typ', inkommen.typ)} />
          <Field label="Vad gäller det" value={inkommen.beskrivning} />
          <Field label="Inkom" value={date(inkommen.inkomDatum)} />
          <Field label="Hur det kom in" value={label('inkommen.submit', 'kanal', inkommen.kanal)} />
          <Field label="Lämnat av" value={label('inkommen.submit', 'avsandare', inkommen.avsandare)} />
          <Field label="Referens till den enskilde" value={inkommen.enskildReferens} />
          <Field
            label="Vill ha svar"
            value={inkommen.villHaSvar === true ? (label('inkommen.submit', 'svarSatt', inkommen.svarSatt) ?? true) : inkommen.villHaSvar}
          />
        </dl>
      </section>
      {registrering && (
        <section aria-labelledby="registrering-rubrik">
          <h2 id="registrering-rubrik">Registrering</h2>
          <dl className="doc-fields">
            <Field label="Kategori" value={label('registrering.submit', 'kategori', registrering.kategori)} />
            <Field label="Kategori (Övrigt)" value={registrering.kategoriBeskrivning} />
            <Field label="Hantering" value={label('registrering.submit', 'vag', registrering.vag)} />
            <Field label="Motivering" value={registrering.motivering} />
          </dl>
        </section>
      )}
      <UtredningSection state={state} />
      {aterkoppling && (
        <section aria-labelledby="aterkoppling-rubrik">
          <h2 id="aterkoppling-rubrik">Återkoppling</h2>
          <dl className="doc-fields">
            <Field label="Datum" value={date(aterkoppling.datum)} />
            <Field label="Sätt" value={label('aterkoppling.submit', 'satt', aterkoppling.satt)} />
            <Field label="Vad som återkopplades" value={aterkoppling.vadAterkopplades} />
          </dl>
        </section>
      )}
      {avslut && (
        <section aria-labelledby="avslut-rubrik">
          <h2 id="avslut-rubrik">Avslut</h2>
          <dl className="doc-fields">
            <Field label="Avslutat" value={date(avslut.datum)} />
            <Field label="Avslutsanteckning" value={avslut.avslutsanteckning} />
          </dl>
        </section>
      )}
    </main>
  );
}

export const ui: PackUi = {
  documents: { synpunkt: Synpunkt },
  // Whatever the step: the sender's own words stay in view, apart from what the registration made of them.
  casePanel: ({ state }) => <ReceivedView state={state} headingId="som-det-kom-in" />,
};
