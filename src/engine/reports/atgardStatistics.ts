import type { ArendeFacts } from '../model/ArendeFacts';
import { FigureBuilder } from '../model/Figure';
import type { Figure } from '../model/Figure';

/**
 * Åtgärder by their current status. Every figure counts åtgärder; its `arendeIds` are their ärenden.
 * - `beslutade`: every åtgärd added, except återtagna
 * - `ejGenomforda`: still `planerad`
 * - `genomforda`: reported done (`genomford` or `verifierad`)
 * - `verifierade`: followed up and verified
 * - `forsenade`: still `planerad` with klart-datum before today (judged against `now`)
 * - `atertagna`: withdrawn
 */
export interface AtgardCounts {
  beslutade: Figure;
  ejGenomforda: Figure;
  genomforda: Figure;
  verifierade: Figure;
  forsenade: Figure;
  atertagna: Figure;
}

export interface AtgardStatistics {
  alla: AtgardCounts;
  /** Per process type that has åtgärder (riskanalys handlingsplaner are not tracked per åtgärd). */
  perProcess: Readonly<Record<string, AtgardCounts>>;
}

type Builders = Record<keyof AtgardCounts, FigureBuilder>;

const newBuilders = (): Builders => ({
  beslutade: new FigureBuilder(),
  ejGenomforda: new FigureBuilder(),
  genomforda: new FigureBuilder(),
  verifierade: new FigureBuilder(),
  forsenade: new FigureBuilder(),
  atertagna: new FigureBuilder(),
});

const build = (b: Builders): AtgardCounts => ({
  beslutade: b.beslutade.build(),
  ejGenomforda: b.ejGenomforda.build(),
  genomforda: b.genomforda.build(),
  verifierade: b.verifierade.build(),
  forsenade: b.forsenade.build(),
  atertagna: b.atertagna.build(),
});

/**
 * Åtgärder of the selected ärenden with their status now. `today` is the Europe/Stockholm date
 * of `now`; an åtgärd due today is not yet overdue.
 */
export function atgardStatistics(selected: readonly ArendeFacts[], today: string): AtgardStatistics {
  const alla = newBuilders();
  const per = new Map<string, Builders>();
  for (const f of selected) {
    if (f.atgarder.length === 0) continue;
    let p = per.get(f.processType);
    if (!p) per.set(f.processType, (p = newBuilders()));
    const id = f.arendeId;
    for (const a of f.atgarder) {
      if (a.status === 'atertagen') {
        alla.atertagna.add(id);
        p.atertagna.add(id);
        continue;
      }
      alla.beslutade.add(id);
      p.beslutade.add(id);
      if (a.status === 'planerad') {
        alla.ejGenomforda.add(id);
        p.ejGenomforda.add(id);
        if (a.klartDatum !== '' && a.klartDatum < today) {
          alla.forsenade.add(id);
          p.forsenade.add(id);
        }
      } else {
        alla.genomforda.add(id);
        p.genomforda.add(id);
        if (a.status === 'verifierad') {
          alla.verifierade.add(id);
          p.verifierade.add(id);
        }
      }
    }
  }
  const perProcess: Record<string, AtgardCounts> = {};
  for (const [type, b] of per) perProcess[type] = build(b);
  return { alla: build(alla), perProcess };
}
