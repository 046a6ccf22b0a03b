import type { FastifyRequest } from 'fastify';
import { may } from '../../api/access';
import { RequestParams } from '../../api/wire/organisationSchemas';
import { RoleRequestsAnswerSchema } from '../../api/wire/organisationAnswers';
import { Ok } from '../../api/wire/primitives';
import { ApiFailure, forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import type { TypedApi } from '../http/typedApi';
import type { OrganisationAdmin } from '../organisation/OrganisationAdmin';
import type { ServerContext } from '../ServerContext';

/** Another administratör or the förvaltningschef: who may see and decide roles waiting for approval (issue 22). */
function approverOf(ctx: ServerContext, req: Pick<FastifyRequest, 'who'>): { by: string; store: OrganisationAdmin } {
  const { actor } = whoOf(req);
  if (!may(actor, 'approveRoles')) throw forbidden('Roller som väntar på godkännande avgörs av en administratör eller förvaltningschefen.');
  if (!ctx.organisation) throw new ApiFailure(501, 'not_available', 'Organisationen kan inte ändras på den här servern.');
  return { by: actor.userId, store: ctx.organisation };
}

/** The waiting roles, and approving or rejecting one: never the one who asked, never for oneself. */
export function roleRequestRoutes(app: TypedApi): void {
  const { ctx } = app;
  app.get(
    '/api/admin/rollbegaran',
    { schema: { summary: 'Roller som väntar på godkännande', response: { 200: RoleRequestsAnswerSchema } } },
    async (req) => ({ requests: await approverOf(ctx, req).store.requests() }),
  );
  for (const [path, approve, summary] of [
    ['godkann', true, 'Godkänn en roll som väntar (en annan administratör eller förvaltningschefen)'],
    ['avsla', false, 'Avslå en roll som väntar'],
  ] as const)
    app.post(`/api/admin/rollbegaran/:id/${path}`, { schema: { summary, params: RequestParams, response: { 200: Ok } } }, async (req) => {
      const { by, store } = approverOf(ctx, req);
      await store.decideRequest(Number(req.params.id), approve, by, ctx.clock.now());
      return { ok: true };
    });
}
