import type { FastifyInstance } from 'fastify';
import { ArendeParams, ArendeReadQuery, CommandBody, ReportBody } from '../../api/wire/arendeSchemas';
import { mayRead } from '../../api/access';
import type { ArendeView, CommandAnswer } from '../../api/contract';
import { arendeAccess } from '../access/arendeAccess';
import { arendeFor, knownRapportor } from '../access/redactRapportor';
import { newEventsFor } from '../access/newEventsFor';
import { rowsFor } from '../access/rowsFor';
import { ApiFailure, notFound, statusOf } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import type { TypedApi } from '../http/typedApi';
import { ArendeViewSchema, commandAnswers } from '../../api/wire/answerSchemas';
import { knownProcess, unknownProcess } from '../intake/knownProcess';

export { APPOINTED_REASON } from '../access/arendeAccess';

/** Ärenden: new rapporter, one ärende's log, and its steps and commands – all scoped on the server. */
export async function arendeRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  reportRoute(app);
  readRoute(app);
  commandRoute(app);
}

/** A new rapport opens its ärende in the same write. */
function reportRoute(app: TypedApi): void {
  const { engine } = app.ctx;
  app.post(
    '/api/arenden',
    { schema: { summary: 'Ny rapport: öppnar ett ärende', body: ReportBody, response: commandAnswers(201) } },
    async (req, reply) => {
      const { actor, org } = whoOf(req);
      const body = req.body;
      const type = knownProcess(app.ctx.engine.registry.catalog.packs, body.processType);
      if (!type)
        return reply
          .status(statusOf(unknownProcess(body.processType)))
          .send({ ok: false, rejection: unknownProcess(body.processType) } satisfies CommandAnswer);
      const r = await engine.report(type, body.enhetId, body.data, actor.userId, {
        principal: { org, actor },
        ...(body.arendeId ? { arendeId: body.arendeId } : {}),
      });
      if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
      return reply.status(201).send({ ok: true, event: r.event, summary: r.summary } satisfies CommandAnswer);
    },
  );
}

/** One ärende as its reader may see it (logged in the loggkontroll), with what she may do in it. */
function readRoute(app: TypedApi): void {
  const { ctx } = app;
  const { engine } = ctx;
  const { readable } = arendeAccess(ctx);
  const printTitles = new Set([...engine.registry.catalog.packs.printDocuments.values()].map((d) => d.title));
  app.get(
    '/api/arenden/:id',
    {
      schema: {
        summary: 'Ett ärende: dess logg och vad den som frågar får göra',
        params: ArendeParams,
        querystring: ArendeReadQuery,
        response: { 200: ArendeViewSchema },
      },
    },
    async (req) => {
      const { id } = req.params;
      const { utskrift } = req.query;
      // The access log names the document printed: only a document some process prints, never free text.
      if (utskrift !== undefined && !printTitles.has(utskrift))
        throw new ApiFailure(
          400,
          'invalid_request',
          'Adressens parameter "utskrift" är inget dokument som kan skrivas ut. Inget har loggats.',
        );
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
      return {
        ...arendeFor(app.ctx.engine.registry.catalog.packs, org, actor, owner, state.events, summary, who),
        options,
        jav,
      } satisfies ArendeView;
    },
  );
}

/** A step or command in an ärende, as the session's person. */
function commandRoute(app: TypedApi): void {
  const { ctx } = app;
  const { engine } = ctx;
  const { refusedOrMissing, notHeld } = arendeAccess(ctx);
  app.post(
    '/api/arenden/:id/commands',
    { schema: { summary: 'Ett steg eller en åtgärd i ärendet', params: ArendeParams, body: CommandBody, response: commandAnswers(200) } },
    async (req, reply) => {
      const { id } = req.params;
      const { actor, org } = whoOf(req);
      const body = req.body;
      await notHeld(whoOf(req), id);
      // Access is checked on the ärende the engine reads anyway (one query less per step); hidden reads as missing.
      const r = await engine.submit(id, { type: body.type, data: body.data }, actor.userId, {
        visible: (owner) => mayRead(engine.registry.catalog.packs.grants, org, actor, owner),
        principal: { org, actor },
        ...(body.expectedSeq !== undefined ? { expectedSeq: body.expectedSeq } : {}),
      });
      if (!r.ok && r.rejection.code === 'unknown_arende') return refusedOrMissing(whoOf(req), id);
      if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
      const [summary, linked] = await rowsFor(ctx, org, actor, r.linked ? [r.summary, r.linked] : [r.summary]);
      // The new events (and, for the case view, what she may do now), from the state in hand: no read of the log again.
      const events = await newEventsFor(ctx, org, actor, r.state, r.event.seq);
      const known = { state: r.state, principal: { org, actor } };
      const view = body.view
        ? { options: await engine.available(id, actor.userId, known), jav: await engine.javView(id, actor.userId, known) }
        : {};
      return { ok: true, event: r.event, summary: summary!, ...(linked ? { linked } : {}), events, ...view } satisfies CommandAnswer;
    },
  );
}
