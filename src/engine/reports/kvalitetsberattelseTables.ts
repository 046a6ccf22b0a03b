import type { Figure } from '../model/Figure';
import type { FigureTable } from '../model/FigureTable';
import type { PackRegistry } from '../model/PackRegistry';
import type { AtgardCounts } from './atgardStatistics';
import type { Kvalitetsberattelse } from './kvalitetsberattelse';
import { processLabel } from './labels';
import type { PlanCounts, PlanTable } from './packSections';
import type { ShareTable } from './ShareTable';
import type { CsvCell, CsvTable } from './toCsv';

/** One exportable section of the report: a Swedish title and its table. */
export interface ReportTable {
  id: string;
  title: string;
  table: CsvTable;
}

function shares(t: ShareTable, first: string, detail?: string): CsvTable {
  const headers = detail ? [first, detail, 'Antal', 'Andel (%)'] : [first, 'Antal', 'Andel (%)'];
  const rows: CsvCell[][] = t.rows.map((r) => (detail ? [r.label, r.detail ?? '', r.count, r.percent] : [r.label, r.count, r.percent]));
  rows.push(detail ? ['Totalt', '', t.total.count, t.total.count > 0 ? 100 : 0] : ['Totalt', t.total.count, t.total.count > 0 ? 100 : 0]);
  return { headers, rows };
}

/** The åtgärd counts as columns, with their Swedish headings (the reports page shows the same). */
export const ATGARD_COLUMNS: readonly [keyof AtgardCounts, string][] = [
  ['beslutade', 'Beslutade'],
  ['ejGenomforda', 'Ej genomförda'],
  ['genomforda', 'Genomförda'],
  ['verifierade', 'Verifierade'],
  ['forsenade', 'Försenade'],
  ['atertagna', 'Återtagna'],
];

/** A plan table's columns (planned against performed), with their Swedish headings (the reports page shows the same). */
export const PLAN_COLUMNS: readonly [keyof PlanCounts, string][] = [
  ['planerade', 'Planerade'],
  ['genomforda', 'Genomförda'],
  ['iTid', 'Varav i tid'],
  ['ejGenomforda', 'Ej genomförda'],
  ['forsenade', 'Varav försenade'],
  ['medFynd', 'Med avvikelser'],
  ['atgarder', 'Åtgärder'],
  ['atgarderVerifierade', 'Varav verifierade'],
];

function planCsv(t: PlanTable): CsvTable {
  return {
    headers: [t.groupTitle, ...PLAN_COLUMNS.map(([, h]) => h)],
    rows: [
      ...t.rows.map((r) => [r.label, ...PLAN_COLUMNS.map(([k]) => r[k].count)]),
      ['Totalt', ...PLAN_COLUMNS.map(([k]) => t.total[k].count)],
    ],
  };
}

/**
 * The report's sections as tables with Swedish headers, ready for `toCsv`. Numbers stay numbers
 * (the CSV writes decimal commas); a missing median is an empty cell.
 */
export function kvalitetsberattelseTables(r: Kvalitetsberattelse, packs: PackRegistry): ReportTable[] {
  return [
    { id: 'trend', title: 'Antal per år', table: trendTable(r, packs) },
    // The packs' own tables, in the order the page shows them (avvikelser per kategori and enhet first).
    ...r.processer.flatMap((p) => [
      ...p.tables.map((t) => ({ id: t.id, title: t.title, table: shares(t.table, t.groupTitle, t.detailTitle) })),
      ...(p.plan ? [{ id: p.plan.id, title: p.plan.title, table: planCsv(p.plan) }] : []),
      ...(p.figureTables ?? []).map((t) => ({ id: t.id, title: t.title, table: figureCsv(t) })),
    ]),
    // The packs' trend columns and lists (lex Sarah's anmälda till IVO and its rapporter), where the nämnd reads them.
    ...packs.packs.flatMap((p) => [...trendColumnTables(r, packs, p.type), ...listTables(r, p.type)]),
    { id: 'atgarder', title: 'Åtgärder', table: atgardTable(r, packs) },
    { id: 'ledtider', title: 'Ledtider', table: ledtidTable(r) },
    { id: 'frister', title: 'Frister', table: fristTable(r) },
  ];
}

function trendTable(r: Kvalitetsberattelse, packs: PackRegistry): CsvTable {
  const types = Object.keys(r.trend[r.trend.length - 1]?.antal ?? {});
  return {
    headers: ['Period', ...types.map((t) => processLabel(packs, t))],
    rows: r.trend.map((row) => [row.period.label, ...types.map((t) => row.antal[t]?.count ?? 0)]),
  };
}

/** "N rapporter, varav M …" per period for each of a pack's trend columns. */
function trendColumnTables(r: Kvalitetsberattelse, packs: PackRegistry, type: string): ReportTable[] {
  return (packs.packOf(type)?.trendColumns ?? []).map((c) => {
    const key = `${type}-${c.id}`;
    return {
      id: key,
      title: c.tableTitle,
      table: {
        headers: ['Period', processLabel(packs, type), c.title],
        rows: r.trend.map((row) => [row.period.label, row.antal[type]?.count ?? 0, row.varav[key]?.count ?? 0]),
      },
    };
  });
}

/** A pack's lists with the columns the CSV keeps (rows as the reader was sent them). */
function listTables(r: Kvalitetsberattelse, type: string): ReportTable[] {
  const lists = r.processer.find((p) => p.processType === type)?.lists ?? [];
  return lists.map((l) => {
    const columns = l.columns.filter((c) => c.only !== 'screen');
    return {
      id: l.id,
      title: l.title,
      table: { headers: columns.map((c) => c.title), rows: l.rows.map((x) => columns.map((c) => x.cells[c.key])) },
    };
  });
}

function atgardTable(r: Kvalitetsberattelse, packs: PackRegistry): CsvTable {
  return {
    headers: ['Process', ...ATGARD_COLUMNS.map(([, h]) => h)],
    rows: [
      ...Object.entries(r.atgarder.perProcess).map(([type, c]) => [processLabel(packs, type), ...ATGARD_COLUMNS.map(([k]) => c[k].count)]),
      ['Alla', ...ATGARD_COLUMNS.map(([k]) => r.atgarder.alla[k].count)],
    ],
  };
}

function ledtidTable(r: Kvalitetsberattelse): CsvTable {
  return {
    headers: ['Process', 'Avslutade', 'Pågående', 'Median dagar rapport–avslut', 'Efterregistrerade (ingår inte)'],
    rows: r.ledtider.map((l) => [l.label, l.avslutade.count, l.pagaende.count, l.medianDagar, l.efterregistrerade.count]),
  };
}

function fristTable(r: Kvalitetsberattelse): CsvTable {
  return {
    headers: ['Process', 'Frist', 'Typ', 'Sent uppfyllda', 'Försenade nu'],
    rows: r.frister.perFrist.map((f) => [
      f.processLabel,
      f.title,
      f.kind === 'legal' ? 'Lagkrav' : 'Rutin',
      f.sentUppfyllda.count,
      f.forsenade.count,
    ]),
  };
}

/** A pack's own table: its row heading and columns, a row per group, and the total when it has one. */
function figureCsv(t: FigureTable): CsvTable {
  const row = (label: string, cells: Readonly<Record<string, Figure>>) => [label, ...t.columns.map((c) => cells[c.key]?.count ?? 0)];
  return {
    headers: [t.groupTitle, ...t.columns.map((c) => c.title)],
    rows: [...t.rows.map((r) => row(r.label, r.cells)), ...(t.total ? [row('Totalt', t.total)] : [])],
  };
}
