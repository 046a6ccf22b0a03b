import type { FastifyInstance } from 'fastify';
import { processRowScope } from '../../api/access';
import type { DefinitionsAnswer, ProcessRowsAnswer, PublishAnswer } from '../../api/contract';
import { decodeCursor } from '../../engine/internal';
import { processRowOf } from '../access/processRow';
import { badCursor } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { processOwner } from './processOwner';
import { typedApi } from '../http/typedApi';
import type { TypedApi } from '../http/typedApi';
import { DefinitionsAnswerSchema, ImpactAnswerSchema, ProcessRowsAnswerSchema, PublishAnswerSchema } from '../../api/wire/answerSchemas';
import {
  DefinitionParams,
  DefinitionVersionParams,
  ImportDefinitionBody,
  ProcessRowsBody,
  PublishBody,
} from '../../api/wire/definitionSchemas';

/** Published definitions (what every client replays with), and the process owner's publishing. */
export async function definitionRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  definitionsRoute(app);
  publishRoutes(app);
  migrationRoutes(app);
}

const PUBLISH = 'Bara en processägare kan publicera eller importera processer.';
const RUNNING = 'Bara en processägare kan se vad en version betyder för pågående ärenden.';

/** Every published definition, for replay in the client. */
function definitionsRoute(app: TypedApi): void {
  const { engine } = app.ctx;
  app.get(
    '/api/definitions',
    { schema: { summary: 'De publicerade processdefinitionerna', response: { 200: DefinitionsAnswerSchema } } },
    async () => {
      await engine.refreshDefinitions();
      return { definitions: engine.registry.all().map((l) => l.definition) } satisfies DefinitionsAnswer;
    },
  );
}

/** A new version published from the editor or imported from a file; both are verified on the server. */
function publishRoutes(app: TypedApi): void {
  const { engine } = app.ctx;
  app.post(
    '/api/definitions/publish',
    {
      schema: {
        summary: 'Publicera en ny version av en process',
        body: PublishBody,
        response: { 200: PublishAnswerSchema, 422: PublishAnswerSchema },
      },
    },
    async (req, reply) => {
      const actor = processOwner(req, PUBLISH);
      const { draft, note } = req.body;
      await engine.refreshDefinitions();
      const r = await engine.publish(draft, actor.userId, note);
      if (!r.ok) return reply.status(422).send({ ok: false, violations: r.violations } satisfies PublishAnswer);
      return { ok: true, version: r.loaded.definition.version } satisfies PublishAnswer;
    },
  );

  app.post(
    '/api/definitions/import',
    {
      schema: {
        summary: 'Importera en processdefinition från fil',
        body: ImportDefinitionBody,
        response: { 200: PublishAnswerSchema, 422: PublishAnswerSchema },
      },
      bodyLimit: 5 * 1_048_576,
    },
    async (req, reply) => {
      const actor = processOwner(req, PUBLISH);
      const { file, note } = req.body;
      await engine.refreshDefinitions();
      const r = await engine.importDefinition(file, actor.userId, note ?? '');
      if (!r.ok) return reply.status(422).send({ ok: false, violations: r.violations } satisfies PublishAnswer);
      return { ok: true, version: r.loaded.definition.version } satisfies PublishAnswer;
    },
  );
}

/** What a new version means for running ärenden, and which ärenden run under an older one. */
function migrationRoutes(app: TypedApi): void {
  const { engine } = app.ctx;
  app.get(
    '/api/definitions/:id/:version/impact',
    {
      schema: {
        summary: 'Vad en ny version betyder för pågående ärenden',
        params: DefinitionVersionParams,
        response: { 200: ImpactAnswerSchema },
      },
    },
    async (req) => {
      const actor = processOwner(req, RUNNING);
      const { id, version } = req.params;
      return engine.impact(id, Number(version), processRowScope(whoOf(req).org, actor));
    },
  );

  // Running ärenden to move to a newer version: rows without content, in the units the owner's role covers.
  app.post(
    '/api/definitions/:id/running',
    {
      schema: {
        summary: 'Pågående ärenden under en version, utan innehåll',
        params: DefinitionParams,
        body: ProcessRowsBody,
        response: { 200: ProcessRowsAnswerSchema },
      },
    },
    async (req) => {
      const actor = processOwner(req, RUNNING);
      const { id } = req.params;
      const body = req.body;
      if (body.after && !decodeCursor(body.after)) throw badCursor();
      const page = await engine.page({
        scope: processRowScope(whoOf(req).org, actor),
        status: 'open',
        definition: { id, belowVersion: body.belowVersion },
        limit: body.limit ?? 500,
        ...(body.after ? { after: body.after } : {}),
      });
      // Only rows already in the owner's scope are judged; a stuck one carries titles and a mapping, never content.
      const stuck = await engine.stuck(page.rows.map((r) => r.arendeId));
      const rows = page.rows.map((r) => ({ ...processRowOf(r), ...(stuck[r.arendeId] ? { stuck: stuck[r.arendeId] } : {}) }));
      return { rows, ...(page.next ? { next: page.next } : {}) } satisfies ProcessRowsAnswer;
    },
  );
}
