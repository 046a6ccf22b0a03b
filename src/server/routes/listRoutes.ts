import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { Type } from 'typebox';
import { processRowScope, visibilityScope, waitingForOf } from '../../api/access';
import type { ListAnswer, ListQuery, MigrateAnswer } from '../../api/contract';
import type { Actor, Organisation, SummaryScope } from '../../engine/index';
import { reportsOf } from '../reports/reportService';
import { ArendeParams, InboxBody, ListBody, MigrateBody } from '../../api/wire/arendeSchemas';
import { decodeCursor, inScope } from '../../engine/internal';
import { arendeAccess } from '../access/arendeAccess';
import { processRowOf, proofForOwner } from '../access/processRow';
import { rowsFor, unheld } from '../access/rowsFor';
import { ApiFailure, badCursor, notFound, statusOf } from '../http/apiError';
import { heldMessage } from '../ledger/heldArenden';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { processOwner } from './processOwner';
import { ListAnswerSchema, MigrateAnswerSchema, MigrationPlanSchema } from '../../api/wire/answerSchemas';

const migrateAnswers = {
  200: Type.Union([MigrateAnswerSchema, MigrationPlanSchema]),
  400: MigrateAnswerSchema,
  403: MigrateAnswerSchema,
  404: MigrateAnswerSchema,
  409: MigrateAnswerSchema,
  422: MigrateAnswerSchema,
  500: MigrateAnswerSchema,
};

type Api = ReturnType<typeof typedApi>;

/** Lists and the inbox, scoped on the server; and the processägare's move of a running ärende, which she lists but never reads. */
export async function listRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  migrateRoute(app);
  listRoute(app);
  inboxRoute(app);
}

function migrateRoute(app: Api): void {
  const { ctx } = app;
  const { engine } = ctx;
  const { ownerOf, refused } = arendeAccess(ctx);
  // The processägare moves running ärenden she may list without their content (processRowScope), never reading them.
  app.post(
    '/api/arenden/:id/migrate',
    {
      schema: {
        summary: 'Flytta ett pågående ärende till en ny version av processen',
        params: ArendeParams,
        body: MigrateBody,
        response: migrateAnswers,
      },
    },
    async (req, reply) => {
      const { id } = req.params;
      const actor = processOwner(req, 'Bara en processägare kan flytta ärenden till en ny version av processen.');
      const { org } = whoOf(req);
      const found = await ownerOf(id);
      if (!found) throw notFound();
      if (!inScope(processRowScope(org, actor), found.owner)) return refused(whoOf(req), id, found.owner.enhetId);
      const held = ctx.held.reasonOf(id);
      if (held !== undefined) throw new ApiFailure(409, 'integrity', heldMessage(held));
      const body = req.body;
      if (body.dryRun)
        return { ok: true, proof: proofForOwner(await engine.planMigration(id, body.toVersion, body.mapping ?? {})) } satisfies Static<
          typeof MigrationPlanSchema
        >;
      const r = await engine.migrate(id, body.toVersion, body.mapping ?? {}, actor.userId, body.note ?? '');
      if (!r.ok)
        return reply
          .status(statusOf(r.rejection))
          .send({ ok: false, rejection: r.rejection, ...(r.proof ? { proof: proofForOwner(r.proof) } : {}) } satisfies MigrateAnswer);
      return { ok: true, summary: processRowOf(r.summary) } satisfies MigrateAnswer;
    },
  );
}

function listRoute(app: Api): void {
  const { ctx } = app;
  const { engine } = ctx;
  app.post(
    '/api/arenden/list',
    { schema: { summary: 'Ärenden som den som frågar får läsa, en sida', body: ListBody, response: { 200: ListAnswerSchema } } },
    async (req) => {
      const { actor, org } = whoOf(req);
      const { query: asked, withTotal } = req.body;
      if (asked.after && !decodeCursor(asked.after)) throw badCursor();
      const query = asked.figure ? await figureQuery(ctx, actor, org, asked) : asked;
      const scoped = { ...query, scope: visibilityScope(engine.registry.catalog.packs.grants, org, actor), limit: query.limit ?? 100 };
      const known = withTotal ? figureTotal(asked, query, scoped.scope) : undefined;
      const [page, total] = await Promise.all([engine.page(scoped), withTotal ? (known ?? engine.count(scoped)) : undefined]);
      return {
        ...page,
        rows: await rowsFor(ctx, org, actor, unheld(ctx, page.rows), query.text),
        ...(total !== undefined ? { total } : {}),
      } satisfies ListAnswer;
    },
  );
}

/** What a list query may hold and still only page a figure's ärenden (no filter beside them). */
const PAGING_ONLY: ReadonlySet<string> = new Set(['figure', 'ids', 'order', 'limit', 'after']);

/**
 * A figure's total without counting in the database: for a reader of every enhet and a query that only pages, every id
 * (each an ärende with facts, so a row) is in the list. Tens of thousands of ids cost the count as much as the page.
 */
function figureTotal(asked: ListQuery, query: ListQuery, scope: SummaryScope): number | undefined {
  if (!asked.figure || scope.enheter !== 'all' || Object.keys(asked).some((k) => !PAGING_ONLY.has(k))) return undefined;
  return new Set(query.ids).size;
}

/** A report figure's ärenden as the list's `ids` (within any given), so the list pages, filters and scopes them as every list. */
async function figureQuery(ctx: Api['ctx'], actor: Actor, org: Organisation, query: ListQuery): Promise<ListQuery> {
  const { figure, ...rest } = query;
  if (!figure) return query;
  const ids = await reportsOf(ctx).figureIds(actor, org, figure.request, figure.ref);
  const within = rest.ids ? new Set(rest.ids) : undefined;
  return { ...rest, ids: within ? ids.filter((id) => within.has(id)) : ids };
}

/** Mina uppgifter: what waits for her roles where she holds them, less the own steps she has done. */
function inboxRoute(app: Api): void {
  const { ctx } = app;
  const { engine } = ctx;
  app.post(
    '/api/inbox',
    { schema: { summary: 'Mina uppgifter: det som väntar på mina roller', body: InboxBody, response: { 200: ListAnswerSchema } } },
    async (req) => {
      const { actor, org } = whoOf(req);
      const body = req.body;
      if (body.after && !decodeCursor(body.after)) throw badCursor();
      const query = {
        scope: visibilityScope(engine.registry.catalog.packs.grants, org, actor),
        waitingFor: waitingForOf(org, actor),
        waitingUser: actor.userId,
        status: 'open' as const,
      };
      const [page, total, overdue] = await Promise.all([
        engine.page({ ...query, limit: body.limit ?? 50, ...(body.after ? { after: body.after } : {}) }),
        body.withTotal ? engine.count(query) : undefined,
        body.withTotal ? engine.count({ ...query, overdueAt: ctx.clock.now() }) : undefined,
      ]);
      return {
        ...page,
        rows: await rowsFor(ctx, org, actor, unheld(ctx, page.rows)),
        ...(total !== undefined ? { total, overdue: overdue ?? 0 } : {}),
      } satisfies ListAnswer;
    },
  );
}
