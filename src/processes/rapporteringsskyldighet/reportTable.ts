import type { Figure } from '../../engine/model/Figure';
import type { FigureTable } from '../../engine/model/FigureTable';
import type { PackReportInput, PackReportTable } from '../../engine/model/PackHooks';
import { asRapporteringsFacts } from './facts';
import { dueDate } from './kvittenser';

const COLUMNS = [
  { key: 'informerade', title: 'Informerade' },
  { key: 'omfattas', title: 'Omfattas' },
  { key: 'saknas', title: 'Ej informerade' },
  { key: 'forsenade', title: 'Varav försenade' },
] as const;
type Counts = Record<(typeof COLUMNS)[number]['key'], number>;

const zero = (): Counts => ({ informerade: 0, omfattas: 0, saknas: 0, forsenade: 0 });
const figures = (c: Counts, ids: readonly string[]): Record<string, Figure> =>
  Object.fromEntries(COLUMNS.map(({ key }) => [key, { count: c[key], arendeIds: c[key] > 0 ? ids : [] }]));

/** "X av Y informerade" per enhet: who has acknowledged the year's information, and who is past the rutin's deadline. */
function build({ facts, org, now }: PackReportInput): FigureTable {
  const today = now.slice(0, 10);
  const per = new Map<string, { counts: Counts; ids: string[] }>();
  for (const f of facts) {
    const fold = asRapporteringsFacts(f.pack);
    if (!fold) continue;
    const entry = per.get(f.enhetId) ?? { counts: zero(), ids: [] };
    for (const p of fold.personer) {
      entry.counts.omfattas += 1;
      if (p.kvittens) entry.counts.informerade += 1;
      else {
        entry.counts.saknas += 1;
        const due = dueDate(p, fold.datum);
        if (due !== undefined && due < today) entry.counts.forsenade += 1;
      }
    }
    entry.ids.push(f.arendeId);
    per.set(f.enhetId, entry);
  }
  const name = (id: string) => org.enheter.find((e) => e.id === id)?.namn ?? id;
  const rows = [...per.entries()]
    .sort(([a], [b]) => name(a).localeCompare(name(b), 'sv'))
    .map(([enhetId, { counts, ids }]) => ({
      key: enhetId,
      label: name(enhetId),
      detail: `${counts.informerade} av ${counts.omfattas} informerade`,
      cells: figures(counts, ids),
    }));
  const total = zero();
  for (const { counts } of per.values()) for (const { key } of COLUMNS) total[key] += counts[key];
  return {
    groupTitle: 'Enhet',
    columns: COLUMNS,
    rows,
    total: figures(
      total,
      [...per.values()].flatMap((e) => e.ids),
    ),
  };
}

export const informeradePerEnhet: PackReportTable = {
  id: 'informerade-per-enhet',
  title: 'Information om rapporteringsskyldigheten: informerade per enhet',
  build,
};
