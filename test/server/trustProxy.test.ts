import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { readTrustProxy } from '../../src/server/config';
import { memoryServer } from '../support/memoryServer';
import { example } from '../support/world';

/** Behind a load balancer every request comes from the proxy: the public form's limit must still be per sender. */
describe('the rate limits behind a proxy (KF_TRUST_PROXY)', () => {
  const sendVia = (s: Awaited<ReturnType<typeof memoryServer>>, remoteAddress: string, forwardedFor?: string) =>
    s.app.inject({
      method: 'POST',
      url: '/api/offentlig/synpunkter',
      headers: { [CLIENT_HEADER]: '1', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      payload: { enhetId: 'enhet:larkan', data: example('synpunkter-webb'), idempotencyKey: randomUUID() },
      remoteAddress,
    });

  it('counts each sender apart when the proxy is trusted', async () => {
    const s = await memoryServer('2026-06-01T08:00:00.000Z', { trustProxy: '10.0.0.1' });
    const first: number[] = [];
    for (let i = 0; i < 6; i++) first.push((await sendVia(s, '10.0.0.1', '192.0.2.10')).statusCode);
    expect(first).toEqual([202, 202, 202, 202, 202, 429]);
    // Another person behind the same proxy is not held back by the first.
    expect((await sendVia(s, '10.0.0.1', '192.0.2.11')).statusCode).toBe(202);
  });

  it('ignores a forwarded address from anyone but the trusted proxy, so a sender cannot pick a new one per request', async () => {
    const s = await memoryServer('2026-06-01T08:00:00.000Z', { trustProxy: '10.0.0.1' });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await sendVia(s, '198.51.100.9', `192.0.2.${100 + i}`)).statusCode);
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it("takes a hop count: the nearest proxy's forwarded address is the sender", async () => {
    const s = await memoryServer('2026-06-01T08:00:00.000Z', { trustProxy: 1 });
    for (let i = 0; i < 5; i++) expect((await sendVia(s, '10.0.0.2', '192.0.2.20')).statusCode).toBe(202);
    expect((await sendVia(s, '10.0.0.2', '192.0.2.20')).statusCode).toBe(429);
    expect((await sendVia(s, '10.0.0.2', '192.0.2.21')).statusCode).toBe(202);
  });

  it('is off unless configured, and refuses "trust everyone"', () => {
    expect(readTrustProxy(undefined)).toBe(false);
    expect(readTrustProxy('0')).toBe(false);
    expect(readTrustProxy('1')).toBe(1);
    expect(readTrustProxy(' 10.0.0.0/8,127.0.0.1 ')).toBe('10.0.0.0/8,127.0.0.1');
    expect(() => readTrustProxy('true')).toThrow(/KF_TRUST_PROXY/);
  });
});
