import type { ArendeState, Atgard, AtgardStatus, RiskLevel } from '../../engine/index';
import { riskLabel, riskLevel, RISK_LEVEL_TITLES } from '../../engine/index';
import { formatDate } from '../../kit/format';
import { arendeNumber, enhetName } from '../../kit/labels';
import { dateOf as date, Field, stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { PackUi, PrintProps, StepPanelProps } from '../PackUi';
import { RiskMatrix } from '../riskanalys/RiskMatrix';
import { atgardFromRow, orsakOfRow, registerRows } from './registerRows';
import type { RegisterRow } from './registerRows';

const NOT_GIVEN = 'Ej angivet';

const STATUS: Record<AtgardStatus, string> = { planerad: 'planerad', genomford: 'genomförd, väntar på verifiering', verifierad: 'verifierad', atertagen: 'återtagen' };

/** The kvalitetsområden's titles (and the follow-up's), as the forms this ärende used word them. */
function useTitles(state: ArendeState) {
  const { catalog } = useServices();
  return {
    kriterier: stepChoiceTitles(catalog, state, 'upprattande.submit', ['risker', 'items', 'kvalitetskriterier', 'items']),
    uppfoljning: stepChoiceTitles(catalog, state, 'uppfoljning.submit', ['rader', 'items', 'status']),
  };
}

/** The åtgärd made from a row (same orsak), if any: the register says so instead of offering it again. */
const atgardOf = (state: ArendeState, row: RegisterRow): Atgard | undefined => state.snapshot.context.atgarder.find((a) => a.orsak === orsakOfRow(row));

/** Has this row already been made an egenkontroll (the command's event names its nr)? */
const watched = (state: ArendeState, row: RegisterRow): boolean =>
  state.events.some((e) => e.type === 'risk.egenkontroll' && (e.stepData as { riskNr?: unknown } | undefined)?.riskNr === row.nr);

/** The score in words beside its colour (WCAG 1.4.1: never by colour alone). */
function Riskvarde({ row }: { row: RegisterRow }) {
  return <td className={`risk-${riskLevel(row.sannolikhet * row.konsekvens)}`}>{riskLabel(row.sannolikhet, row.konsekvens)}</td>;
}

/** A row's kvalitetsområden in the form's order (the same on every row, however they were ticked). */
function Kriterier({ row, titles }: { row: RegisterRow; titles: ReadonlyMap<string, string> }) {
  const order = [...titles.keys()];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return (
    <ul className="plain-list">
      {[...row.kvalitetskriterier].sort((a, b) => rank(a) - rank(b)).map((k) => (
        <li key={k}>{titles.get(k) ?? k}</li>
      ))}
    </ul>
  );
}

/** The register on the case page: the verksamhetschef reads it before approving; after that, a risk becomes an åtgärd with one click. */
function RegisterPanel({ state, commandOpener }: StepPanelProps) {
  const rows = registerRows(state.snapshot.context);
  const { kriterier } = useTitles(state);
  const open = commandOpener('atgard.lagg_till');
  const watch = commandOpener('risk.egenkontroll');
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="register-rubrik" className="register-panel">
      <h3 id="register-rubrik">Riskregistret</h3>
      <table>
        <caption className="visually-hidden">Risker i registret med kvalitetsområden, riskvärde och åtgärd</caption>
        <thead>
          <tr>
            <th scope="col">Nr</th>
            <th scope="col">Process</th>
            <th scope="col">Risk</th>
            <th scope="col">Kvalitetsområden</th>
            <th scope="col">Riskvärde</th>
            <th scope="col">Åtgärd i registret</th>
            {(open || watch) && (
              <th scope="col">
                <span className="visually-hidden">Gör till åtgärd eller egenkontroll</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const made = atgardOf(state, row);
            return (
              <tr key={row.nr}>
                <td>{row.nr}</td>
                <td>{row.process}</td>
                <td>{row.risk}</td>
                <td>
                  <Kriterier row={row} titles={kriterier} />
                </td>
                <Riskvarde row={row} />
                <td>{row.atgard?.vad ?? NOT_GIVEN}</td>
                {(open || watch) && (
                  <td className="actions">
                    {made ? (
                      <p>Åtgärd registrerad ({STATUS[made.status]})</p>
                    ) : open ? (
                      <button type="button" onClick={() => open(atgardFromRow(row), `risk-${row.nr}`)}>
                        Gör till åtgärd<span className="visually-hidden">: risk nr {row.nr}</span>
                      </button>
                    ) : null}
                    {watched(state, row) ? (
                      <p>Egenkontroll planerad (länkad)</p>
                    ) : watch ? (
                      <button type="button" onClick={() => watch({ riskNr: row.nr }, `egenkontroll-${row.nr}`)}>
                        Gör till egenkontroll<span className="visually-hidden">: risk nr {row.nr}</span>
                      </button>
                    ) : null}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The score bands as `riskLevel` draws them, e.g. "låg 1–3", so the legend cannot drift from the scale. */
function bands(): string {
  const out: { level: RiskLevel; from: number; to: number }[] = [];
  for (let score = 1; score <= 16; score++) {
    const level = riskLevel(score);
    const last = out[out.length - 1];
    if (last?.level === level) last.to = score;
    else out.push({ level, from: score, to: score });
  }
  return out.map((b) => `${RISK_LEVEL_TITLES[b.level]} ${b.from}–${b.to}`).join(', ');
}

type Godkannande = { godkannare?: { namn: string; titel: string }; godkantDatum?: string; kommentar?: string };
type Uppfoljning = { uppfoljningDatum?: string; rader?: { nr: number; status: string; kommentar?: string }[]; sammanfattning?: string };

/** "Riskregister 2027": the register as the nämnd receives it, one landscape table with every kvalitetsområde of every row. */
function Riskregister({ id, state, back }: PrintProps) {
  const { org } = useServices();
  const titles = useTitles(state);
  const upprattande = stepData(state, 'upprattande.submit');
  if (!upprattande) return <p role="alert">Riskregistret är inte upprättat ännu.</p>;
  const rows = registerRows(state.snapshot.context);
  const godkannande = stepData(state, 'godkannande.submit') as Godkannande | undefined;
  const uppfoljning = stepData(state, 'uppfoljning.submit') as Uppfoljning | undefined;
  const enhet = org.enheter.find((e) => e.id === state.open.enhetId);
  const verksamhet = org.verksamheter.find((v) => v.id === enhet?.verksamhetId);
  const followUp = (row: RegisterRow) => uppfoljning?.rader?.find((r) => r.nr === row.nr);
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
        <table className="register">
          <caption>
            S = sannolikhet (1 mycket liten – 4 mycket stor), K = konsekvens (1 liten – 4 allvarlig). Riskvärde = S × K, 1–16: {bands()}. En risk med konsekvens 4
            kräver alltid en åtgärd. {NOT_GIVEN}: uppgiften saknas i registret.
          </caption>
          <thead>
            <tr>
              <th scope="col">Nr</th>
              <th scope="col">Process</th>
              <th scope="col">Egenkontroll</th>
              <th scope="col">Risk</th>
              <th scope="col">Kvalitetsområden</th>
              <th scope="col">
                <abbr title="Sannolikhet">S</abbr>
              </th>
              <th scope="col">
                <abbr title="Konsekvens">K</abbr>
              </th>
              <th scope="col">Riskvärde</th>
              <th scope="col">Åtgärd</th>
              <th scope="col">Ansvarig</th>
              <th scope="col">Klart senast</th>
              <th scope="col">Uppföljning</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const made = atgardOf(state, row);
              const done = followUp(row);
              return (
                <tr key={row.nr}>
                  <td>{row.nr}</td>
                  <td>{row.process}</td>
                  <td>{row.egenkontroll ?? NOT_GIVEN}</td>
                  <td>{row.risk}</td>
                  <td>
                    <Kriterier row={row} titles={titles.kriterier} />
                  </td>
                  <td>{row.sannolikhet}</td>
                  <td>{row.konsekvens}</td>
                  <Riskvarde row={row} />
                  <td>
                    {row.atgard?.vad ?? NOT_GIVEN}
                    {made && ` (registrerad som åtgärd: ${STATUS[made.status]})`}
                  </td>
                  <td>{row.atgard?.ansvarig ? `${row.atgard.ansvarig.namn}, ${row.atgard.ansvarig.titel}` : NOT_GIVEN}</td>
                  <td>{row.atgard?.klartDatum ? formatDate(row.atgard.klartDatum) : NOT_GIVEN}</td>
                  <td>
                    {row.uppfoljning}
                    {done && (
                      <>
                        {' '}
                        <strong>
                          Uppföljt {date(uppfoljning?.uppfoljningDatum)}: {titles.uppfoljning.get(done.status) ?? done.status}.
                        </strong>
                        {done.kommentar ? ` ${done.kommentar}` : ''}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
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

export const ui: PackUi = {
  documents: { riskregister: Riskregister },
  stepPanels: { godkannande: RegisterPanel, uppfoljning: RegisterPanel, avslut: RegisterPanel },
};
