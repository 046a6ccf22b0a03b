import { arendeNumber, enhetName } from '../../kit/labels';
import { dateOf as date, Field, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { PackUi, PrintProps } from '../../kit/PackUi';
import { DeltagareSection } from './DeltagareSection';
import { HandlingsplanSection } from './HandlingsplanSection';
import { RiskMatrix } from './RiskMatrix';
import { SkyddsombudView } from './SkyddsombudView';

type Godkannande = { godkand?: boolean; godkannare?: { namn: string; titel: string }; datum?: string; kommentar?: string };

/** The risk- och konsekvensanalys as the verksamhetschef approves it and the skyddsombud sees it. */
function Riskanalys({ id, state, back }: PrintProps) {
  const { org } = useServices();
  const enhet = enhetName(org, state.open.enhetId);

  const besk = stepData(state, 'beskrivning.submit');
  const omplanerad = stepData(state, 'planering.omplanera');
  const avbruten = stepData(state, 'analys.avbryt');
  const risker = (stepData(state, 'identifiera.submit')?.risker as { nr: number; beskrivning: string }[] | undefined) ?? [];
  const varden =
    (stepData(state, 'vardera.submit')?.varderingar as { nr: number; sannolikhet: number; konsekvens: number }[] | undefined) ?? [];
  const godkannande = stepData(state, 'godkannande.submit') as Godkannande | undefined;
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
          <Field
            label="Planerad start"
            value={
              omplanerad
                ? `${date(omplanerad.planeradStart)} (omplanerad från ${date(besk?.planeradStart)}: ${String(omplanerad.skal)})`
                : date(besk?.planeradStart)
            }
          />
          {avbruten && <Field label="Avbruten" value={`Förändringen genomförs inte. ${String(avbruten.motivering)}`} />}
        </dl>
      </section>
      <DeltagareSection state={state} />
      <SkyddsombudView state={state} headingLevel={2} headingId="skyddsombud-rubrik" />
      <RiskMatrix risker={risker} varderingar={varden} />
      <HandlingsplanSection state={state} />
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
