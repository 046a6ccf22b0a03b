import type { Kvalitetsberattelse } from './kvalitetsberattelse';

/** Every ärende with a row in a pack's list or "Övrigt" text: the ones whose details a reader may be refused. */
export function listedArenden(report: Kvalitetsberattelse): string[] {
  return report.processer.flatMap((p) => [
    ...(p.lists ?? []).flatMap((l) => l.rows.map((r) => r.arendeId)),
    ...(p.ovriga?.rows ?? []).map((r) => r.arendeId),
  ]);
}

/** The report with each "Övrigt" text passed through `shown` (the server masks strictly what a reader may not read). */
export function mapOvriga(
  report: Kvalitetsberattelse,
  shown: (row: { arendeId: string; beskrivning: string }) => { arendeId: string; beskrivning: string },
): Kvalitetsberattelse {
  return {
    ...report,
    processer: report.processer.map((p) => (p.ovriga ? { ...p, ovriga: { ...p.ovriga, rows: p.ovriga.rows.map(shown) } } : p)),
  };
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
