import { arendeNumber, enhetName } from '../../kit/labels';
import { dateOf as date, Field, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { PrintProps } from '../../kit/PackUi';
import { RiskMatrix } from '../riskanalys/RiskMatrix';
import { useTitles } from './RegisterCells';
import { registerRows } from './registerRows';
import { NOT_GIVEN } from './registerStatus';
import { RegisterTable } from './RegisterTable';
import type { Uppfoljning } from './RegisterTable';

type Godkannande = { godkannare?: { namn: string; titel: string }; godkantDatum?: string; kommentar?: string };

/** "Riskregister 2027": the register as the nämnd receives it, one landscape table with every kvalitetsområde of every row. */
export function RiskregisterDoc({ id, state, back }: PrintProps) {
  const { org } = useServices();
  const titles = useTitles(state);
  const upprattande = stepData(state, 'upprattande.submit');
  if (!upprattande) return <p role="alert">Riskregistret är inte upprättat ännu.</p>;
  const rows = registerRows(state.snapshot.context);
  const godkannande = stepData(state, 'godkannande.submit') as Godkannande | undefined;
  const uppfoljning = stepData(state, 'uppfoljning.submit') as Uppfoljning | undefined;
  const enhet = org.enheter.find((e) => e.id === state.open.enhetId);
  const verksamhet = org.verksamheter.find((v) => v.id === enhet?.verksamhetId);
  return (
    <main className="print-doc print-landscape">
      {back}
      <h1>Riskregister {String(upprattande.ar)}</h1>
      <dl className="doc-fields">
        <Field label="Omfattar" value={upprattande.omfattning} />
        <Field label="Verksamhet och enhet" value={`${verksamhet ? `${verksamhet.namn}, ` : ''}${enhetName(org, state.open.enhetId)}`} />
        <Field label="Ärende" value={arendeNumber(id)} />
        <Field
          label="Godkänt"
          value={
            godkannande?.godkannare
              ? `${godkannande.godkannare.namn}, ${godkannande.godkannare.titel}, ${date(godkannande.godkantDatum) ?? NOT_GIVEN}`
              : 'Inte godkänt ännu: registret är ett utkast.'
          }
        />
        <Field label="Verksamhetschefens kommentar" value={godkannande?.kommentar} />
      </dl>
      <section aria-labelledby="register-rubrik">
        <h2 id="register-rubrik">Risker, åtgärder och uppföljning</h2>
        <RegisterTable state={state} rows={rows} titles={titles} uppfoljning={uppfoljning} />
      </section>
      <RiskMatrix risker={rows.map((r) => ({ nr: r.nr, beskrivning: r.risk }))} varderingar={rows} withList={false} />
      {uppfoljning?.sammanfattning && (
        <section aria-labelledby="uppfoljning-rubrik">
          <h2 id="uppfoljning-rubrik">Årets uppföljning</h2>
          <dl className="doc-fields">
            <Field label="Datum" value={date(uppfoljning.uppfoljningDatum)} />
            <Field label="Sammanfattning" value={uppfoljning.sammanfattning} />
          </dl>
        </section>
      )}
    </main>
  );
}
