import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { mayReadMetrics } from '../../src/server/metrics/metricsRoute';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { createTestDatabase } from '../postgres/testDatabase';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';

const TOKEN = 'drift-hemlighet-123';

/** Issue 24, Build 6: `/metrics` for operations, refused to anyone else in Swedish, with no personal data in it. */
describe('/metrics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-metrics-'));
  let server: RunningServer;
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const env = { DATABASE_URL: db.url, KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0', KF_METRICS_TOKEN: TOKEN };
    server = await startServer(readConfig({ ...env, KF_NOTIFY_SWEEP_SECONDS: '0' }), { logger: false });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const metrics = (authorization?: string) => fetch(`${server.url}/metrics`, authorization ? { headers: { authorization } } : {});
  const value = (text: string, line: RegExp) => Number(line.exec(text)?.[1] ?? NaN);

  it('refuses without the token, or with another, in Swedish – from this machine too, when a token is set', async () => {
    for (const res of [await metrics(), await metrics(`Bearer ${TOKEN}x`), await metrics(TOKEN)]) {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Mätvärdena visas bara för driften');
    }
  });

  it('lists commit latency and count, the e-mail queue, open streams, the last integrity result and the process figures', async () => {
    const res = await metrics(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const name of [
      'kf_commits_total',
      '# TYPE kf_commit_request_seconds histogram',
      'kf_mail_jobs_waiting',
      'kf_sse_streams_open',
      'kf_integrity_ok',
      'kf_integrity_events',
      'kf_integrity_checked_timestamp_seconds',
      '# TYPE kf_start_check_seconds gauge',
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
    ])
      expect(text, name).toContain(name.startsWith('#') ? name : `\n${name}`);
    expect(value(text, /^kf_mail_jobs_waiting (\S+)$/m)).toBe(0);
  });

  it('counts a commit and its answer time, labelled by the route pattern only (no ids, no names)', async () => {
    const before = value(await (await metrics(`Bearer ${TOKEN}`)).text(), /^kf_commits_total (\S+)$/m);
    const anna = await demoSession(server.url, 'user:anna');
    const res = await fetch(`${server.url}/api/arenden`, {
      method: 'POST',
      headers: { ...anna, 'content-type': 'application/json' },
      body: JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') }),
    });
    expect(res.status).toBe(201);
    const { summary } = (await res.json()) as { summary: { arendeId: string } };
    const text = await (await metrics(`Bearer ${TOKEN}`)).text();
    expect(value(text, /^kf_commits_total (\S+)$/m)).toBe(before + 1);
    expect(value(text, /^kf_commit_request_seconds_count\{route="\/api\/arenden",status="2xx"\} (\S+)$/m)).toBe(1);
    expect(text).not.toContain(summary.arendeId);
    expect(text).not.toMatch(/user:|solgarden/);
    // Every label of our own figures is a route pattern or a fixed word.
    const labels = [...text.matchAll(/^kf_\w+\{([^}]*)\}/gm)].flatMap((m) => [...m[1]!.matchAll(/="([^"]*)"/g)].map((v) => v[1]!));
    for (const l of new Set(labels))
      expect(l).toMatch(/^(\/api\/arenden(\/:id\/\w+)?|[2-5]xx|hel|inkrementell|true|false|[\d.e+-]+|\+Inf)$/);
  });

  it('without a token lets only this machine read, and not a request a proxy forwarded', () => {
    const req = (remoteAddress: string, headers: Record<string, string> = {}) =>
      ({ socket: { remoteAddress }, headers }) as unknown as FastifyRequest;
    expect(mayReadMetrics(req('127.0.0.1'), undefined)).toBe(true);
    expect(mayReadMetrics(req('::1'), undefined)).toBe(true);
    expect(mayReadMetrics(req('10.0.0.7'), undefined)).toBe(false);
    expect(mayReadMetrics(req('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), undefined)).toBe(false);
    expect(mayReadMetrics(req('10.0.0.7', { authorization: `Bearer ${TOKEN}` }), TOKEN)).toBe(true);
  });
});
