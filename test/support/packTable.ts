import type { Kvalitetsberattelse, ShareTable } from '../../src/engine/index';

type Report = Pick<Kvalitetsberattelse, 'processer'>;

/** A pack's count table in a report by its id (`avvikelse-kategori`, `avvikelse-enhet`); fails loudly when it is missing. */
export function packTable(r: Report, id: string): ShareTable {
  const table = r.processer.flatMap((p) => p.tables).find((t) => t.id === id);
  if (!table) throw new Error(`Ingen tabell ${id} i rapporten`);
  return table.table;
}

/** What was written under "Övrigt" for a process, as the report carries it (empty when none). */
export function ovrigaOf(r: Report, processType = 'avvikelse'): readonly { arendeId: string; beskrivning: string }[] {
  return r.processer.find((p) => p.processType === processType)?.ovriga?.rows ?? [];
}
