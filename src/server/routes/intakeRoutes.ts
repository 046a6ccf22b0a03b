import type { FastifyInstance } from 'fastify';
import type { CommandAnswer, IntakeItemView } from '../../api/contract';
import { IntakeParams, IntakeRegisterBody } from '../../api/wire/intakeSchemas';
import { typedApi } from '../http/typedApi';
import type { TypedApi } from '../http/typedApi';
import { Type } from 'typebox';
import { commandAnswers } from '../../api/wire/answerSchemas';
import { IntakeItemAnswerSchema, IntakeItemViewSchema } from '../../api/wire/serviceAnswers';
import { knownProcess, unknownProcess } from '../intake/knownProcess';
import { arendeIdOfIntake } from '../intake/PublicIntake';
import type { IntakeItem } from '../intake/PublicIntake';
import { intakeAccess } from '../intake/intakeAccess';
import { notFound, statusOf } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What came in through a public form, for those who register it (the enhet's chef, the SAS): listed per enhet
 * her role covers, and registered as an ärende in her own name: what came in exactly, her registration beside it.
 */
export async function intakeRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const access = intakeAccess(app.ctx);
  readRoutes(app, access);
  registerRoute(app, access);
}

type Access = ReturnType<typeof intakeAccess>;

/** The waiting list and one item; each read of a sender's words and contact details is in the access log. */
function readRoutes(app: TypedApi, { waitingFor, mine, roleFor }: Access): void {
  const { ctx } = app;
  // Logged under the ärende it becomes, so the loggkontroll of that ärende shows who read it before it was registered.
  const logRead = (who: ReturnType<typeof whoOf>, item: Pick<IntakeItem, 'id' | 'enhetId' | 'processType'>) => {
    const role = roleFor(who, item);
    return ctx.accessLog.record({
      at: ctx.clock.now(),
      userId: who.actor.userId,
      ...(role ? { role } : {}),
      kind: 'oppnat',
      arendeId: arendeIdOfIntake(item.id),
      enhetId: item.enhetId,
      detail: 'Inkommet via webbformuläret',
    });
  };

  app.get(
    '/api/inkomna',
    {
      schema: {
        summary: 'Det som kommit in via ett öppet formulär och väntar på registrering',
        response: { 200: Type.Array(IntakeItemViewSchema) },
      },
    },
    async (req): Promise<IntakeItemView[]> => {
      const items = await waitingFor(whoOf(req));
      // The list carries each sender's words and contact details: every item listed is a read, logged as opening it does.
      await Promise.all(items.map((item) => logRead(whoOf(req), item)));
      return items;
    },
  );

  app.get(
    '/api/inkomna/:id',
    { schema: { summary: 'Ett inkommet meddelande', params: IntakeParams, response: { 200: IntakeItemAnswerSchema } } },
    async (req): Promise<IntakeItemView & { registeredArendeId?: string }> => {
      const item = await mine(whoOf(req), req.params.id);
      await logRead(whoOf(req), item);
      return {
        id: item.id,
        processType: item.processType,
        enhetId: item.enhetId,
        receivedAt: item.receivedAt,
        data: item.data,
        ...(item.registered ? { registeredArendeId: item.registered.arendeId } : {}),
      };
    },
  );
}

/** Registering an item as an ärende in her own name: what came in exactly, her registration beside it. */
function registerRoute(app: TypedApi, { mine }: Access): void {
  const { ctx } = app;
  app.post(
    '/api/inkomna/:id/registrera',
    {
      schema: {
        summary: 'Registrera ett inkommet meddelande som ett ärende',
        params: IntakeParams,
        body: IntakeRegisterBody,
        response: commandAnswers(201),
      },
    },
    async (req, reply) => {
      const { actor } = whoOf(req);
      const item = await mine(whoOf(req), req.params.id);
      if (item.registered)
        return reply.status(409).send({
          ok: false,
          rejection: { code: 'seq_conflict', message: 'Det här har redan registrerats som ett ärende. Inget nytt ärende skapades.' },
        } satisfies CommandAnswer);
      if (!UUID.test(item.id)) throw notFound();
      // The ärende's number follows from the item: registering it twice (two chefs at once, a retry) cannot make two ärenden.
      const arendeId = arendeIdOfIntake(item.id);
      const body = req.body;
      const type = knownProcess(app.ctx.engine.registry.catalog.packs, item.processType);
      if (!type)
        return reply
          .status(statusOf(unknownProcess(item.processType)))
          .send({ ok: false, rejection: unknownProcess(item.processType) } satisfies CommandAnswer);
      // What came in goes into the first event from here, as it was stored; the person's registration sits beside it.
      const received = { id: item.id, receivedAt: item.receivedAt, enhetId: item.enhetId, data: item.data };
      const r = await ctx.engine.report(type, body.enhetId ?? item.enhetId, body.data, actor.userId, { arendeId, received });
      if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
      await ctx.intake!.markRegistered(item.id, arendeId, actor.userId, ctx.clock.now());
      return reply.status(201).send({ ok: true, event: r.event, summary: r.summary } satisfies CommandAnswer);
    },
  );
}
