import { useState } from 'react';
import { mayKnowRapportor } from '../../api/access';
import type { ArendeState } from '../../engine/index';
import { choiceTitles } from '../../engine/index';
import { userName } from '../foundation/roles';
import { href } from '../foundation/router';
import { NotReadable } from './NotReadable';
import { useServices } from '../foundation/services';
import { useSession } from '../foundation/session';
import { useLoad } from '../foundation/useLoad';
import { formatDate, formatDateTime } from '../foundation/format';
import { arendeNumber, enhetName } from '../foundation/labels';
import { RiskMatrix } from './RiskMatrix';
import { SkyddsombudView } from './SkyddsombudView';

type Data = Record<string, unknown>;
type Deltagande = { deltagare?: { namn: string; funktion: string }[]; skyddsombudDeltar?: boolean; skalUtanSkyddsombud?: string };
type PlanAtgard = { nr: number; atgard: string; ansvarig: { namn: string; titel: string }; tidpunkt: string };
type Godkannande = { godkand?: boolean; godkannare?: { namn: string; titel: string }; datum?: string; kommentar?: string };

const stepData = (state: ArendeState, type: string) => state.snapshot.context.steps[type]?.data as Data | undefined;

// Stored events keep keys sorted; people read a name before an address or an e-mail.
const READING_ORDER = ['namn', 'titel', 'befattning', 'adress', 'postort', 'telefon', 'epost'];

function objectText(value: Data): string {
  const rank = (k: string) => (READING_ORDER.includes(k) ? READING_ORDER.indexOf(k) : READING_ORDER.length);
  return Object.keys(value)
    .sort((a, b) => rank(a) - rank(b))
    .map((k) => value[k])
    .filter((v) => v !== undefined && v !== null && v !== '' && typeof v !== 'object')
    .join(', ');
}

function Field({ label, value }: { label: string; value: unknown }) {
  if (value === undefined || value === null || value === '') return null;
  const text = typeof value === 'boolean' ? (value ? 'Ja' : 'Nej') : typeof value === 'object' ? objectText(value as Data) : String(value);
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

/** What the access log calls each printable document. */
const DOCUMENT_TITLES: Readonly<Record<string, string>> = { anmalan: 'Anmälan till IVO', utredning: 'Utredning', riskanalys: 'Riskanalys' };

/** Printable documents (print CSS, then the browser's "Spara som PDF"). */
export function PrintView({ id, dokument }: { id: string; dokument: string }) {
  const { backend, org, people, catalog } = useServices();
  const { user } = useSession();
  const { data, error, reload } = useLoad(() => backend.arende(id, { utskrift: DOCUMENT_TITLES[dokument] ?? 'Okänt dokument' }), [backend, id, dokument]);
  const [showRapportor, setShowRapportor] = useState(false);
  if (error) return <p role="alert">Dokumentet kunde inte skapas: {error.message}</p>;
  if (data === undefined) return <p aria-live="polite">Läser in …</p>;
  if (data === null) return <NotReadable id={id} onGranted={reload} />;
  const { state } = data;
  const enhet = enhetName(org, state.open.enhetId);
  const back = (
    <p className="no-print">
      <a href={href({ page: 'arende', id })}>Tillbaka till ärendet</a> ·{' '}
      <button type="button" onClick={() => window.print()}>
        Skriv ut eller spara som PDF
      </button>
    </p>
  );

  if (dokument === 'anmalan') {
    const a = stepData(state, 'anmalan_ivo.submit');
    const signed = state.snapshot.context.steps['anmalan_godkannande.submit'];
    const sent = stepData(state, 'anmalan_skickad.submit');
    if (!a) return <p role="alert">Ingen anmälan är förberedd i ärendet.</p>;
    return (
      <main className="print-doc">
        {back}
        <h1>Anmälan till Inspektionen för vård och omsorg (IVO) enligt lex Sarah</h1>
        <p>
          Ärende {arendeNumber(id)} · {enhet}
          {sent ? <> · <strong>Skickad {formatDate(String(sent.skickadDatum))} – anmälan är låst och kan inte ändras.</strong></> : ' · Utkast – inte skickad'}
        </p>
        <dl className="doc-fields">
          <Field label="Typ av anmälan" value={a.typ === 'allvarligt_missforhallande' ? 'Allvarligt missförhållande' : 'Påtaglig risk för allvarligt missförhållande'} />
          <Field label="Avsändarens diarienummer" value={a.avsandarensDiarienummer} />
          <Field label="Anmälande nämnd eller vårdgivare" value={a.anmalandeNamnd} />
          <Field label="Organisationsnummer" value={a.organisationsnummer} />
          <Field label="Verksamhet" value={a.verksamhet} />
          <Field label="Verksamhetsform" value={a.verksamhetsform === 'lss' ? 'LSS' : 'SoL'} />
          <Field label="Var händelsen inträffade" value={a.handelsePlats} />
          <Field label="När händelsen inträffade" value={typeof a.handelseTidpunkt === 'string' ? formatDateTime(a.handelseTidpunkt) : undefined} />
          <Field label="Beskrivning" value={a.beskrivning} />
          <Field label="Vidtagna åtgärder" value={a.vidtagnaAtgarder} />
          <Field label="IVO:s avdelning" value={a.ivoAvdelning ? `Avdelning ${String(a.ivoAvdelning).replace('ost', 'öst').replace('sydost', 'sydöst').replace('vast', 'väst')}` : undefined} />
          <Field label="Utredningen bifogas" value={a.utredningBifogas} />
          <Field label="Planerad komplettering" value={a.planeradKomplettering} />
          <Field label="Kontaktperson" value={a.kontaktperson} />
          <Field label="Godkänd och undertecknad av" value={signed ? `${userName(people, signed.by.userId)} (${formatDate(signed.at)})` : 'Inte undertecknad'} />
        </dl>
        <p className="hint">Anmälan skickas till IVO per post eller via IVO:s e-tjänst – aldrig med e-post eller fax.</p>
      </main>
    );
  }

  if (dokument === 'utredning') {
    const u = stepData(state, 'utredning.submit');
    const r = stepData(state, 'rapport.submit');
    const b = stepData(state, 'beslut.submit');
    if (!u) return <p role="alert">Utredningen är inte klar.</p>;
    // The server sends a placeholder to roles that may not know the rapportör; they are not offered her name at all.
    const mayShowRapportor = mayKnowRapportor(org, user, data.summary);
    return (
      <main className="print-doc">
        {back}
        {mayShowRapportor && (
          <p className="no-print">
            <label>
              <input type="checkbox" checked={showRapportor} onChange={(e) => setShowRapportor(e.target.checked)} /> Visa rapportörens namn
            </label>
          </p>
        )}
        <h1>Lex Sarah – utredning</h1>
        <p>
          Ärende {arendeNumber(id)} · {enhet}
        </p>
        <dl className="doc-fields">
          {mayShowRapportor && showRapportor && <Field label="Rapportör" value={r?.rapportor} />}
          <Field label="Händelsen och dess konsekvenser" value={u.handelseOchKonsekvenser} />
          <Field label="När det inträffade och när och hur det upptäcktes" value={u.tidpunkter} />
          <Field label="Orsaker" value={u.orsaker} />
          <Field label="Har det hänt tidigare" value={u.tidigareHandelser} />
          <Field label="Avhjälpande åtgärder" value={u.avhjalpandeAtgarder} />
          <Field label="Övriga iakttagelser" value={u.ovrigaIakttagelser} />
          <Field label="Ställningstagande" value={u.stallningstagande} />
          <Field label="Förebyggande åtgärder" value={u.forebyggandeAtgarder} />
          <Field label="Den enskilde informerad" value={u.enskildInformation} />
          <Field label="Utredare" value={u.utredare} />
          <Field label="Beslut" value={b ? `${String(b.klassificering).replace(/_/g, ' ')}, allvarligt: ${b.allvarligt ? 'ja' : 'nej'}. ${String(b.motivering ?? '')}` : 'Inget beslut ännu'} />
        </dl>
      </main>
    );
  }

  if (dokument === 'riskanalys') {
    const besk = stepData(state, 'beskrivning.submit');
    const omplanerad = stepData(state, 'planering.omplanera');
    const avbruten = stepData(state, 'analys.avbryt');
    const deltagare = stepData(state, 'deltagare.submit') as Deltagande | undefined;
    const risker = (stepData(state, 'identifiera.submit')?.risker as { nr: number; beskrivning: string }[] | undefined) ?? [];
    const varden = (stepData(state, 'vardera.submit')?.varderingar as { nr: number; sannolikhet: number; konsekvens: number }[] | undefined) ?? [];
    const plan = stepData(state, 'handlingsplan.submit') as { atgarder?: PlanAtgard[] } | undefined;
    const godkannande = stepData(state, 'godkannande.submit') as Godkannande | undefined;
    const funktion = choiceTitles(catalog.forms[state.loaded.formOf.get('deltagare.submit') ?? '']?.schema, ['deltagare', 'items', 'funktion']);
    const date = (v: unknown) => (typeof v === 'string' ? formatDate(v) : undefined);
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
  return <p role="alert">Okänt dokument.</p>;
}
