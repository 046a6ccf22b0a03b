import type { ArendeFacts } from '../model/ArendeFacts';
import { periodDate } from '../model/Datumgrund';
import type { Datumgrund } from '../model/Datumgrund';
import type { PackRegistry } from '../model/PackRegistry';
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
  /** The packs' "varav" columns (`trendColumns`), by `<processType>-<column id>`: e.g. lex Sarah's anmälda till IVO. */
  varav: Readonly<Record<string, Figure>>;
  /** Against the row before (undefined on the first row). */
  forandring: Readonly<Record<string, Change>> | undefined;
}

/** The change from `before` to `after`, percent rounded to one decimal. */
export function change(before: number, after: number): Change {
  return { skillnad: after - before, procent: before === 0 ? undefined : Math.round(((after - before) / before) * 1000) / 10 };
}

/** A pack's trend column as the counts need it: its key in `varav`, its process and what it counts. */
export interface TrendColumnRef {
  key: string;
  processType: string;
  counts(facts: ArendeFacts): boolean;
}

/** The packs' trend columns, keyed `<processType>-<column id>`. */
export function trendColumnRefs(packs: PackRegistry): TrendColumnRef[] {
  return packs.packs.flatMap((p) =>
    (p.trendColumns ?? []).map((c) => ({ key: `${p.type}-${c.id}`, processType: p.type, counts: c.counts })),
  );
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
  columns: readonly TrendColumnRef[] = [],
): ProcessCountRow[] {
  const builders = periods.map(() => new Map<string, FigureBuilder>(counted.map((p) => [p, new FigureBuilder()])));
  const varav = periods.map(() => columns.map(() => new FigureBuilder()));
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
      columns.forEach((c, k) => {
        if (c.processType === f.processType && c.counts(f)) varav[i]![k]!.add(f.arendeId);
      });
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
    const extra = Object.fromEntries(columns.map((c, k) => [c.key, varav[i]![k]!.build()]));
    rows.push({ period, antal, varav: extra, forandring });
  });
  return rows;
}
