import type {
  DefinitionsAnswer,
  MigrateAnswer,
  MigrateRequest,
  ProcessRowsAnswer,
  ProcessRowsRequest,
  PublishAnswer,
} from '../../api/contract';
import type { Static } from 'typebox';
import type { BeslutAnswer, BeslutInput, VersionBeslut } from '../../api/versionBeslut';
import type { ImportDefinitionBody, PublishBody } from '../../api/wire/definitionSchemas';
import type {
  MigrationProof,
  ProcessCatalog,
  ProcessDefinition,
  SchemaValidator,
  VerifyMemo,
  VerifyResult,
  VersionImpact,
} from '../../engine/internal';
import { ProvenRegistry } from '../../engine/internal';
import type { verifyDraft } from './draftVerifier';
import { request } from './request';

const enc = encodeURIComponent;

/**
 * The published definitions on the browser's side (the registry every ärende is replayed with), and the
 * processägare's publishing, impact and migrations: what changes a definition refreshes the registry.
 */
export function httpRegistry(catalog: ProcessCatalog, validator: SchemaValidator) {
  const registry = new ProvenRegistry(catalog, validator);
  // The editor re-verifies after every edit: a text-only edit reuses the last path search.
  const verifyMemo: VerifyMemo = {};
  // The verifier is the editor's alone: it loads with what follows the first rows (`loadVerifier`, in BaseServices.ready).
  let verifier: typeof verifyDraft | undefined;
  let loading: Promise<void> | undefined;
  const loadVerifier = () => (loading ??= import('./draftVerifier').then((m) => void (verifier = m.verifyDraft)));

  function registerAll(definitions: DefinitionsAnswer['definitions']): void {
    for (const d of definitions) if (!registry.get(d.id, d.version)) registry.registerProven(d, { formatChecked: true });
  }

  async function refreshDefinitions(): Promise<void> {
    registerAll((await request<DefinitionsAnswer>('GET', '/api/definitions')).definitions);
  }

  async function published(answer: Promise<PublishAnswer>): Promise<PublishAnswer> {
    const r = await answer;
    if (r.ok) await refreshDefinitions();
    return r;
  }

  return {
    registry,
    registerAll,
    refreshDefinitions,
    loadVerifier,
    verifyDraft(draft: ProcessDefinition): VerifyResult {
      if (!verifier) throw new Error('Kontrollen av processen är inte inläst än: sidan ska vänta på den (BaseServices.ready).');
      return verifier(registry, validator, draft, verifyMemo);
    },
    publish: (draft: ProcessDefinition, note: string): Promise<PublishAnswer> =>
      published(request<PublishAnswer>('POST', '/api/definitions/publish', { draft, note } satisfies Static<typeof PublishBody>, [422])),
    importDefinition: (file: unknown, note: string): Promise<PublishAnswer> =>
      published(
        request<PublishAnswer>('POST', '/api/definitions/import', { file, note } satisfies Static<typeof ImportDefinitionBody>, [422]),
      ),
    impact: (definitionId: string, version: number): Promise<VersionImpact> =>
      request('GET', `/api/definitions/${enc(definitionId)}/${version}/impact`),
    versionBeslut: (definitionId: string): Promise<BeslutAnswer> => request('GET', `/api/definitions/${enc(definitionId)}/beslut`),
    recordBeslut: (definitionId: string, version: number, input: BeslutInput): Promise<VersionBeslut> =>
      request('POST', `/api/definitions/${enc(definitionId)}/${version}/beslut`, input),
    running: (definitionId: string, body: ProcessRowsRequest): Promise<ProcessRowsAnswer> =>
      request('POST', `/api/definitions/${enc(definitionId)}/running`, body),
    async planMigration(arendeId: string, toVersion: number, mapping: Record<string, string>): Promise<MigrationProof> {
      const body = { toVersion, mapping, dryRun: true } satisfies MigrateRequest;
      return (await request<{ proof: MigrationProof }>('POST', `/api/arenden/${enc(arendeId)}/migrate`, body)).proof;
    },
    migrate: (arendeId: string, toVersion: number, mapping: Record<string, string>, note: string): Promise<MigrateAnswer> =>
      request('POST', `/api/arenden/${enc(arendeId)}/migrate`, { toVersion, mapping, note } satisfies MigrateRequest, [403, 409, 422]),
  };
}

export type HttpRegistry = ReturnType<typeof httpRegistry>;
