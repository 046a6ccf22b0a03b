import type { FastifyInstance, FastifyReply } from 'fastify';
import { mayRead } from '../../api/access';
import type { CommandAnswer } from '../../api/contract';
import { ArendeParams, ErsattareBody, JavBody } from '../../api/wire/arendeSchemas';
import type { Actor, JavResult, Organisation, ScopedRow } from '../../engine/internal';
import { arendeAccess } from '../access/arendeAccess';
import { rowsFor } from '../access/rowsFor';
import { statusOf } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { commandAnswers } from '../../api/wire/answerSchemas';

/** Jäv (issue 21): declaring oneself jävig and appointing an ersättare go through the engine like a step. */
export async function javRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;
  const { engine } = ctx;
  const { refusedOrMissing, notHeld } = arendeAccess(ctx);

  /** What the engine may show the caller of the ärende, and the seq she saw (a stale one is a conflict). */
  const commandOptions = (org: Organisation, actor: Actor, expectedSeq: number | undefined) => ({
    visible: (owner: ScopedRow) => mayRead(engine.registry.catalog.packs.grants, org, actor, owner),
    ...(expectedSeq !== undefined ? { expectedSeq } : {}),
  });

  /** A jäv command's answer, as a step's: refused with its status, or the list row as the caller may see it. */
  async function javAnswer(req: Parameters<typeof whoOf>[0], reply: FastifyReply, id: string, r: JavResult) {
    const { actor, org } = whoOf(req);
    if (!r.ok && r.rejection.code === 'unknown_arende') return refusedOrMissing(whoOf(req), id);
    if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
    const [summary] = await rowsFor(ctx, org, actor, [r.summary]);
    return { ok: true, event: r.event, summary: summary! } satisfies CommandAnswer;
  }

  app.post(
    '/api/arenden/:id/jav',
    { schema: { summary: 'Anmäl jäv i ärendet', params: ArendeParams, body: JavBody, response: commandAnswers(200) } },
    async (req, reply) => {
      const { id } = req.params;
      const { actor, org } = whoOf(req);
      const body = req.body;
      await notHeld(whoOf(req), id);
      const opts = commandOptions(org, actor, body.expectedSeq);
      return javAnswer(req, reply, id, await engine.declareJav(id, { motivering: body.motivering }, actor.userId, opts));
    },
  );

  app.post(
    '/api/arenden/:id/ersattare',
    { schema: { summary: 'Utse en ersättare för en jävig', params: ArendeParams, body: ErsattareBody, response: commandAnswers(200) } },
    async (req, reply) => {
      const { id } = req.params;
      const { actor, org } = whoOf(req);
      const body = req.body;
      await notHeld(whoOf(req), id);
      const opts = commandOptions(org, actor, body.expectedSeq);
      return javAnswer(
        req,
        reply,
        id,
        await engine.appointErsattare(id, { userId: body.userId, role: body.role, motivering: body.motivering }, actor.userId, opts),
      );
    },
  );
}
