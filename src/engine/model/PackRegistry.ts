import type { LegalSkeleton } from './LegalSkeleton';
import type { GuardImpl } from './GuardImpl';
import type { GrantTable } from './Grant';
import type { LinkOpening, PackOpening, PlannedVsPerformed, PrintDocument, ProcessPack } from './ProcessPack';

/**
 * The processes a running product knows, as one value built at the composition roots (server start, browser, test
 * world) from `src/processes/packs.ts` and handed to the engine: the engine itself ships no process.
 */
export interface PackRegistry {
  /** In the order Ny rapport and the reports show them. */
  readonly packs: readonly ProcessPack[];
  readonly types: readonly string[];
  packOf(type: string): ProcessPack | undefined;
  /** The pack of a type, or a Swedish error naming `src/processes/packs.ts` (where a new process is registered). */
  requirePack(type: string): ProcessPack;
  readonly skeletons: Readonly<Record<string, LegalSkeleton>>;
  /** The processes the yearly report counts, in the order it shows them. */
  readonly counted: readonly string[];
  readonly reportLabels: Readonly<Record<string, string>>;
  readonly handelseFields: Readonly<Record<string, string>>;
  /** The plans the reports read (planned and performed dates, findings), by process type. */
  readonly planFields: Readonly<Record<string, PlannedVsPerformed>>;
  /** Every link a step may open, once per rel (packs that open the same rel agree: `createPackRegistry` checks it). */
  readonly linkOpenings: readonly LinkOpening[];
  /** How each link reads in the case header and history, forward and back. */
  readonly linkTitles: Readonly<Record<string, string>>;
  /** The step data an opening gives the new ärende, by the opening process and the rel. */
  openingOf(processType: string, rel: unknown): PackOpening | undefined;
  /** Every print document of every process, by id. */
  readonly printDocuments: ReadonlyMap<string, PrintDocument>;
  /** What each role reads beyond the reading roles, from the packs' `grants`. */
  readonly grants: GrantTable;
  /** The guards the packs add beside the engine's own, by name (each name belongs to one pack). */
  readonly packGuards: Readonly<Record<string, GuardImpl>>;
}
