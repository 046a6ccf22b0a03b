import type { FastifyInstance } from 'fastify';
import { may, processRowScope } from '../../api/access';
import type { DefinitionsAnswer, ProcessRowsAnswer, ProcessRowsRequest, PublishAnswer } from '../../api/contract';
import type { ProcessDefinition } from '../../engine/index';
import { decodeCursor } from '../../engine/index';
import { processRowOf } from '../access/processRow';
import { badCursor, forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { IMPORT_DEFINITION_BODY, PROCESS_ROWS_BODY, PUBLISH_BODY } from './schemas';

/** Published definitions (what every client replays with), and the process owner's publishing. */
export async function definitionRoutes(app: FastifyInstance): Promise<void> {
  const { engine } = app.ctx;

  app.get('/api/definitions', async () => {
    await engine.refreshDefinitions();
    return { definitions: engine.registry.all().map((l) => l.definition) } satisfies DefinitionsAnswer;
  });

  const owner = (req: Parameters<typeof whoOf>[0]) => {
    const { actor } = whoOf(req);
    if (!may(actor, 'processes')) throw forbidden('Bara en processägare kan publicera eller importera processer.');
    return actor;
  };

  app.post('/api/definitions/publish', { schema: { body: PUBLISH_BODY } }, async (req, reply) => {
    const actor = owner(req);
    const { draft, note } = req.body as { draft: ProcessDefinition; note: string };
    await engine.refreshDefinitions();
    const r = await engine.publish(draft, actor.userId, note);
    if (!r.ok) return reply.status(422).send({ ok: false, violations: r.violations } satisfies PublishAnswer);
    return { ok: true, version: r.loaded.definition.version } satisfies PublishAnswer;
  });

  app.post('/api/definitions/import', { schema: { body: IMPORT_DEFINITION_BODY }, bodyLimit: 5 * 1_048_576 }, async (req, reply) => {
    const actor = owner(req);
    const { file, note } = req.body as { file: unknown; note?: string };
    await engine.refreshDefinitions();
    const r = await engine.importDefinition(file, actor.userId, note ?? '');
    if (!r.ok) return reply.status(422).send({ ok: false, violations: r.violations } satisfies PublishAnswer);
    return { ok: true, version: r.loaded.definition.version } satisfies PublishAnswer;
  });

  app.get('/api/definitions/:id/:version/impact', async (req) => {
    const actor = owner(req);
    const { id, version } = req.params as { id: string; version: string };
    return engine.impact(id, Number(version), processRowScope(whoOf(req).org, actor));
  });

  // Running ärenden to move to a newer version: rows without content, in the units the owner's role covers.
  app.post('/api/definitions/:id/running', { schema: { body: PROCESS_ROWS_BODY } }, async (req) => {
    const actor = owner(req);
    const { id } = req.params as { id: string };
    const body = req.body as ProcessRowsRequest;
    if (body.after && !decodeCursor(body.after)) throw badCursor();
    const page = await engine.page({
      scope: processRowScope(whoOf(req).org, actor),
      status: 'open',
      definition: { id, belowVersion: body.belowVersion },
      limit: body.limit ?? 500,
      ...(body.after ? { after: body.after } : {}),
    });
    return { rows: page.rows.map(processRowOf), ...(page.next ? { next: page.next } : {}) } satisfies ProcessRowsAnswer;
  });
}
