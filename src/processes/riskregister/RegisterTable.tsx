import type { ArendeState } from '../../engine/index';
import { dateOf as date } from '../../kit/printParts';
import { ansvarigOf, klartOf, Kriterier, Riskvarde } from './RegisterCells';
import type { RegisterRow } from './registerRows';
import { atgardOf, bands, NOT_GIVEN, STATUS } from './registerStatus';

/** The year's follow-up of the register: each row's status, and a summary. */
export type Uppfoljning = {
  uppfoljningDatum?: string;
  rader?: { nr: number; status: string; kommentar?: string }[];
  sammanfattning?: string;
};

interface RegisterTableProps {
  state: ArendeState;
  rows: readonly RegisterRow[];
  titles: { kriterier: ReadonlyMap<string, string>; uppfoljning: ReadonlyMap<string, string> };
  uppfoljning: Uppfoljning | undefined;
}

/** Every row of the printed register: the risk, its kvalitetsområden, S × K, the åtgärd and the follow-up. */
export function RegisterTable({ state, rows, titles, uppfoljning }: RegisterTableProps) {
  const followUp = (row: RegisterRow) => uppfoljning?.rader?.find((r) => r.nr === row.nr);
  return (
    <table className="register">
      <caption>
        S = sannolikhet (1 mycket liten – 4 mycket stor), K = konsekvens (1 liten – 4 allvarlig). Riskvärde = S × K, 1–16: {bands()}. En
        risk med konsekvens 4 kräver alltid en åtgärd. {NOT_GIVEN}: uppgiften saknas i registret.
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
              <td>{ansvarigOf(row, made)}</td>
              <td>{klartOf(row, made)}</td>
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
  );
}
