import { notBefore } from './notBefore';
import type { LoadedDefinition } from '../definition/loadDefinition';
import type { FormSpec, ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { sealEvent } from '../events/hashChain';
import type { ArendeEvent } from '../model/ArendeEvent';
import { MIGRATE_EVENT } from '../model/MigrateData';
import type { MigrateData } from '../model/MigrateData';
import { migrateState } from '../runtime/migrateState';
import { proveMigration } from '../migration/proveMigration';
import type { MigrationProof } from '../migration/proveMigration';
import { holdsRole, holdsRoleAnywhere } from '../org/holdsRole';
import type { ArendeState } from '../runtime/ArendeState';
import { lastEvent } from '../runtime/ArendeState';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { SummaryScope } from '../query/SummaryQuery';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import type { VerifyMemo } from '../verify/verifyDefinition';
import type { Violation, VerifyResult } from '../verify/Violation';
import type { DefinitionRegistry } from './DefinitionRegistry';
import { DEFINITION_FILE_FORMAT, exportDefinitionFile, verifyDraft } from './definitionFiles';
import type { DefinitionFile } from './definitionFiles';
import type { EngineDeps, Principal } from './EngineDeps';

export type PublishResult = { ok: true; loaded: LoadedDefinition } | { ok: false; violations: Violation[] };
export type MigrateResult =
  | { ok: true; state: ArendeState; summary: ArendeSummary; event: ArendeEvent }
  | { ok: false; rejection: Rejection; proof?: MigrationProof };

/** How many open ärenden run on one version, and in which steps. */
export interface VersionImpact {
  open: number;
  bySteg: { title: string; count: number }[];
  arendeIds: string[];
}

interface AdminDeps extends EngineDeps {
  registry: DefinitionRegistry;
  loadState(arendeId: string): Promise<ArendeState | undefined>;
  commit(
    states: ArendeState[],
    events: ArendeEvent[],
  ): Promise<{ ok: true; summaries: ArendeSummary[] } | { ok: false; rejection: Rejection }>;
  principal(userId: string): Promise<Principal | Rejection>;
}

/** Forms a definition uses that are not bundled: published with it, so a version file stands alone. */
function ownForms(def: ProcessDefinition, bundled: ProcessCatalog, known: ProcessCatalog): Record<string, FormSpec> {
  const used = new Set(Object.values(def.commands).map((c) => c.form));
  const visit = (states: ProcessDefinition['machine']['states']) => {
    for (const s of Object.values(states)) {
      if (s.meta?.form) used.add(s.meta.form);
      if (s.states) visit(s.states);
    }
  };
  visit(def.machine.states);
  const out: Record<string, FormSpec> = {};
  for (const id of [...used].sort()) {
    if (bundled.forms[id]) continue;
    const form = def.forms?.[id] ?? known.forms[id];
    if (form) out[id] = { id, schema: form.schema, ...(form.ui ? { ui: form.ui } : {}) };
  }
  return out;
}

/** Publishing versions, their impact, and migrating open ärenden between them (role processägare). */
export function definitionAdmin(deps: AdminDeps) {
  const { registry } = deps;
  // The editor re-verifies after every edit: a text-only edit reuses the last path search.
  const memo: VerifyMemo = {};

  /** Verifies a draft and publishes it as the next version; nothing is stored when it fails. */
  async function publish(draft: ProcessDefinition, userId: string, note: string): Promise<PublishResult> {
    const refuse = (message: string): PublishResult => ({ ok: false, violations: [{ code: 'reference', message }] });
    const who = await deps.principal(userId);
    if ('code' in who) return refuse(who.message);
    const { actor } = who;
    if (!holdsRoleAnywhere(actor, 'processagare')) return refuse('Bara en processägare kan publicera en ny version av en process.');
    if (!note.trim()) return refuse('Skriv en kort ändringsnotering: vad ändrades och varför.');
    const versions = registry.versions(draft.id);
    if (versions.length === 0) return refuse(`Processen "${draft.id}" finns inte.`);
    const previous = versions[versions.length - 1]!.definition;
    if (draft.processType !== previous.processType)
      return refuse(`"${previous.title}" är en process av typen ${previous.processType}; en ny version kan inte byta processtyp.`);
    const version = previous.version + 1;
    // A draft that changes a published form under its old id is refused, never silently dropped.
    const own = registry.catalogFor(draft);
    if (!own.ok) return own;
    const { forms: _drop, published: _old, ...rest } = draft;
    const def: ProcessDefinition = { ...rest, version, published: { at: deps.clock.now(), by: actor.userId, note: note.trim() } };
    const forms = ownForms(draft, deps.catalog, registry.catalog);
    if (Object.keys(forms).length) def.forms = forms;
    // Verified and compiled before anything is stored; known to the registry only once stored.
    const prepared = registry.prepare(def);
    if (!prepared.ok) return prepared;
    await deps.store.putDefinition(def);
    registry.add(prepared.loaded);
    return prepared;
  }

  return {
    /** Every version of a definition, oldest first. */
    versions: (definitionId: string) => registry.versions(definitionId),

    /** The live verdict on an editor draft: its own forms, the format, references and the legal skeleton. */
    verifyDraft: (draft: ProcessDefinition): VerifyResult => verifyDraft(registry, deps.validator, draft, memo),

    /** One version with every form it uses (bundled ones too), so the file stands alone. */
    exportDefinition: (id: string, version: number): DefinitionFile | undefined =>
      exportDefinitionFile(registry, id, version, deps.clock.now()),

    /** Reads a definition file and publishes it as the next version of its process; nothing changes on any error. */
    async importDefinition(file: unknown, userId: string, note: string): Promise<PublishResult> {
      const refuse = (message: string): PublishResult => ({ ok: false, violations: [{ code: 'format', message }] });
      const f = file as Partial<DefinitionFile> | null;
      if (!f || typeof f !== 'object' || f.format !== DEFINITION_FILE_FORMAT)
        return refuse('Filen är inte en processfil från Kvalitetsflöde (formatet "kvalitetsflode-process" saknas).');
      if (f.formatVersion !== 1) return refuse(`Processfilens formatversion ${String(f.formatVersion)} stöds inte.`);
      const def = f.definition;
      if (!def || typeof def !== 'object' || typeof def.id !== 'string') return refuse('Processfilen saknar en processdefinition.');
      if (registry.versions(def.id).length === 0)
        return refuse(`Processen "${def.id}" finns inte här. Bara nya versioner av befintliga processer kan importeras.`);
      // Forms identical to ones we know are dropped; the rest travel with the new version.
      const forms = Object.fromEntries(
        Object.entries(def.forms ?? {}).filter(([formId, form]) => {
          const known = registry.catalog.forms[formId];
          return (
            !known ||
            JSON.stringify(known.schema) !== JSON.stringify(form?.schema) ||
            JSON.stringify(known.ui ?? {}) !== JSON.stringify(form?.ui ?? {})
          );
        }),
      );
      return publish({ ...def, forms }, userId, note || `Importerad från fil (version ${String(def.version)}).`);
    },

    publish,

    /** Open ärenden on one version (within the scope, when given), grouped by their active steps. */
    async impact(definitionId: string, version: number, scope?: SummaryScope): Promise<VersionImpact> {
      const rows = await deps.store.summaries({ status: 'open', definition: { id: definitionId, version }, ...(scope ? { scope } : {}) });
      const counts = new Map<string, number>();
      for (const r of rows) for (const s of r.activeSteps) counts.set(s.title, (counts.get(s.title) ?? 0) + 1);
      return {
        open: rows.length,
        bySteg: [...counts]
          .map(([title, count]) => ({ title, count }))
          .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'sv')),
        arendeIds: rows.map((r) => r.arendeId),
      };
    },

    /** The proof for moving one ärende, without writing anything (for the owner's preview). */
    async planMigration(arendeId: string, toVersion: number, mapping: Record<string, string> = {}): Promise<MigrationProof> {
      const state = await deps.loadState(arendeId);
      if (!state) return { ok: false, reasons: [`Ärendet ${arendeId} finns inte.`], violations: [] };
      const to = registry.get(state.loaded.definition.id, toVersion);
      if (!to) return { ok: false, reasons: [`Version ${toVersion} finns inte.`], violations: [] };
      if (registry.retired(to.definition.id, toVersion)) return { ok: false, reasons: [retiredReason(toVersion)], violations: [] };
      return proveMigration(state, to, mapping);
    },

    /** Moves an open ärende to a newer version when the proof holds; records it as an event in its log. */
    async migrate(
      arendeId: string,
      toVersion: number,
      mapping: Record<string, string>,
      userId: string,
      note: string,
    ): Promise<MigrateResult> {
      const who = await deps.principal(userId);
      if ('code' in who) return { ok: false, rejection: who };
      const { org, actor } = who;
      const state = await deps.loadState(arendeId);
      if (!state) return { ok: false, rejection: reject('unknown_arende', `Ärendet ${arendeId} finns inte.`) };
      if (!holdsRole(org, actor, 'processagare', state.open.enhetId))
        return {
          ok: false,
          rejection: reject('wrong_role', 'Bara en processägare kan flytta ett ärende till en ny version av processen.', {
            requiredRole: 'processagare',
          }),
        };
      const to = registry.get(state.loaded.definition.id, toVersion);
      if (!to) return { ok: false, rejection: reject('migration_refused', `Version ${toVersion} av processen finns inte.`) };
      if (registry.retired(to.definition.id, toVersion))
        return { ok: false, rejection: reject('migration_refused', retiredReason(toVersion)) };
      const proof = proveMigration(state, to, mapping);
      if (!proof.ok)
        return {
          ok: false,
          rejection: reject('migration_refused', `Ärendet kan inte flyttas till version ${toVersion}: ${proof.reasons.join(' ')}`),
          proof,
        };
      const prev = lastEvent(state);
      const data: MigrateData = {
        definitionId: to.definition.id,
        fromVersion: state.loaded.definition.version,
        toVersion,
        mapping: proof.mapping,
        note: note.trim(),
      };
      const event = sealEvent(deps.hasher, {
        id: deps.ids.next('event'),
        arendeId,
        seq: prev.seq + 1,
        type: MIGRATE_EVENT,
        stepData: data,
        actor: { userId: actor.userId, role: 'processagare' },
        at: notBefore(deps.clock.now(), prev.at),
        prevHash: prev.hash,
      });
      const moved = migrateState(state, to, event, false);
      if (!moved.ok) return { ok: false, rejection: reject('migration_refused', moved.reason) };
      const written = await deps.commit([moved.state], [event]);
      if (!written.ok) return written;
      return { ok: true, state: moved.state, summary: written.summaries[0]!, event };
    },
  };
}

function retiredReason(version: number): string {
  return `Version ${version} följer inte längre lagskelettet och tar inte emot fler ärenden. Välj en nyare version.`;
}
