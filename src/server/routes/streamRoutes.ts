import type { FastifyInstance } from 'fastify';
import { mayRead } from '../../api/access';
import type { LiveAccess } from '../live/LiveHub';
import { SESSION_COOKIE, whoOf } from '../http/requestIdentity';

/** Server-Sent Events: "ärende X changed", to each browser that may read X, for as long as its session lasts. */
export async function streamRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  app.get('/api/stream', { schema: { summary: 'Ändrade ärenden som Server-Sent Events' } }, async (req, reply) => {
    const { actor } = whoOf(req);
    const token = req.cookies[SESSION_COOKIE]!;
    // Session and roles resolved again for every message: one SELECT, not touching the idle time, and the directory's person.
    let pending: Promise<LiveAccess> | undefined;
    const resolve = async (): Promise<LiveAccess> => {
      const session = await ctx.sessions.lookup(token, ctx.clock.now(), { touch: false });
      if (session?.userId !== actor.userId) return undefined;
      const who = await ctx.engine.principal(session.userId);
      if ('code' in who) return undefined;
      return (row) => mayRead(ctx.engine.registry.catalog.packs.grants, who.org, who.actor, row);
    };
    // Messages arriving together share one resolution.
    const access = () => (pending ??= resolve().finally(() => (pending = undefined)));
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    const remove = ctx.live.add({ userId: actor.userId, access, res });
    req.raw.on('close', remove);
  });
}
