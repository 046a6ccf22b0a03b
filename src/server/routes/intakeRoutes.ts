import type { FastifyInstance } from 'fastify';
import { intakeEnheter, intakeRole } from '../../api/access';
import type { CommandAnswer, IntakeItemView, IntakeRegisterRequest } from '../../api/contract';
import { arendeIdOfIntake } from '../intake/PublicIntake';
import type { ProcessType } from '../../engine/index';
import type { ProcessPack } from '../../engine/index';
import { notFound, statusOf } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';

const PARAMS = { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string', maxLength: 100 } } } as const;
const BODY = {
  type: 'object',
  required: ['data'],
  additionalProperties: false,
  properties: { data: { type: 'object' }, enhetId: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What came in through a public form, for those who register it (the enhet's chef, the SAS): listed per enhet
 * her role covers, and registered as an ärende in her own name: what came in exactly, her registration beside it.
 */
export async function intakeRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const packs: readonly ProcessPack[] = ctx.engine.registry.catalog.packs.packs;

  app.get('/api/inkomna', async (req): Promise<IntakeItemView[]> => {
    const { actor, org } = whoOf(req);
    if (!ctx.intake) return [];
    // Per process once: whom it covers may differ between processes (their registering roles).
    const covered = new Map(packs.filter((p) => p.publicIntake).map((p) => [p.type, new Set(intakeEnheter(org, actor, p.type))]));
    const items = await ctx.intake.pending([...new Set([...covered.values()].flatMap((s) => [...s]))]);
    return items.filter((i) => covered.get(i.processType)?.has(i.enhetId)).map(({ id, processType, enhetId, receivedAt, data }) => ({ id, processType, enhetId, receivedAt, data }));
  });

  /** One waiting item, or 404 for anyone who may not register it (its existence is not revealed). */
  async function mine(req: Parameters<typeof whoOf>[0], id: string) {
    const { actor, org } = whoOf(req);
    const item = ctx.intake && (await ctx.intake.get(id));
    if (!item || !intakeEnheter(org, actor, item.processType).includes(item.enhetId)) throw notFound();
    return item;
  }

  app.get('/api/inkomna/:id', { schema: { params: PARAMS } }, async (req): Promise<IntakeItemView & { registeredArendeId?: string }> => {
    const item = await mine(req, (req.params as { id: string }).id);
    const { actor, org } = whoOf(req);
    const role = intakeRole(org, actor, item.processType, item.enhetId);
    // Logged under the ärende it becomes, so the loggkontroll of that ärende shows who read it before it was registered.
    await ctx.accessLog.record({
      at: ctx.clock.now(),
      userId: actor.userId,
      ...(role ? { role } : {}),
      kind: 'oppnat',
      arendeId: arendeIdOfIntake(item.id),
      enhetId: item.enhetId,
      detail: 'Inkommet via webbformuläret',
    });
    return { id: item.id, processType: item.processType, enhetId: item.enhetId, receivedAt: item.receivedAt, data: item.data, ...(item.registered ? { registeredArendeId: item.registered.arendeId } : {}) };
  });

  app.post('/api/inkomna/:id/registrera', { schema: { params: PARAMS, body: BODY } }, async (req, reply) => {
    const { actor } = whoOf(req);
    const item = await mine(req, (req.params as { id: string }).id);
    if (item.registered)
      return reply.status(409).send({ ok: false, rejection: { code: 'seq_conflict', message: 'Det här har redan registrerats som ett ärende. Inget nytt ärende skapades.' } } satisfies CommandAnswer);
    if (!UUID.test(item.id)) throw notFound();
    // The ärende's number follows from the item: registering it twice (two chefs at once, a retry) cannot make two ärenden.
    const arendeId = arendeIdOfIntake(item.id);
    const body = req.body as IntakeRegisterRequest;
    // What came in goes into the first event from here, as it was stored; the person's registration sits beside it.
    const received = { id: item.id, receivedAt: item.receivedAt, enhetId: item.enhetId, data: item.data };
    const r = await ctx.engine.report(item.processType as ProcessType, body.enhetId ?? item.enhetId, body.data, actor.userId, { arendeId, received });
    if (!r.ok) return reply.status(statusOf(r.rejection)).send({ ok: false, rejection: r.rejection } satisfies CommandAnswer);
    await ctx.intake!.markRegistered(item.id, arendeId, actor.userId, ctx.clock.now());
    return reply.status(201).send({ ok: true, event: r.event, summary: r.summary } satisfies CommandAnswer);
  });
}
