import type { FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { acceptsEncoding } from './acceptEncoding';

const gzipAsync = promisify(gzip);
/** Fast over ratio: a year's report (≈15 MB of JSON) shrinks about tenfold at level 1 too, in a fraction of level 6's time. */
const GZIP_LEVEL = 1;

/** An answer serialised once and sent again as it is: its JSON and, made on first need, its gzip. */
export interface StoredAnswer {
  readonly json: string;
  gzipped(): Promise<Buffer>;
}

export function storedAnswer(json: string): StoredAnswer {
  let zipped: Promise<Buffer> | undefined;
  return {
    json,
    gzipped() {
      if (!zipped) {
        zipped = gzipAsync(json, { level: GZIP_LEVEL });
        zipped.catch(() => (zipped = undefined));
      }
      return zipped;
    },
  };
}

/** Whether `Accept-Encoding` allows gzip (named or `*`, not with q=0). */
export const acceptsGzip = (header: string | string[] | undefined): boolean => acceptsEncoding(header, 'gzip');

/** Sends the stored JSON untouched (no serialiser runs on a string), gzipped when the client accepts it. */
export async function sendStored(req: FastifyRequest, reply: FastifyReply, answer: StoredAnswer): Promise<FastifyReply> {
  reply.header('content-type', 'application/json; charset=utf-8');
  reply.header('vary', 'accept-encoding');
  if (!acceptsGzip(req.headers['accept-encoding'])) return reply.send(answer.json);
  const body = await answer.gzipped();
  reply.header('content-encoding', 'gzip');
  return reply.send(body);
}
