import type { LoadedDefinition } from '../definition/loadDefinition';
import type { FormSpec, ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { holdsRoleAnywhere } from '../org/holdsRole';
import { DEFINITION_FILE_FORMAT } from './definitionFiles';
import type { DefinitionFile } from './definitionFiles';
import type { EngineCore } from './engineState';
import type { Violation } from '../verify/Violation';

export type PublishResult = { ok: true; loaded: LoadedDefinition } | { ok: false; violations: Violation[] };

/** Publishing a new version: from the editor's draft, or from a definition file. */
export function publishing(core: EngineCore): {
  publish: (draft: ProcessDefinition, userId: string, note: string) => Promise<PublishResult>;
  importDefinition(file: unknown, userId: string, note: string): Promise<PublishResult>;
} {
  const { registry, deps } = core;

  async function publish(draft: ProcessDefinition, userId: string, note: string): Promise<PublishResult> {
    const refuse = (message: string): PublishResult => ({ ok: false, violations: [{ code: 'reference', message }] });
    const who = await core.principal(userId);
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
    publish,

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
      return publish(
        { ...def, forms: unknownForms(def, registry.catalog) },
        userId,
        note || `Importerad från fil (version ${String(def.version)}).`,
      );
    },
  };
}

/** Forms identical to ones we know are dropped; the rest travel with the new version. */
function unknownForms(def: ProcessDefinition, known: ProcessCatalog): Record<string, FormSpec> {
  return Object.fromEntries(
    Object.entries(def.forms ?? {}).filter(([formId, form]) => {
      const same = known.forms[formId];
      return (
        !same ||
        JSON.stringify(same.schema) !== JSON.stringify(form?.schema) ||
        JSON.stringify(same.ui ?? {}) !== JSON.stringify(form?.ui ?? {})
      );
    }),
  );
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
