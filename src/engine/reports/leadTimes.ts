import type { ArendeFacts } from '../model/ArendeFacts';
import { FigureBuilder } from '../model/Figure';
import type { Figure } from '../model/Figure';
import { processLabel } from './labels';
import type { PackRegistry } from '../model/PackRegistry';
import { median } from './median';

export interface LeadTimeRow {
  processType: string;
  label: string;
  /** Closed ärenden: the ones the median is taken over. */
  avslutade: Figure;
  /** Still open: not in the median. */
  pagaende: Figure;
  /** Closed efterregistreringar: their closing day is the day they were entered, so they are left out and counted here. */
  efterregistrerade: Figure;
  /** Median calendar days from rapport to avslut (Europe/Stockholm dates); undefined when none closed. */
  medianDagar: number | undefined;
}

/**
 * Lead times per process over the selected ärenden: days from the rapport date to the date the
 * ärende was closed, so one reported 2025-12-31 and closed 2026-01-02 took 2 days.
 */
export function leadTimes(selected: readonly ArendeFacts[], packs: PackRegistry): LeadTimeRow[] {
  type Group = { avslutade: FigureBuilder; pagaende: FigureBuilder; efterregistrerade: FigureBuilder; days: number[] };
  const groups = new Map<string, Group>();
  const group = (type: string) => {
    let g = groups.get(type);
    if (!g)
      groups.set(
        type,
        (g = { avslutade: new FigureBuilder(), pagaende: new FigureBuilder(), efterregistrerade: new FigureBuilder(), days: [] }),
      );
    return g;
  };
  for (const p of packs.counted) group(p);
  for (const f of selected) {
    const g = group(f.processType);
    // A closed efterregistrering has no lead time worth the name: not measured, not pending, but said.
    if (f.efterregistrerad && f.status === 'closed') {
      g.efterregistrerade.add(f.arendeId);
      continue;
    }
    if (f.leadTimeDays === undefined) g.pagaende.add(f.arendeId);
    else {
      g.avslutade.add(f.arendeId);
      g.days.push(f.leadTimeDays);
    }
  }
  return [...groups].map(([processType, g]) => ({
    processType,
    label: processLabel(packs, processType),
    avslutade: g.avslutade.build(),
    pagaende: g.pagaende.build(),
    efterregistrerade: g.efterregistrerade.build(),
    medianDagar: median(g.days),
  }));
}
