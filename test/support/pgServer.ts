import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { smtpSink } from './smtpSink';
import type { ReceivedMail } from './smtpSink';

/**
 * The test file's own real server on a fresh PGlite with the demo organisation (no demo ärenden), and a JSON caller;
 * `mail`: it mails through a local SMTP sink (`mails()`), as a one-time code needs.
 */
export function usePgServer(
  prefix: string,
  opts: { mail?: boolean } = {},
): {
  server(): RunningServer;
  call<T>(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: T }>;
  mails(): ReceivedMail[];
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let running: RunningServer | undefined;
  let sink: Awaited<ReturnType<typeof smtpSink>> | undefined;
  beforeAll(async () => {
    if (opts.mail) sink = await smtpSink();
    const mail = sink ? { KF_SMTP_URL: sink.url, KF_MAIL_POLL_SECONDS: '0.05', KF_NOTIFY_SWEEP_SECONDS: '3600' } : {};
    running = await startServer(readConfig({ KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0', ...mail }), {
      logger: false,
    });
  });
  afterAll(async () => {
    await running?.close();
    await sink?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const server = () => {
    if (!running) throw new Error('Testets server har inte startat.');
    return running;
  };
  return {
    server,
    mails: () => sink?.mails ?? [],
    async call<T>(method: string, path: string, headers: Record<string, string>, body?: unknown) {
      // No body, no content type (Fastify refuses an empty JSON body).
      const { 'content-type': _type, ...rest } = headers;
      const res = await fetch(`${server().url}${path}`, {
        method,
        headers: body ? { ...rest, 'content-type': 'application/json' } : rest,
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
  };
}
