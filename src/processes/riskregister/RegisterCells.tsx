import type { ArendeState, Atgard } from '../../engine/index';
import { riskLabel, riskLevel } from '../../engine/index';
import { formatDate } from '../../kit/format';
import { stepChoiceTitles } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { RegisterRow } from './registerRows';
import { NOT_GIVEN } from './registerStatus';

/** The kvalitetsområden's titles (and the follow-up's), as the forms this ärende used word them. */
export function useTitles(state: ArendeState) {
  const { catalog } = useServices();
  return {
    kriterier: stepChoiceTitles(catalog, state, 'upprattande.submit', ['risker', 'items', 'kvalitetskriterier', 'items']),
    uppfoljning: stepChoiceTitles(catalog, state, 'uppfoljning.submit', ['rader', 'items', 'status']),
  };
}

/** The score in words beside its colour (WCAG 1.4.1: never by colour alone). */
export function Riskvarde({ row }: { row: RegisterRow }) {
  return <td className={`risk-${riskLevel(row.sannolikhet * row.konsekvens)}`}>{riskLabel(row.sannolikhet, row.konsekvens)}</td>;
}

/** A row's kvalitetsområden in the form's order (the same on every row, however they were ticked). */
export function Kriterier({ row, titles }: { row: RegisterRow; titles: ReadonlyMap<string, string> }) {
  const order = [...titles.keys()];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return (
    <ul className="plain-list">
      {[...row.kvalitetskriterier]
        .sort((a, b) => rank(a) - rank(b))
        .map((k) => (
          <li key={k}>{titles.get(k) ?? k}</li>
        ))}
    </ul>
  );
}

/** Who answers for the row's åtgärd: the register's own entry, else the åtgärd made from the row (it names one). */
export function ansvarigOf(row: RegisterRow, made: Atgard | undefined): string {
  const person = row.atgard?.ansvarig ?? (made?.ansvarig as { namn?: unknown; titel?: unknown } | undefined);
  if (typeof person?.namn !== 'string') return NOT_GIVEN;
  return typeof person.titel === 'string' && person.titel ? `${person.namn}, ${person.titel}` : person.namn;
}

/** When the row's åtgärd is due: the register's own date, else the date of the åtgärd made from the row. */
export function klartOf(row: RegisterRow, made: Atgard | undefined): string {
  const date = row.atgard?.klartDatum ?? made?.klartDatum;
  return date ? formatDate(date) : NOT_GIVEN;
}
