import type { FastifyInstance } from 'fastify';
import { mayRead } from '../../api/access';
import { whoOf } from '../http/requestIdentity';

/** Server-Sent Events: "ärende X changed", to each browser that may read X. */
export async function streamRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/stream', { schema: { summary: 'Ändrade ärenden som Server-Sent Events' } }, async (req, reply) => {
    const { actor, org } = whoOf(req);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    const remove = app.ctx.live.add({
      userId: actor.userId,
      mayHear: (row) => mayRead(app.ctx.engine.registry.catalog.packs.grants, org, actor, row),
      res,
    });
    req.raw.on('close', remove);
  });
}
