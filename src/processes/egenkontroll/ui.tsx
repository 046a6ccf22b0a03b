import { arendeNumber, enhetName } from '../../kit/labels';
import { dateOf as date, Field, stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { PackUi, PrintProps } from '../../kit/PackUi';
import { EgenkontrollAtgarder } from './EgenkontrollAtgarder';

type Avvikelse = { nr?: number; beskrivning?: string };
type Person = { namn?: string; befattning?: string };

/** The finding escalated to lex Sarah: which, to which ärende, by whom and why. */
function Eskalering({ state }: Pick<PrintProps, 'state'>) {
  const eskalering = stepData(state, 'eskalering.lex_sarah');
  if (!eskalering) return null;
  const lexSarah = state.links.find((l) => l.rel === 'eskalerad_till');
  const rapportor = eskalering.rapportor as Person | undefined;
  return (
    <>
      <h3>Eskalerat till lex Sarah</h3>
      <dl className="doc-fields">
        <Field label="Avvikelse nr" value={eskalering.avvikelseNr} />
        <Field label="Lex Sarah-ärende" value={lexSarah ? arendeNumber(lexSarah.arendeId) : undefined} />
        <Field label="Rapportör" value={rapportor ? [rapportor.namn, rapportor.befattning].filter(Boolean).join(', ') : undefined} />
        <Field label="Motivering" value={eskalering.motivering} />
      </dl>
    </>
  );
}

/** The egenkontroll's protocol: the plan, how it was performed, what it found, and each åtgärd with its status now. */
function Egenkontroll({ id, state, back }: PrintProps) {
  const { org, catalog } = useServices();
  const label = (event: string, field: string, value: unknown) =>
    typeof value === 'string' ? (stepChoiceTitles(catalog, state, event, [field]).get(value) ?? value) : undefined;
  const planering = stepData(state, 'planering.submit');
  const omplanering = stepData(state, 'planering.omplanera');
  const genomforande = stepData(state, 'genomforande.submit');
  const avslut = stepData(state, 'avslut.submit');
  if (!planering) return <p role="alert">Egenkontrollen är inte planerad ännu.</p>;
  const avvikelser = (genomforande?.avvikelser as Avvikelse[] | undefined) ?? [];
  return (
    <main className="print-doc">
      {back}
      <h1>Egenkontroll</h1>
      <p>
        Ärende {arendeNumber(id)} · {enhetName(org, state.open.enhetId)}
      </p>
      <section aria-labelledby="plan-rubrik">
        <h2 id="plan-rubrik">Plan</h2>
        <dl className="doc-fields">
          <Field label="Vad kontrolleras" value={planering.rubrik} />
          <Field label="Typ av kontroll" value={label('planering.submit', 'kontroll', planering.kontroll)} />
          <Field label="Syfte" value={planering.syfte} />
          <Field label="Planens år" value={planering.ar} />
          <Field label="Hur ofta" value={label('planering.submit', 'frekvens', planering.frekvens)} />
          <Field label="Genomförs senast" value={date(omplanering?.genomforasSenast ?? planering.genomforasSenast)} />
          <Field label="Ursprungligen planerad till" value={omplanering ? date(planering.genomforasSenast) : undefined} />
          <Field label="Skäl till omplanering" value={omplanering?.skal} />
          <Field label="Ansvarig" value={planering.ansvarig} />
          <Field label="Planerad metod" value={planering.planeradMetod} />
        </dl>
      </section>
      {genomforande && (
        <section aria-labelledby="genomforande-rubrik">
          <h2 id="genomforande-rubrik">Genomförande och resultat</h2>
          <dl className="doc-fields">
            <Field label="Genomförd" value={date(genomforande.genomfordDatum)} />
            <Field label="Metod" value={genomforande.metod} />
            <Field label="Urval" value={genomforande.urval} />
            <Field label="Resultat" value={genomforande.resultat} />
            <Field label="Avvikelser hittades" value={genomforande.avvikelserHittades} />
          </dl>
          {avvikelser.length > 0 && (
            <>
              <h3>Avvikelser</h3>
              <ol>
                {avvikelser.map((a, i) => (
                  <li key={i} value={a.nr}>
                    {a.beskrivning}
                  </li>
                ))}
              </ol>
            </>
          )}
          <Eskalering state={state} />
        </section>
      )}
      <EgenkontrollAtgarder state={state} />
      {avslut && (
        <section aria-labelledby="avslut-rubrik">
          <h2 id="avslut-rubrik">Avslut</h2>
          <dl className="doc-fields">
            <Field label="Avslutad" value={date(avslut.datum)} />
            <Field label="Avslutsanteckning" value={avslut.avslutsanteckning} />
          </dl>
        </section>
      )}
    </main>
  );
}

export const ui: PackUi = { documents: { egenkontroll: Egenkontroll } };
