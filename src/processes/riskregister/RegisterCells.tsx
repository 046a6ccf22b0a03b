import type { ArendeState } from '../../engine/index';
import { riskLabel, riskLevel } from '../../engine/index';
import { stepChoiceTitles } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import type { RegisterRow } from './registerRows';

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
