import type { PackRegistry } from '../model/PackRegistry';
import type { ArendeFacts } from '../model/ArendeFacts';
import { FigureBuilder } from '../model/Figure';
import type { Figure } from '../model/Figure';
import { processLabel } from './labels';
import { isoToMs } from '../calendar/stockholmDate';

export interface ObligationRow {
  processType: string;
  processLabel: string;
  /** The obligation's id in the definition, e.g. `anmalan-ivo`. */
  id: string;
  title: string;
  kind: 'sla' | 'legal';
  /** Ärenden where the obligation was met after its due time. */
  sentUppfyllda: Figure;
  /** Ärenden where it is still open and its due time has passed `now`. */
  forsenade: Figure;
}

export interface ObligationStatistics {
  /** Ärenden with at least one obligation met late. */
  sentUppfyllda: Figure;
  /** Ärenden with at least one open obligation past due. */
  forsenade: Figure;
  /** Per process and obligation; only obligations with something to show. */
  perFrist: readonly ObligationRow[];
}

/**
 * Deadlines met late or still overdue among the selected ärenden. "Met late" comes from the
 * events (see `definitionRules`); "overdue" from the summary's open deadlines against `now`.
 */
export function obligationStatistics(selected: readonly ArendeFacts[], now: string, packs: PackRegistry): ObligationStatistics {
  const nowMs = isoToMs(now);
  const late = new FigureBuilder();
  const overdue = new FigureBuilder();
  const rows = new Map<string, { row: Omit<ObligationRow, 'sentUppfyllda' | 'forsenade'>; late: FigureBuilder; overdue: FigureBuilder }>();
  const row = (f: ArendeFacts, o: { id: string; title: string; kind: 'sla' | 'legal' }) => {
    const key = `${f.processType}|${o.id}`;
    let r = rows.get(key);
    if (!r) {
      const base = { processType: f.processType, processLabel: processLabel(packs, f.processType), id: o.id, title: o.title, kind: o.kind };
      rows.set(key, (r = { row: base, late: new FigureBuilder(), overdue: new FigureBuilder() }));
    }
    return r;
  };
  for (const f of selected) {
    for (const o of f.lateObligations) {
      late.add(f.arendeId);
      row(f, o).late.add(f.arendeId);
    }
    for (const d of f.openDeadlines) {
      if (!(isoToMs(d.dueAt) < nowMs)) continue;
      overdue.add(f.arendeId);
      row(f, d).overdue.add(f.arendeId);
    }
  }
  const perFrist = [...rows.values()]
    .map((r) => ({ ...r.row, sentUppfyllda: r.late.build(), forsenade: r.overdue.build() }))
    .sort((a, b) => a.processType.localeCompare(b.processType) || a.title.localeCompare(b.title, 'sv'));
  return { sentUppfyllda: late.build(), forsenade: overdue.build(), perFrist };
}
