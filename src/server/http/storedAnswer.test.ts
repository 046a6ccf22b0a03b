import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, storedAnswer } from './storedAnswer';

describe('an answer kept serialised', () => {
  it('reads Accept-Encoding as HTTP does: gzip named or under *, never with q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.3')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0.1')).toBe(true);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip(['br', 'gzip'])).toBe(true);
  });

  it('gzips its JSON once, to the same text', async () => {
    const answer = storedAnswer(JSON.stringify({ rapport: 'å'.repeat(1000) }));
    const first = await answer.gzipped();
    expect(await answer.gzipped()).toBe(first);
    expect(gunzipSync(first).toString('utf8')).toBe(answer.json);
  });
});
