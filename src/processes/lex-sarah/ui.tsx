import { useState } from 'react';
import { mayKnowRapportor } from '../../api/access';
import { formatDate, formatDateTime } from '../../kit/format';
import { arendeNumber, enhetName } from '../../kit/labels';
import { Field, OtherFields, stepData } from '../../kit/printParts';
import { userName } from '../../kit/roles';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import type { PackUi, PrintProps } from '../../kit/PackUi';

/** The anmälan to IVO as the förvaltningschef signs it (IVO takes it by post or e-tjänst, never e-mail). */
function Anmalan({ id, state, back }: PrintProps) {
  const { org, people } = useServices();
  const enhet = enhetName(org, state.open.enhetId);

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
        {sent ? (
          <>
            {' '}
            · <strong>Skickad {formatDate(String(sent.skickadDatum))} – anmälan är låst och kan inte ändras.</strong>
          </>
        ) : (
          ' · Utkast – inte skickad'
        )}
      </p>
      <dl className="doc-fields">
        <Field
          label="Typ av anmälan"
          value={a.typ === 'allvarligt_missforhallande' ? 'Allvarligt missförhållande' : 'Påtaglig risk för allvarligt missförhållande'}
        />
        <Field label="Avsändarens diarienummer" value={a.avsandarensDiarienummer} />
        <Field label="Anmälande nämnd eller vårdgivare" value={a.anmalandeNamnd} />
        <Field label="Organisationsnummer" value={a.organisationsnummer} />
        <Field label="Verksamhet" value={a.verksamhet} />
        <Field label="Verksamhetsform" value={a.verksamhetsform === 'lss' ? 'LSS' : 'SoL'} />
        <Field label="Var händelsen inträffade" value={a.handelsePlats} />
        <Field
          label="När händelsen inträffade"
          value={typeof a.handelseTidpunkt === 'string' ? formatDateTime(a.handelseTidpunkt) : undefined}
        />
        <Field label="Beskrivning" value={a.beskrivning} />
        <Field label="Vidtagna åtgärder" value={a.vidtagnaAtgarder} />
        <Field
          label="IVO:s avdelning"
          value={
            a.ivoAvdelning
              ? `Avdelning ${String(a.ivoAvdelning).replace('ost', 'öst').replace('sydost', 'sydöst').replace('vast', 'väst')}`
              : undefined
          }
        />
        <Field label="Utredningen bifogas" value={a.utredningBifogas} />
        <Field label="Planerad komplettering" value={a.planeradKomplettering} />
        <Field label="Kontaktperson" value={a.kontaktperson} />
        <Field
          label="Godkänd och undertecknad av"
          value={signed ? `${userName(people, signed.by.userId)} (${formatDate(signed.at)})` : 'Inte undertecknad'}
        />
      </dl>
      <p className="hint">Anmälan skickas till IVO per post eller via IVO:s e-tjänst – aldrig med e-post eller fax.</p>
    </main>
  );
}

/** The utredning; the rapportör's name only for roles that may know it, and only when asked for. */
// The utredning's fields in the document's order (SOSFS 2011:5 5 kap.); any other (a local addition) follows them.
const UTREDNING_FIELDS: readonly (readonly [string, string])[] = [
  ['handelseOchKonsekvenser', 'Händelsen och dess konsekvenser'],
  ['tidpunkter', 'När det inträffade och när och hur det upptäcktes'],
  ['orsaker', 'Orsaker'],
  ['tidigareHandelser', 'Har det hänt tidigare'],
  ['avhjalpandeAtgarder', 'Avhjälpande åtgärder'],
  ['ovrigaIakttagelser', 'Övriga iakttagelser'],
  ['stallningstagande', 'Ställningstagande'],
  ['forebyggandeAtgarder', 'Förebyggande åtgärder'],
  ['enskildInformation', 'Den enskilde informerad'],
  ['utredare', 'Utredare'],
];

function Utredning({ id, state, summary, back }: PrintProps) {
  const { org, packs, catalog } = useServices();
  const { user } = useSession();
  const [showRapportor, setShowRapportor] = useState(false);
  const enhet = enhetName(org, state.open.enhetId);

  const u = stepData(state, 'utredning.submit');
  const r = stepData(state, 'rapport.submit');
  const b = stepData(state, 'beslut.submit');
  if (!u) return <p role="alert">Utredningen är inte klar.</p>;
  // The server sends a placeholder to roles that may not know the rapportör; they are not offered her name at all.
  const mayShowRapportor = mayKnowRapportor(packs.grants, org, user, summary);
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
        {UTREDNING_FIELDS.map(([key, label]) => (
          <Field key={key} label={label} value={u[key]} />
        ))}
        <OtherFields catalog={catalog} state={state} event="utredning.submit" shown={UTREDNING_FIELDS.map(([key]) => key)} />
        <Field
          label="Beslut"
          value={
            b
              ? `${String(b.klassificering).replace(/_/g, ' ')}, allvarligt: ${b.allvarligt ? 'ja' : 'nej'}. ${String(b.motivering ?? '')}`
              : 'Inget beslut ännu'
          }
        />
      </dl>
    </main>
  );
}

export const ui: PackUi = { documents: { anmalan: Anmalan, utredning: Utredning } };
