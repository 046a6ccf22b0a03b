import type { FastifyInstance } from 'fastify';
import { mayRead } from '../../api/access';
import { READING_GRANT_HOURS, outsideReaderRole, readingReasonText } from '../../api/readingOutside';
import { findPersonnummer } from '../../engine/internal';
import { ApiFailure, notFound } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { ArendeParams } from '../../api/wire/arendeSchemas';
import { ReadingGrantAnswer, ReadingReasonBody } from '../../api/wire/accessSchemas';

/**
 * Reading outside one's own units: a SAS or chef standing in for others states why and may read (never
 * act on) that one ärende for a few hours; every read then carries the reason in the access log.
 */
export async function readingRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;

  app.post(
    '/api/arenden/:id/skal',
    {
      schema: {
        summary: 'Ange skäl för att läsa ett ärende utanför de egna enheterna',
        params: ArendeParams,
        body: ReadingReasonBody,
        response: { 200: ReadingGrantAnswer },
      },
    },
    async (req) => {
      const { id } = req.params;
      const { actor, org } = whoOf(req);
      const { skal, text } = req.body;
      if (!outsideReaderRole(actor))
        throw new ApiFailure(
          403,
          'forbidden',
          'Din roll kan inte läsa ärenden utanför dina enheter. Be den som leder enheten eller SAS om hjälp.',
        );
      if (skal === 'annat' && !text?.trim())
        throw new ApiFailure(400, 'invalid_request', 'Skriv vilket skäl du har när du väljer "Annat skäl".');
      if (text && findPersonnummer(text))
        throw new ApiFailure(
          400,
          'invalid_request',
          'Skälet får inte innehålla ett personnummer. Skriv varför du behöver läsa ärendet, inte vem det gäller.',
        );
      const row = (await ctx.engine.summaries({ ids: [id], limit: 1 }))[0];
      if (!row) throw notFound();
      const now = ctx.clock.now();
      const until = new Date(Date.parse(now) + READING_GRANT_HOURS * 3_600_000).toISOString();
      // Within one's own units no reason is needed, and none is recorded.
      if (!mayRead(ctx.engine.registry.catalog.packs.grants, org, actor, row))
        await ctx.readingGrants.grant(actor.userId, id, readingReasonText(skal, text), now, until);
      return { ok: true, until };
    },
  );
}
