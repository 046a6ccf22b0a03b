import type { LegalSkeleton } from '../engine/legal/LegalSkeleton';
import { PACKS } from './packs';
import type { ProcessType } from './packs';
import type { LinkOpening, PackOpening, PlannedVsPerformed, PrintDocument, ProcessPack } from './ProcessPack';

/** Tables the engine and the UI read, built once from the packs. */
const all: readonly ProcessPack[] = PACKS;

export const PROCESS_TYPES = PACKS.map((p) => p.type) as readonly ProcessType[];

export function packOf(type: string): ProcessPack | undefined {
  return all.find((p) => p.type === type);
}

export const SKELETONS = Object.fromEntries(PACKS.map((p) => [p.type, p.skeleton])) as Readonly<Record<ProcessType, LegalSkeleton>>;

/** The processes the yearly report counts, in the order it shows them. */
export const COUNTED_PROCESSES: readonly ProcessType[] = PACKS.filter((p) => p.counted).map((p) => p.type);

export const REPORT_LABELS: Readonly<Record<string, string>> = Object.fromEntries(PACKS.map((p) => [p.type, p.reportLabel]));

export const HANDELSE_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(all.flatMap((p) => (p.handelseField ? [[p.type, p.handelseField]] : [])));

/** The plans the reports read (planned and performed dates, findings), by process type. */
export const PLAN_FIELDS: Readonly<Record<string, PlannedVsPerformed>> = Object.fromEntries(
  all.flatMap((p) => (p.reportSections?.plannedVsPerformed ? [[p.type, p.reportSections.plannedVsPerformed]] : [])),
);

/** Every link a step may open, once per rel (packs that open the same rel agree on where it goes: a test checks it). */
export const LINK_OPENINGS: readonly LinkOpening[] = all.flatMap((p) => p.opens ?? []).filter((o, i, list) => list.findIndex((x) => x.rel === o.rel) === i);

/** How each link reads in the case header and history, forward and back. */
export const LINK_TITLES: Readonly<Record<string, string>> = Object.fromEntries(all.flatMap((p) => (p.opens ?? []).flatMap((o) => [[o.rel, o.title], [o.back, o.backTitle]])));

/** The step data an opening gives the new ärende, by the opening process and the rel. */
export function openingOf(processType: string, rel: unknown): PackOpening | undefined {
  return packOf(processType)?.opens?.find((o) => o.rel === rel);
}

/** Every print document of every process, by id (the print page names it in the access log before it knows the process). */
export const PRINT_DOCUMENTS: ReadonlyMap<string, PrintDocument> = new Map(all.flatMap((p) => (p.documents ?? []).map((d) => [d.id, d])));
