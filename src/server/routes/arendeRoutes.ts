import type { FastifyInstance, FastifyReply } from 'fastify';
import { ArendeParams, ArendeReadQuery, CommandBody, ErsattareBody, InboxBody, JavBody, ListBody, MigrateBody, ReportBody } from '../../api/wire/arendeSchemas';
import { may, mayRead, processRowScope, visibilityScope, waitingForOf } from '../../api/access';
import type { ArendeView, CommandAnswer, ListAnswer, MigrateAnswer } from '../../api/contract';
import type { JavResult, ScopedRow } from '../../engine/index';
import { decodeCursor, inScope } from '../../engine/index';
import { arendeAccess } from '../access/arendeAccess';
import { arendeFor, knownRapportor } from '../access/redactRapportor';
import { rowsFor } from '../access/rowsFor';
import { processRowOf } from '../access/processRow';
import { badCursor, forbidden, notFound, statusOf } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { knownProcess, unknownProcess } from '../intake/knownProcess';

export { APPOINTED_REASON } from '../access/arendeAccess';

/** Ärenden: new rapporter, steps and commands, one ärende's log, lists and the inbox – all scoped on the server. */
export async function arendeRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;
  const { engine } = ctx;

  const { ownerOf, refused, refusedOrMissing, readable } = arendeAccess(ctx);

  app.post('/api/arenden', { schema: { summary: 'Ny rapport: öppnar ett ärende', body: ReportBody } }, async (req, reply) => {
    const { actor } = whoOf(req);
    const body = req.body;
    const type = knownProcess(body.processType);
    if (!type) return reply.status(statusOf(unknownProcess(body.processType))).send({ ok: false, rejection: unknownProcess(body.processType) } satisfies CommandAnswer);
    const r = await engine.report(type, body.enhetId, body.data, actor.userId, body.arendeId ? { arendeId: body.arendeId } : {});
    if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
    return reply.status(201).send({ ok: true, event: r.event, summary: r.summary } satisfies CommandAnswer);
  });

  app.get('/api/arenden/:id', { schema: { summary: 'Ett ärende: dess logg och vad den som frågar får göra', params: ArendeParams, querystring: ArendeReadQuery } }, async (req) => {
    const { id } = req.params;
    const { utskrift } = req.query;
    const { actor, org } = whoOf(req);
    const { row: summary, owner, role, reason, readOnly } = await readable(whoOf(req), id);
    const state = await engine.get(id);
    if (!state) throw notFound();
    // Every reading of the content is logged (loggkontroll); a print says which document.
    await ctx.accessLog.record({
      at: ctx.clock.now(),
      userId: actor.userId,
      ...(role ? { role } : {}),
      kind: utskrift ? 'utskrift' : 'oppnat',
      arendeId: id,
      enhetId: state.open.enhetId,
      ...(utskrift ? { detail: utskrift } : {}),
      ...(reason ? { reason } : {}),
    });
    // Read outside one's units: reading only, never acting (the commands check mayRead alone).
    const options = readOnly ? [] : await engine.available(id, actor.userId);
    // Everyone who reads sees a stall; declaring jäv and appointing are for those who act.
    const { stalls, noAppointer, ...may } = await engine.javView(id, actor.userId);
    const jav = { stalls, noAppointer, ...(readOnly ? {} : may) };
    // Data minimisation (issue 10, item 5): a redacted copy for whoever may not know the rapportör; the log is untouched.
    const who = await knownRapportor(ctx.directory, state.events, ctx.clock.now());
    return { ...arendeFor(org, actor, owner, state.events, summary, who), options, jav } satisfies ArendeView;
  });

  /** A jäv command's answer, as a step's: refused with its status, or the list row as the caller may see it. */
  async function javAnswer(req: Parameters<typeof whoOf>[0], reply: FastifyReply, id: string, r: JavResult) {
    const { actor, org } = whoOf(req);
    if (!r.ok && r.rejection.code === 'unknown_arende') return refusedOrMissing(whoOf(req), id);
    if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
    const [summary] = await rowsFor(ctx, org, actor, [r.summary]);
    return { ok: true, event: r.event, summary: summary! } satisfies CommandAnswer;
  }

  app.post('/api/arenden/:id/jav', { schema: { summary: 'Anmäl jäv i ärendet', params: ArendeParams, body: JavBody } }, async (req, reply) => {
    const { id } = req.params;
    const { actor, org } = whoOf(req);
    const body = req.body;
    const opts = { visible: (owner: ScopedRow) => mayRead(org, actor, owner), ...(body.expectedSeq !== undefined ? { expectedSeq: body.expectedSeq } : {}) };
    return javAnswer(req, reply, id, await engine.declareJav(id, { motivering: body.motivering }, actor.userId, opts));
  });

  app.post('/api/arenden/:id/ersattare', { schema: { summary: 'Utse en ersättare för en jävig', params: ArendeParams, body: ErsattareBody } }, async (req, reply) => {
    const { id } = req.params;
    const { actor, org } = whoOf(req);
    const body = req.body;
    const opts = { visible: (owner: ScopedRow) => mayRead(org, actor, owner), ...(body.expectedSeq !== undefined ? { expectedSeq: body.expectedSeq } : {}) };
    return javAnswer(req, reply, id, await engine.appointErsattare(id, { userId: body.userId, role: body.role, motivering: body.motivering }, actor.userId, opts));
  });

  app.post('/api/arenden/:id/commands', { schema: { summary: 'Ett steg eller en åtgärd i ärendet', params: ArendeParams, body: CommandBody } }, async (req, reply) => {
    const { id } = req.params;
    const { actor, org } = whoOf(req);
    const body = req.body;
    // Access is checked on the ärende the engine reads anyway (one query less per step); hidden reads as missing.
    const r = await engine.submit(id, { type: body.type, data: body.data }, actor.userId, {
      visible: (owner) => mayRead(org, actor, owner),
      ...(body.expectedSeq !== undefined ? { expectedSeq: body.expectedSeq } : {}),
    });
    if (!r.ok && r.rejection.code === 'unknown_arende') return refusedOrMissing(whoOf(req), id);
    if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
    const [summary, linked] = await rowsFor(ctx, org, actor, r.linked ? [r.summary, r.linked] : [r.summary]);
    return { ok: true, event: r.event, summary: summary!, ...(linked ? { linked } : {}) } satisfies CommandAnswer;
  });

  // The processägare moves running ärenden she may list without their content (processRowScope), never reading them.
  app.post('/api/arenden/:id/migrate', { schema: { summary: 'Flytta ett pågående ärende till en ny version av processen', params: ArendeParams, body: MigrateBody } }, async (req, reply) => {
    const { id } = req.params;
    const { actor, org } = whoOf(req);
    if (!may(actor, 'processes')) throw forbidden('Bara en processägare kan flytta ärenden till en ny version av processen.');
    const found = await ownerOf(id);
    if (!found) throw notFound();
    if (!inScope(processRowScope(org, actor), found.owner)) return refused(whoOf(req), id, found.owner.enhetId);
    const body = req.body;
    if (body.dryRun) return { ok: true, proof: await engine.planMigration(id, body.toVersion, body.mapping ?? {}) };
    const r = await engine.migrate(id, body.toVersion, body.mapping ?? {}, actor.userId, body.note ?? '');
    if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection, ...(r.proof ? { proof: r.proof } : {}) } satisfies MigrateAnswer);
    return { ok: true, summary: processRowOf(r.summary) } satisfies MigrateAnswer;
  });

  app.post('/api/arenden/list', { schema: { summary: 'Ärenden som den som frågar får läsa, en sida', body: ListBody } }, async (req) => {
    const { actor, org } = whoOf(req);
    const { query, withTotal } = req.body;
    if (query.after && !decodeCursor(query.after)) throw badCursor();
    const scoped = { ...query, scope: visibilityScope(org, actor), limit: query.limit ?? 100 };
    const [page, total] = await Promise.all([engine.page(scoped), withTotal ? engine.count(scoped) : undefined]);
    return { ...page, rows: await rowsFor(ctx, org, actor, page.rows, query.text), ...(total !== undefined ? { total } : {}) } satisfies ListAnswer;
  });

  app.post('/api/inbox', { schema: { summary: 'Mina uppgifter: det som väntar på mina roller', body: InboxBody } }, async (req) => {
    const { actor, org } = whoOf(req);
    const body = req.body;
    if (body.after && !decodeCursor(body.after)) throw badCursor();
    const query = { scope: visibilityScope(org, actor), waitingFor: waitingForOf(org, actor), status: 'open' as const };
    const [page, total, overdue] = await Promise.all([
      engine.page({ ...query, limit: body.limit ?? 50, ...(body.after ? { after: body.after } : {}) }),
      body.withTotal ? engine.count(query) : undefined,
      body.withTotal ? engine.count({ ...query, overdueAt: ctx.clock.now() }) : undefined,
    ]);
    return { ...page, rows: await rowsFor(ctx, org, actor, page.rows), ...(total !== undefined ? { total, overdue: overdue ?? 0 } : {}) } satisfies ListAnswer;
  });
}
