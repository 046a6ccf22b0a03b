/** A report's (or its wire form's) list rows of one pack, each as its ärende id and cells: what the tests read. */
interface WithLists {
  processer: readonly {
    processType: string;
    lists?: readonly { rows: readonly { arendeId: string; cells: Readonly<Record<string, string>> }[]; total: number }[];
  }[];
}

export type ListRow = { arendeId: string } & Readonly<Record<string, string>>;

/** The first list of the pack `processType` (lex Sarah's rapporter by default), rows flattened. */
export function packListRows(report: WithLists, processType = 'lex-sarah'): ListRow[] {
  const list = report.processer.find((p) => p.processType === processType)?.lists?.[0];
  return (list?.rows ?? []).map((r) => ({ ...r.cells, arendeId: r.arendeId }));
}

/** How many rows the pack's first list has in all, also those the reader was not sent. */
export function packListTotal(report: WithLists, processType = 'lex-sarah'): number {
  return report.processer.find((p) => p.processType === processType)?.lists?.[0]?.total ?? 0;
}
