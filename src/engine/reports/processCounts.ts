import type { ArendeFacts } from '../model/ArendeFacts';
import { periodDate } from './Datumgrund';
import type { Datumgrund } from './Datumgrund';
import { FigureBuilder } from '../model/Figure';
import type { Figure } from '../model/Figure';
import { inPeriod } from '../calendar/Period';
import type { Period } from '../calendar/Period';

/** Change from one period to the next; `procent` is undefined when the earlier count is zero. */
export interface Change {
  skillnad: number;
  procent: number | undefined;
}

export interface ProcessCountRow {
  period: Period;
  /** Per process type: exactly the processes the packs count (`counted`), in their order, each also when zero. */
  antal: Readonly<Record<string, Figure>>;
  /** Lex Sarah rapporter of the period whose anmälan has been sent to IVO ("N rapporter, varav M anmälda"). */
  anmaldaTillIvo: Figure;
  /** Against the row before (undefined on the first row). */
  forandring: Readonly<Record<string, Change>> | undefined;
}

/** The change from `before` to `after`, percent rounded to one decimal. */
export function change(before: number, after: number): Change {
  return { skillnad: after - before, procent: before === 0 ? undefined : Math.round(((after - before) / before) * 1000) / 10 };
}

/**
 * Number of ärenden per process type placed in each period by `datumgrund` (e.g. the same year over
 * three years for the trend), within the enheter given (all when undefined).
 */
export function processCounts(
  facts: readonly ArendeFacts[],
  periods: readonly Period[],
  datumgrund: Datumgrund,
  counted: readonly string[],
  enheter?: ReadonlySet<string>,
): ProcessCountRow[] {
  const builders = periods.map(() => new Map<string, FigureBuilder>(counted.map((p) => [p, new FigureBuilder()])));
  const anmalda = periods.map(() => new FigureBuilder());
  for (const f of facts) {
    const date = periodDate(f, datumgrund);
    if (date === undefined || (enheter && !enheter.has(f.enhetId))) continue;
    for (let i = 0; i < periods.length; i++) {
      if (!inPeriod(date, periods[i]!)) continue;
      const map = builders[i]!;
      // Only the processes the packs count (`counted`) have a column: a register or a year's information is no trend.
      const b = map.get(f.processType);
      if (!b) continue;
      b.add(f.arendeId);
      if (f.lexSarah?.ivo === 'anmald') anmalda[i]!.add(f.arendeId);
    }
  }
  const rows: ProcessCountRow[] = [];
  periods.forEach((period, i) => {
    const antal: Record<string, Figure> = {};
    for (const [type, b] of builders[i]!) antal[type] = b.build();
    const prev = rows[i - 1];
    let forandring: Record<string, Change> | undefined;
    if (prev) {
      forandring = {};
      for (const type of Object.keys(antal)) forandring[type] = change(prev.antal[type]?.count ?? 0, antal[type]!.count);
    }
    rows.push({ period, antal, anmaldaTillIvo: anmalda[i]!.build(), forandring });
  });
  return rows;
}
