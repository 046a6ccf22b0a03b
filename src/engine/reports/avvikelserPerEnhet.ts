import type { Organisation } from '../model/Organisation';
import type { ArendeFacts } from '../model/ArendeFacts';
import { FigureBuilder } from '../model/Figure';
import { shareTable } from './ShareTable';
import type { ShareGroup, ShareTable } from './ShareTable';

/**
 * Avvikelser per enhet with share in percent, among the given (already selected) ärenden. Every
 * enhet in scope gets a row, also with zero (few reports can mean under-reporting); an enhet no
 * longer in the organisation keeps its id as label. `detail` is the enhet's verksamhet.
 */
export function avvikelserPerEnhet(selected: readonly ArendeFacts[], org: Organisation, enheter?: ReadonlySet<string>): ShareTable {
  const verksamhet = new Map(org.verksamheter.map((v) => [v.id, v.namn]));
  const groups = new Map<string, ShareGroup>();
  for (const e of org.enheter) {
    if (enheter && !enheter.has(e.id)) continue;
    const detail = verksamhet.get(e.verksamhetId);
    groups.set(e.id, { key: e.id, label: e.namn, ...(detail ? { detail } : {}), figure: new FigureBuilder() });
  }
  for (const f of selected) {
    if (f.processType !== 'avvikelse') continue;
    let g = groups.get(f.enhetId);
    if (!g) groups.set(f.enhetId, (g = { key: f.enhetId, label: f.enhetId, figure: new FigureBuilder() }));
    g.figure.add(f.arendeId);
  }
  return shareTable(groups.values(), true);
}
