import type { ReceivedRecord } from '../behaviour/keepsReceived';
import type { BackupFile, ImportProgress, ImportResult } from '../backup/backup';
import type { ChainBreak } from '../events/hashChain';
import type { ArendeEvent } from '../model/ArendeEvent';
import type { ArendeFacts } from '../model/ArendeFacts';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { Organisation } from '../model/Organisation';
import type { ProcessType } from '../model/ProcessDefinition';
import type { Obligation } from '../obligations/computeObligations';
import type { SummaryPage, SummaryQuery } from '../ports/EventStore';
import type { ScopedRow } from '../query/SummaryQuery';
import type { ArendeState } from '../runtime/ArendeState';
import type { ActionOption } from '../runtime/availableActions';
import type { Command } from '../runtime/decide';
import type { Rejection } from '../runtime/Rejection';
import type { CommittedListener } from './committed';
import type { DefinitionAdmin } from './definitionAdmin';
import type { DefinitionRegistry, RegisterResult } from './DefinitionRegistry';
import type { Principal } from './EngineDeps';
import type { JavAdmin, KnownView } from './javAdmin';

/** How a step is submitted: the seq the caller decided on, and who may see the ärende at all (the server's access rule). */
export interface SubmitOptions {
  expectedSeq?: number;
  visible?: (owner: ScopedRow) => boolean;
  /** The caller as the server's session already resolved her for this request: not looked up a second time. */
  principal?: Principal;
}

export type SubmitResult =
  | { ok: true; event: ArendeEvent; summary: ArendeSummary; state: ArendeState; linked?: ArendeSummary }
  | { ok: false; rejection: Rejection; state?: ArendeState };

export type OpenResult = { ok: true; state: ArendeState; summary: ArendeSummary } | { ok: false; rejection: Rejection };

/**
 * The engine's application service: the only place that combines the pure core with ports (built by `createEngine`).
 * Holds a cache of derived states; the store's event log stays the truth.
 */
export interface Engine extends DefinitionAdmin, JavAdmin {
  /** Every loaded definition version (shipped, stored and published), verified and compiled. */
  registry: DefinitionRegistry;
  /** Calls `listener` after every commit with the ärenden it wrote; returns the unsubscribe. */
  onCommitted: (listener: CommittedListener) => () => void;
  /** Registers the stored definitions, then any given ones not yet stored (verified, immutable). */
  loadDefinitions(shipped?: readonly unknown[]): Promise<RegisterResult[]>;
  /** Registers versions published elsewhere (another tab or server instance) since start-up. */
  refreshDefinitions: () => Promise<void>;
  /** Opens an ärende on the newest version of its process, with no step submitted yet. */
  open(processType: ProcessType, enhetId: string, userId: string): Promise<OpenResult>;
  /** Opens an ärende and submits its first step in one atomic write: an abandoned or invalid report leaves nothing behind. */
  report(
    processType: ProcessType,
    enhetId: string,
    data: unknown,
    userId: string,
    opts?: { arendeId?: string; received?: ReceivedRecord; principal?: Principal },
  ): Promise<SubmitResult>;
  /** Validates and commits one step or command; an escalation or handover also opens the linked ärende atomically. */
  submit(arendeId: string, command: Omit<Command, 'links'>, userId: string, opts?: SubmitOptions): Promise<SubmitResult>;
  /** List rows matching the query (all of them without one). */
  summaries: (query?: SummaryQuery) => Promise<ArendeSummary[]>;
  /** One page of list rows and the cursor of the next. */
  page: (query: SummaryQuery) => Promise<SummaryPage>;
  /** How many list rows match the query. */
  count: (query: SummaryQuery) => Promise<number>;
  /** The caller as the directory knows them now (for sessions and access checks). */
  principal: (userId: string) => Promise<Principal | Rejection>;
  /** The organisation as the directory has it now. */
  organisation: () => Promise<Organisation>;
  /** The engine's clock. */
  now: () => string;
  /** An ärende's state, brought up to date from the store (undefined: no such ärende). */
  get: (arendeId: string) => Promise<ArendeState | undefined>;
  /** What the caller may do in the ärende now, and why not. */
  available(arendeId: string, userId: string, known?: KnownView): Promise<ActionOption[]>;
  /** The ärende's deadlines as of now. */
  obligations(arendeId: string): Promise<Obligation[]>;
  /** Re-reads every event from the store and reports the first broken chain, if any. */
  verifyIntegrity(): Promise<{ ok: boolean; checked: number; firstBreak?: ChainBreak }>;
  /** Every definition and every event in one file. */
  exportBackup(): Promise<BackupFile>;
  /** Validates the whole file first (format, definitions, chains, strict replay); writes nothing on error. */
  importBackup(file: unknown, onProgress?: ImportProgress): Promise<ImportResult>;
  /** What the reports aggregate (facts kept with every commit; older ärenden folded from their events once). */
  reportFacts: () => Promise<ArendeFacts[]>;
  /** Forgets cached states (e.g. after another tab wrote): the next read replays from the store. */
  invalidate(arendeId?: string): void;
}
