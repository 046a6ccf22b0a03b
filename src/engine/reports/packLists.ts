import type { Kvalitetsberattelse } from './kvalitetsberattelse';

/** Every ärende with a row in a pack's list (lex Sarah's rapporter): the ones whose details a reader may be refused. */
export function listedArenden(report: Kvalitetsberattelse): string[] {
  return report.processer.flatMap((p) => (p.lists ?? []).flatMap((l) => l.rows.map((r) => r.arendeId)));
}

/** The report with only the list rows `keep` lets through; each list's `total` still counts every row ("N av M visas"). */
export function keepListRows(report: Kvalitetsberattelse, keep: (arendeId: string) => boolean): Kvalitetsberattelse {
  return {
    ...report,
    processer: report.processer.map((p) =>
      p.lists ? { ...p, lists: p.lists.map((l) => ({ ...l, rows: l.rows.filter((r) => keep(r.arendeId)) })) } : p,
    ),
  };
}
