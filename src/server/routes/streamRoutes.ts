import type { FastifyInstance } from 'fastify';
import { mayRead } from '../../api/access';
import type { LiveGrant } from '../live/LiveHub';
import { SESSION_COOKIE, whoOf } from '../http/requestIdentity';

/** Server-Sent Events: "ärende X changed", to each browser that may read X, for as long as its session lasts. */
export async function streamRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  app.get('/api/stream', { schema: { summary: 'Ändrade ärenden som Server-Sent Events' } }, async (req, reply) => {
    const { actor } = whoOf(req);
    const token = req.cookies[SESSION_COOKIE]!;
    // Session and roles, resolved when the stream opens and again only when they may have changed (the hub knows when):
    // one SELECT that does not touch the idle time, and the directory's person. The answer holds until the session's end
    // or the next dated change of her roles, whichever comes first.
    const resolve = async (): Promise<LiveGrant | undefined> => {
      const now = ctx.clock.now();
      const session = await ctx.sessions.lookup(token, now, { touch: false });
      if (session?.userId !== actor.userId) return undefined;
      const [who, rolesChange] = await Promise.all([
        ctx.engine.principal(session.userId),
        ctx.directory.rolesChangeAfter?.(session.userId, now),
      ]);
      if ('code' in who) return undefined;
      const { grants } = ctx.engine.registry.catalog.packs;
      const until = rolesChange !== undefined && rolesChange < session.until ? rolesChange : session.until;
      return { may: (row) => mayRead(grants, who.org, who.actor, row), until };
    };
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    const remove = ctx.live.add({ userId: actor.userId, resolve, res });
    req.raw.on('close', remove);
  });
}
