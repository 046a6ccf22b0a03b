import type { FastifyInstance, FastifyReply } from 'fastify';
import { ArendeParams, ArendeReadQuery, CommandBody, ErsattareBody, InboxBody, JavBody, ListBody, MigrateBody, ReportBody } from '../../api/wire/arendeSchemas';
import { appointedRoleOf, may, mayRead, processRowScope, readingRoleOf, visibilityScope, waitingForOf } from '../../api/access';
import type { ArendeView, CommandAnswer, ListAnswer, MigrateAnswer } from '../../api/contract';
import type { JavResult, ScopedRow } from '../../engine/index';
import { decodeCursor, inScope, scopeCovers, scopedRowOf } from '../../engine/index';
import { outsideReaderRole } from '../../api/readingOutside';
import { arendeFor, knownRapportor } from '../access/redactRapportor';
import { rowsFor } from '../access/rowsFor';
import { processRowOf } from '../access/processRow';
import { badCursor, forbidden, notFound, statusOf } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { knownProcess, unknownProcess } from '../intake/knownProcess';

/** What the access log records as the reason when an appointed ersättare reads the ärende outside her units. */
export const APPOINTED_REASON = 'Utsedd ersättare i ärendet (jäv)';

/** Ärenden: new rapporter, steps and commands, one ärende's log, lists and the inbox – all scoped on the server. */
export async function arendeRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;
  const { engine } = ctx;

  /** Who owns the ärende as far as access goes: its list row, or its own log when the row is damaged. */
  async function ownerOf(id: string) {
    const row = await engine.summaries({ ids: [id], limit: 1 }).then((r) => r[0]);
    if (!row) return undefined;
    const owner =
      typeof row.enhetId === 'string' && typeof row.openedBy === 'string' && typeof row.processType === 'string' && Array.isArray(row.links)
        ? row
        : await engine.get(id).then((s) => s && scopedRowOf(s));
    return owner ? { row, owner } : undefined;
  }

  /** A refused read of an existing ärende goes to the access log: someone looked where they may not. */
  async function refused(req: Parameters<typeof whoOf>[0], id: string, enhetId: string | undefined): Promise<never> {
    await ctx.accessLog.record({ at: ctx.clock.now(), userId: whoOf(req).actor.userId, kind: 'nekat', arendeId: id, ...(enhetId ? { enhetId } : {}) });
    throw notFound();
  }

  /**
   * The ärende when the caller may read it, or reads it outside her units for a reason she stated
   * (`reason`, read only); 404 otherwise, so its existence is not revealed either.
   */
  async function readable(req: Parameters<typeof whoOf>[0], id: string) {
    const { actor, org } = whoOf(req);
    const found = await ownerOf(id);
    if (!found) throw notFound();
    // One rule decides (mayRead, as for lists); the role is only what the access log names.
    if (mayRead(org, actor, found.owner)) {
      const role = readingRoleOf(org, actor, found.owner);
      // An appointed ersättare reads outside her units in the role she was appointed to: the access log says so.
      const appointed = role !== undefined && role === appointedRoleOf(actor, found.owner) && !actor.roles.some((a) => a.role === role && scopeCovers(org, a, found.owner.enhetId));
      // A list row's appointees could be written into the database by hand: the ärende's own signed log must say so too.
      if (appointed && appointedRoleOf(actor, scopedRowOf((await engine.get(id))!)) !== role) return refused(req, id, found.owner.enhetId);
      return { row: found.row, owner: found.owner, role, ...(appointed ? { reason: APPOINTED_REASON, readOnly: false } : {}) };
    }
    const outside = outsideReaderRole(actor);
    const reason = outside && (await ctx.readingGrants.active(actor.userId, id, ctx.clock.now()));
    if (!reason) return refused(req, id, found.owner.enhetId);
    return { row: found.row, owner: found.owner, role: outside, reason, readOnly: true };
  }

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
    const { row: summary, owner, role, reason, readOnly } = await readable(req, id);
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
    if (!r.ok && r.rejection.code === 'unknown_arende') {
      const found = await ownerOf(id);
      if (found) return refused(req, id, found.owner.enhetId);
      throw notFound();
    }
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
    if (!r.ok && r.rejection.code === 'unknown_arende') {
      const found = await ownerOf(id);
      if (found) return refused(req, id, found.owner.enhetId);
      throw notFound();
    }
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
    if (!inScope(processRowScope(org, actor), found.owner)) return refused(req, id, found.owner.enhetId);
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
