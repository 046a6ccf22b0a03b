import type { FastifyInstance } from 'fastify';
import { beslutProblem, cleanBeslut } from '../../api/versionBeslut';
import type { BeslutAnswer, VersionBeslut } from '../../api/versionBeslut';
import { BeslutAnswerSchema, BeslutBody, VersionBeslutSchema } from '../../api/wire/beslutSchemas';
import { DefinitionParams, DefinitionVersionParams } from '../../api/wire/definitionSchemas';
import { stockholmDate } from '../../engine/internal';
import { ApiFailure } from '../http/apiError';
import type { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { processOwner } from './processOwner';

/** Whoever may publish a process; the nämnd's beslut belongs with the version she published. */
const publisher = (req: Parameters<typeof whoOf>[0]) =>
  processOwner(req, 'Bara den som får publicera processer kan se och registrera nämndens beslut om en version.');

/** The nämnd's beslut on each published version (issue 27): recorded after publishing, append-only. */
export async function beslutRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { engine, versionBeslut, clock } = app.ctx;
  app.get(
    '/api/definitions/:id/beslut',
    { schema: { summary: 'Nämndens beslut om processens versioner', params: DefinitionParams, response: { 200: BeslutAnswerSchema } } },
    async (req) => {
      publisher(req);
      return { beslut: await versionBeslut.list(req.params.id) } satisfies BeslutAnswer;
    },
  );
  app.post(
    '/api/definitions/:id/:version/beslut',
    {
      schema: {
        summary: 'Registrera nämndens beslut om en version',
        params: DefinitionVersionParams,
        body: BeslutBody,
        response: { 200: VersionBeslutSchema },
      },
    },
    async (req) => {
      const actor = publisher(req);
      const { id } = req.params;
      const version = Number(req.params.version);
      await engine.refreshDefinitions();
      if (!engine.registry.get(id, version))
        throw new ApiFailure(404, 'not_found', `Version ${version} av processen finns inte. Beslut registreras på en publicerad version.`);
      const now = clock.now();
      const problem = beslutProblem(req.body, stockholmDate(now) ?? now.slice(0, 10));
      if (problem) throw new ApiFailure(400, 'invalid_request', problem);
      return (await versionBeslut.record(id, version, cleanBeslut(req.body), actor.userId, now)) satisfies VersionBeslut;
    },
  );
}
