import type { ArendeFacts } from '../model/ArendeFacts';
import { FigureBuilder } from '../model/Figure';
import { UTAN_KATEGORI } from './labels';
import { shareTable } from './ShareTable';
import type { ShareGroup, ShareTable } from './ShareTable';

/**
 * Avvikelser per category with share in percent, among the given (already selected) ärenden, labelled as
 * the forms label them. Only categories that occur get a row; an avvikelse without one is "Kategori saknas".
 */
export function avvikelserPerKategori(selected: readonly ArendeFacts[], labels: Readonly<Record<string, string>>): ShareTable {
  const groups = new Map<string, ShareGroup>();
  for (const f of selected) {
    if (f.processType !== 'avvikelse') continue;
    const key = f.kategori ?? UTAN_KATEGORI.key;
    let g = groups.get(key);
    if (!g) {
      const label = f.kategori ? (labels[f.kategori] ?? f.kategori.replace(/_/g, ' ')) : UTAN_KATEGORI.label;
      groups.set(key, (g = { key, label, figure: new FigureBuilder() }));
    }
    g.figure.add(f.arendeId);
  }
  return shareTable(groups.values(), false);
}
