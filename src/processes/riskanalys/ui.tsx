import { arendeNumber, enhetName } from '../../kit/labels';
import { dateOf as date, Field, stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { PackUi, PrintProps } from '../PackUi';
import { RiskMatrix } from './RiskMatrix';
import { SkyddsombudView } from './SkyddsombudView';

type Deltagande = { deltagare?: { namn: string; funktion: string }[]; skyddsombudDeltar?: boolean; skalUtanSkyddsombud?: string };
type PlanAtgard = { nr: number; atgard: string; ansvarig: { namn: string; titel: string }; tidpunkt: string };
type Godkannande = { godkand?: boolean; godkannare?: { namn: string; titel: string }; datum?: string; kommentar?: string };

/** The risk- och konsekvensanalys as the verksamhetschef approves it and the skyddsombud sees it. */
function Riskanalys({ id, state, back }: PrintProps) {
  const { org, catalog } = useServices();
  const enhet = enhetName(org, state.open.enhetId);

  const besk = stepData(state, 'beskrivning.submit');
  const omplanerad = stepData(state, 'planering.omplanera');
  const avbruten = stepData(state, 'analys.avbryt');
  const deltagare = stepData(state, 'deltagare.submit') as Deltagande | undefined;
  const risker = (stepData(state, 'identifiera.submit')?.risker as { nr: number; beskrivning: string }[] | undefined) ?? [];
  const varden = (stepData(state, 'vardera.submit')?.varderingar as { nr: number; sannolikhet: number; konsekvens: number }[] | undefined) ?? [];
  const plan = stepData(state, 'handlingsplan.submit') as { atgarder?: PlanAtgard[] } | undefined;
  const godkannande = stepData(state, 'godkannande.submit') as Godkannande | undefined;
  const funktion = stepChoiceTitles(catalog, state, 'deltagare.submit', ['deltagare', 'items', 'funktion']);
  return (
    <main className="print-doc">
      {back}
      <h1>Risk- och konsekvensanalys inför förändring</h1>
      <p>
        Ärende {arendeNumber(id)} · {enhet}
      </p>
      <section aria-labelledby="forandring-rubrik">
        <h2 id="forandring-rubrik">Förändringen</h2>
        <dl className="doc-fields">
          <Field label="Förändring" value={besk?.forandring} />
          <Field label="Var" value={besk?.var} />
          <Field label="Berörda" value={besk?.berorda} />
          <Field label="Planerad start" value={omplanerad ? `${date(omplanerad.planeradStart)} (omplanerad från ${date(besk?.planeradStart)}: ${String(omplanerad.skal)})` : date(besk?.planeradStart)} />
          {avbruten && <Field label="Avbruten" value={`Förändringen genomförs inte. ${String(avbruten.motivering)}`} />}
        </dl>
      </section>
      <section aria-labelledby="deltagare-rubrik">
        <h2 id="deltagare-rubrik">Deltagare</h2>
        {deltagare ? (
          <>
            <table>
              <caption>Deltagare i riskanalysen</caption>
              <thead>
                <tr>
                  <th scope="col">Namn</th>
                  <th scope="col">Funktion</th>
                </tr>
              </thead>
              <tbody>
                {(deltagare.deltagare ?? []).map((d, i) => (
                  <tr key={i}>
                    <th scope="row">{d.namn}</th>
                    <td>{funktion.get(d.funktion) ?? d.funktion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="doc-fields">
              <Field label="Skyddsombud deltar" value={deltagare.skyddsombudDeltar} />
              <Field label="Skäl till att skyddsombud inte deltar" value={deltagare.skalUtanSkyddsombud} />
            </dl>
          </>
        ) : (
          <p>Deltagarna är inte angivna ännu.</p>
        )}
      </section>
      <SkyddsombudView state={state} headingLevel={2} headingId="skyddsombud-rubrik" />
      <RiskMatrix risker={risker} varderingar={varden} />
      <section aria-labelledby="handlingsplan-rubrik">
        <h2 id="handlingsplan-rubrik">Handlingsplan</h2>
        {!plan ? (
          <p>Handlingsplanen är inte upprättad ännu.</p>
        ) : (plan.atgarder ?? []).length === 0 ? (
          <p>Handlingsplanen har inga åtgärder: ingen risk kräver åtgärd.</p>
        ) : (
          <table>
            <caption>Åtgärder, ansvariga och när de ska vara klara</caption>
            <thead>
              <tr>
                <th scope="col">Risk nr</th>
                <th scope="col">Åtgärd</th>
                <th scope="col">Ansvarig</th>
                <th scope="col">Klart senast</th>
              </tr>
            </thead>
            <tbody>
              {(plan.atgarder ?? []).map((a, i) => (
                <tr key={i}>
                  <td>{a.nr}</td>
                  <td>{a.atgard}</td>
                  <td>{`${a.ansvarig.namn}, ${a.ansvarig.titel}`}</td>
                  <td>{date(a.tidpunkt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="godkannande-rubrik">
        <h2 id="godkannande-rubrik">Godkännande</h2>
        {godkannande?.godkand ? (
          <dl className="doc-fields">
            <Field label="Godkänd av" value={godkannande.godkannare} />
            <Field label="Datum" value={date(godkannande.datum)} />
            <Field label="Kommentar" value={godkannande.kommentar} />
          </dl>
        ) : (
          <p>{avbruten ? 'Inte godkänd: riskanalysen avbröts.' : 'Inte godkänd ännu.'}</p>
        )}
      </section>
    </main>
  );
}

export const ui: PackUi = {
  documents: { riskanalys: Riskanalys },
  // The verksamhetschef reads the skyddsombud's view before approving (AFS 2023:1).
  stepPanels: { godkannande: ({ state }) => <SkyddsombudView state={state} headingLevel={3} headingId="skyddsombud-synpunkter" /> },
};
