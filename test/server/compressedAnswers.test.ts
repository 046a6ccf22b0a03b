import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { memoryServer } from '../support/memoryServer';

describe('large JSON answers, compressed for a browser that accepts it', async () => {
  const s = await memoryServer();
  const get = async (url: string, encoding?: string) =>
    s.app.inject({ method: 'GET', url, headers: { ...(await s.as('user:anna')), ...(encoding ? { 'accept-encoding': encoding } : {}) } });

  it('sends the definitions brotli- or gzip-compressed, the same JSON once decoded, and plain to one that accepts neither', async () => {
    const plain = await get('/api/definitions');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    const json = JSON.parse(plain.body) as unknown;

    const br = await get('/api/definitions', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(json);

    const gz = await get('/api/definitions', 'gzip, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(json);

    expect((await get('/api/definitions', 'identity')).headers['content-encoding']).toBeUndefined();
  });

  it('leaves a small answer and a refusal as they are, and compresses nothing for one not signed in', async () => {
    const session = await get('/api/session', 'br');
    expect(session.headers['content-encoding']).toBeUndefined();
    const refused = await s.app.inject({ method: 'GET', url: '/api/definitions', headers: { 'accept-encoding': 'br' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-encoding']).toBeUndefined();
  });
});
