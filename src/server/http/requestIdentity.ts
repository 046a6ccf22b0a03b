import type { FastifyRequest } from 'fastify';
import type { Actor, Organisation } from '../../engine/index';
import { unauthenticated } from './apiError';

export const SESSION_COOKIE = 'kf_session';
/** State-changing requests must carry this header: a cross-site form cannot set it, so it doubles as CSRF protection. */
export const CLIENT_HEADER = 'x-kvalitetsflode';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, resolved from the session and the organisation at this moment. */
    who?: { actor: Actor; org: Organisation };
  }
}

/** The signed-in person of a request that passed the session hook. */
export function whoOf(req: Pick<FastifyRequest, 'who'>): { actor: Actor; org: Organisation } {
  if (!req.who) throw unauthenticated();
  return req.who;
}
