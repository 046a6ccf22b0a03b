import type { LoadedDefinition } from '../definition/loadDefinition';
import type { MigrationProof } from '../migration/proveMigration';
import type { StuckArende } from '../migration/rescue';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { SummaryScope } from '../query/SummaryQuery';
import type { VerifyMemo } from '../verify/verifyDefinition';
import type { VerifyResult } from '../verify/Violation';
import { exportDefinitionFile, verifyDraft } from './definitionFiles';
import type { DefinitionFile } from './definitionFiles';
import type { EngineCore } from './engineState';
import { migrationCommands } from './migration';
import type { MigrateResult } from './migration';
import { publishing } from './publishDefinition';
import type { PublishResult } from './publishDefinition';

export type { PublishResult } from './publishDefinition';
export type { MigrateResult } from './migration';

/** How many open ärenden run on one version, and in which steps. */
export interface VersionImpact {
  open: number;
  bySteg: { title: string; count: number }[];
  arendeIds: string[];
}

/** Publishing versions, their impact, and migrating open ärenden between them (role processägare). */
export interface DefinitionAdmin {
  /** Every version of a definition, oldest first. */
  versions: (definitionId: string) => LoadedDefinition[];
  /** The live verdict on an editor draft: its own forms, the format, references and the legal skeleton. */
  verifyDraft: (draft: ProcessDefinition) => VerifyResult;
  /** One version with every form it uses (bundled ones too), so the file stands alone. */
  exportDefinition: (id: string, version: number) => DefinitionFile | undefined;
  /** Reads a definition file and publishes it as the next version of its process; nothing changes on any error. */
  importDefinition(file: unknown, userId: string, note: string): Promise<PublishResult>;
  /** Verifies a draft and publishes it as the next version; nothing is stored when it fails. */
  publish: (draft: ProcessDefinition, userId: string, note: string) => Promise<PublishResult>;
  /** Open ärenden on one version (within the scope, when given), grouped by their active steps. */
  impact(definitionId: string, version: number, scope?: SummaryScope): Promise<VersionImpact>;
  /** The proof for moving one ärende, without writing anything (for the owner's preview). */
  planMigration(arendeId: string, toVersion: number, mapping?: Record<string, string>): Promise<MigrationProof>;
  /** Moves an open ärende to a newer version when the proof holds; records it as an event in its log. */
  migrate(arendeId: string, toVersion: number, mapping: Record<string, string>, userId: string, note: string): Promise<MigrateResult>;
  /** Which of these ärenden are stuck (no action possible for anyone), each with a proved rescue onto the newest version. */
  stuck(arendeIds: readonly string[]): Promise<Record<string, StuckArende>>;
}

/** The process owner's operations over the engine's core. */
export function definitionAdmin(core: EngineCore): DefinitionAdmin {
  const { registry, deps } = core;
  // The editor re-verifies after every edit: a text-only edit reuses the last path search.
  const memo: VerifyMemo = {};
  return {
    versions: (definitionId) => registry.versions(definitionId),
    verifyDraft: (draft) => verifyDraft(registry, deps.validator, draft, memo),
    exportDefinition: (id, version) => exportDefinitionFile(registry, id, version, deps.clock.now()),
    ...publishing(core),
    impact: (definitionId, version, scope) => impact(core, definitionId, version, scope),
    ...migrationCommands(core),
  };
}

async function impact(core: EngineCore, definitionId: string, version: number, scope?: SummaryScope): Promise<VersionImpact> {
  const rows = await core.deps.store.summaries({ status: 'open', definition: { id: definitionId, version }, ...(scope ? { scope } : {}) });
  const counts = new Map<string, number>();
  for (const r of rows) for (const s of r.activeSteps) counts.set(s.title, (counts.get(s.title) ?? 0) + 1);
  return {
    open: rows.length,
    bySteg: [...counts]
      .map(([title, count]) => ({ title, count }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'sv')),
    arendeIds: rows.map((r) => r.arendeId),
  };
}
