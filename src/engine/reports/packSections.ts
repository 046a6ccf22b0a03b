import type { ArendeFacts } from '../model/ArendeFacts';
import type { Organisation } from '../model/Organisation';
import type { PackRegistry } from '../model/PackRegistry';
import type { FigureTable } from '../model/FigureTable';
import type { Period } from '../calendar/Period';
import type { Datumgrund } from '../model/Datumgrund';
import type { CategoryLabels } from '../definition/categoryLabels';
import type { PackListColumn, PackListRow, PackListWords } from '../model/PackHooks';
import { FigureBuilder } from '../model/Figure';
import { ovrigaRows, perEnhet, perKategori, perVerksamhet } from './packShareTables';
import type { Figure } from '../model/Figure';
import { UTAN_KATEGORI } from './labels';
import type { ShareTable } from './ShareTable';

/** A count table a pack asks for (`reportSections`), e.g. synpunkter och klagomål per kategori. */
export interface PackTable {
  id: string;
  title: string;
  /** The heading of the group column: "Kategori", "Verksamhet". */
  groupTitle: string;
  /** The heading of the rows' `detail` column, where they have one (an enhet's verksamhet). */
  detailTitle?: string;
  table: ShareTable;
}

/** What was written when the kategori was "Övrigt", per ärende, masked like every ärende text (`PackTableScope.text`). */
export interface OvrigaKategorier {
  title: string;
  rows: readonly { arendeId: string; beskrivning: string }[];
}

/**
 * Planned against performed occasions of one group (a kontroll), each figure leading to its ärenden:
 * - `planerade`: every occasion planned in the period (by its planned date)
 * - `genomforda`: performed; `iTid`: performed on or before the planned date (the re-planned one, if any), not before its year
 * - `ejGenomforda`: not performed yet; `forsenade`: of those, the planned date is before today
 * - `medFynd`: performed and something (deviations) was found
 * - `atgarder` / `atgarderVerifierade`: åtgärder (not återtagna) and those verified; these count åtgärder
 */
export interface PlanCounts {
  planerade: Figure;
  genomforda: Figure;
  iTid: Figure;
  ejGenomforda: Figure;
  forsenade: Figure;
  medFynd: Figure;
  atgarder: Figure;
  atgarderVerifierade: Figure;
}

export interface PlanRow extends PlanCounts {
  key: string;
  label: string;
}

/** A pack's plan table (`plannedVsPerformed`): one row per kategori with planned occasions, and the total. */
export interface PlanTable {
  id: string;
  title: string;
  groupTitle: string;
  rows: readonly PlanRow[];
  total: PlanCounts;
}

/** A table a pack builds itself (`ProcessPack.reportTables`), rendered by the report UI like any other. */
export interface PackFigureTable extends FigureTable {
  id: string;
  title: string;
}

/** A pack's per-ärende list as the report carries it: `total` counts every row, also those a reader is not sent. */
export interface PackList {
  id: string;
  title: string;
  words: PackListWords;
  columns: readonly PackListColumn[];
  rows: readonly PackListRow[];
  total: number;
}

/** A process's own count tables in the kvalitetsberättelse, in the packs' order. */
export interface PackSection {
  processType: string;
  label: string;
  tables: readonly PackTable[];
  plan?: PlanTable;
  /** What "Övrigt" was about (`reportSections.perKategori.ovrigt`): tells the processägare when a kategori is missing. */
  ovriga?: OvrigaKategorier;
  /** The pack's own tables, from the facts of its ärenden in period and scope. */
  figureTables?: readonly PackFigureTable[];
  /** The pack's own per-ärende lists (`reportLists`). */
  lists?: readonly PackList[];
  /** Its "varav" columns of the trend (`trendColumns`): the key in `ProcessCountRow.varav` and how a line reads it. */
  trendColumns?: readonly { key: string; title: string; varav: { one: string; many: string } }[];
}

/** What every pack's own tables are built from, beside its ärenden's facts. */
export interface PackTableScope {
  org: Organisation;
  period: Period;
  now: string;
  enheter: ReadonlySet<string> | undefined;
  datumgrund: Datumgrund;
  /** An ärende's text as the report may show it. */
  text(value: string): string;
}

const PLAN_KEYS = ['planerade', 'genomforda', 'iTid', 'ejGenomforda', 'forsenade', 'medFynd', 'atgarder', 'atgarderVerifierade'] as const;
type PlanBuilders = Record<(typeof PLAN_KEYS)[number], FigureBuilder>;
const planBuilders = (): PlanBuilders => Object.fromEntries(PLAN_KEYS.map((k) => [k, new FigureBuilder()])) as PlanBuilders;
const buildPlan = (b: PlanBuilders): PlanCounts => Object.fromEntries(PLAN_KEYS.map((k) => [k, b[k].build()])) as unknown as PlanCounts;

function addOccasion(b: PlanBuilders, f: ArendeFacts, idag: string): void {
  const id = f.arendeId;
  const plan = f.plan ?? {};
  b.planerade.add(id);
  if (plan.performedDate !== undefined) {
    b.genomforda.add(id);
    // In time: by the planned date, and not before the plan's year began (a date the date rules refuse, stored before them).
    if (
      plan.plannedDate !== undefined &&
      plan.performedDate <= plan.plannedDate &&
      plan.performedDate >= `${plan.plannedDate.slice(0, 4)}-01-01`
    )
      b.iTid.add(id);
    if (plan.findings) b.medFynd.add(id);
  } else {
    b.ejGenomforda.add(id);
    if (plan.plannedDate !== undefined && plan.plannedDate < idag) b.forsenade.add(id);
  }
  const kept = f.atgarder.filter((a) => a.status !== 'atertagen');
  if (kept.length) b.atgarder.add(id, kept.length);
  const verified = kept.filter((a) => a.status === 'verifierad').length;
  if (verified) b.atgarderVerifierade.add(id, verified);
}

/** Planned against performed per kategori (labelled by the forms' choice titles); `idag` decides what is overdue. */
export function planTable(
  facts: readonly ArendeFacts[],
  labels: Readonly<Record<string, string>>,
  idag: string,
): { rows: PlanRow[]; total: PlanCounts } {
  const groups = new Map<string, { label: string; b: PlanBuilders }>();
  const total = planBuilders();
  for (const f of facts) {
    const key = f.kategori ?? UTAN_KATEGORI.key;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { label: f.kategori ? (labels[f.kategori] ?? f.kategori.replace(/_/g, ' ')) : UTAN_KATEGORI.label, b: planBuilders() }),
      );
    addOccasion(g.b, f, idag);
    addOccasion(total, f, idag);
  }
  const rows = [...groups.entries()].map(([key, g]) => ({ key, label: g.label, ...buildPlan(g.b) }));
  rows.sort((a, b) => b.planerade.count - a.planerade.count || a.label.localeCompare(b.label, 'sv'));
  return { rows, total: buildPlan(total) };
}

/** The sections packs declare, over the period's selected ärenden of each process; `idag` (Stockholm) decides what is overdue. Pure. */
export function packSections(
  selected: readonly ArendeFacts[],
  scope: PackTableScope,
  allLabels: CategoryLabels,
  idag: string,
  packs: PackRegistry,
): PackSection[] {
  const { org, enheter } = scope;
  const enhetIds = enheter ? [...enheter] : org.enheter.map((e) => e.id);
  return packs.packs.flatMap((p) => {
    const wanted = p.reportSections ?? {};
    if (!p.reportSections && !p.reportTables?.length && !p.reportLists?.length && !p.trendColumns?.length) return [];
    const facts = selected.filter((f) => f.processType === p.type);
    const labels = allLabels[p.type] ?? {};
    const input = { facts, org, period: scope.period, now: scope.now, enhetIds };
    const figureTables = (p.reportTables ?? []).map((t) => ({ id: `${p.type}-${t.id}`, title: t.title, ...t.build(input) }));
    const listInput = { ...input, idag, datumgrund: scope.datumgrund, text: scope.text, labels };
    const lists = (p.reportLists ?? []).map((l): PackList => {
      const rows = l.build(listInput);
      return { id: `${p.type}-${l.id}`, title: l.title, words: l.words, columns: l.columns, rows, total: rows.length };
    });
    const tables: PackTable[] = [];
    if (wanted.perKategori)
      tables.push({ id: `${p.type}-kategori`, title: wanted.perKategori.title, groupTitle: 'Kategori', table: perKategori(facts, labels) });
    if (wanted.perVerksamhet)
      tables.push({
        id: `${p.type}-verksamhet`,
        title: wanted.perVerksamhet.title,
        groupTitle: 'Verksamhet',
        table: perVerksamhet(facts, org, enheter),
      });
    if (wanted.perEnhet)
      tables.push({
        id: `${p.type}-enhet`,
        title: wanted.perEnhet.title,
        groupTitle: 'Enhet',
        detailTitle: 'Verksamhet',
        table: perEnhet(facts, org, enheter),
      });
    const ovrigt = wanted.perKategori?.ovrigt;
    const ovriga = ovrigt && { title: ovrigt.title, rows: ovrigaRows(facts, scope.text) };
    const plan = wanted.plannedVsPerformed
      ? {
          id: `${p.type}-plan`,
          title: wanted.plannedVsPerformed.title,
          groupTitle: wanted.plannedVsPerformed.groupTitle,
          ...planTable(facts, labels, idag),
        }
      : undefined;
    return [
      {
        processType: p.type,
        label: p.reportLabel,
        tables,
        ...(plan ? { plan } : {}),
        ...(ovriga?.rows.length ? { ovriga } : {}),
        ...(figureTables.length ? { figureTables } : {}),
        ...(lists.length ? { lists } : {}),
        ...(p.trendColumns?.length
          ? { trendColumns: p.trendColumns.map((c) => ({ key: `${p.type}-${c.id}`, title: c.title, varav: c.varav })) }
          : {}),
      },
    ];
  });
}
