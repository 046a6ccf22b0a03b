import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/http/buildApp';
import { memoryServer } from '../support/memoryServer';

const root = mkdtempSync(join(tmpdir(), 'kf-static-'));
const js = `export const x = ${JSON.stringify('kvalitet '.repeat(400))};\n`;
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/assets/boot-abc123.js"></script>');
writeFileSync(join(root, 'assets', 'boot-abc123.js'), js);
writeFileSync(join(root, 'assets', 'boot-abc123.js.br'), brotliCompressSync(js));
writeFileSync(join(root, 'assets', 'boot-abc123.js.gz'), gzipSync(js));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the built app as the server sends it (cold and warm start)', async () => {
  const { ctx } = await memoryServer();
  const app = await buildApp({ ...ctx, staticRoot: root });

  it('sends a hashed asset as compressed at build time, cached for a year and never asked for again', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const r = await app.inject({ url: '/assets/boot-abc123.js', headers: { 'accept-encoding': accept } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(r.rawPayload.length).toBeLessThan(js.length / 4);
    }
    const plain = await app.inject({ url: '/assets/boot-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
  });

  it('asks for index.html anew each time (it names the assets of the newest build), also as the fallback of an app route', async () => {
    for (const url of ['/', '/index.html', '/okand/sida']) {
      const r = await app.inject({ url });
      expect(r.statusCode).toBe(200);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.body).toContain('/assets/boot-abc123.js');
    }
  });
});
