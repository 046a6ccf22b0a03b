import { describe, expect, it } from 'vitest';
import type { RouteOptions } from 'fastify';
import { memoryServer } from '../support/memoryServer';

/** Fastify's `/:id` as OpenAPI's `/{id}`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe("the API description (OpenAPI 3) for the kommun's integrators", () => {
  it('is served without a session and names every route the server registers, method and path', async () => {
    const routes: RouteOptions[] = [];
    const s = await memoryServer(undefined, { onRoute: (r) => void routes.push(r) });
    const res = await s.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = JSON.parse(res.body) as {
      openapi: string;
      info: { title: string; description: string };
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Kvalitetsflöde API');
    const api = routes.filter((r) => r.url.startsWith('/api/'));
    // HEAD is Fastify's own twin of each GET; everything else must be described.
    const wanted = api.flatMap((r) =>
      [r.method]
        .flat()
        .filter((m) => m !== 'HEAD')
        .map((m) => `${m} ${openApiPath(r.url)}`),
    );
    expect(wanted.length).toBeGreaterThan(40);
    const missing = wanted.filter((w) => {
      const [method, path] = w.split(' ') as [string, string];
      return !doc.paths[path]?.[method.toLowerCase()];
    });
    expect(missing, `Saknas i API-beskrivningen: ${missing.join(', ')}`).toEqual([]);
  });

  it('describes a body with its fields and Swedish summaries, and carries no example data', async () => {
    const s = await memoryServer();
    const doc = JSON.parse((await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as {
      paths: Record<
        string,
        Record<
          string,
          { summary?: string; requestBody?: { content: Record<string, { schema: { required?: string[]; properties?: object } }> } }
        >
      >;
    };
    const report = doc.paths['/api/arenden']!.post!;
    expect(report.summary).toMatch(/rapport/i);
    expect(report.requestBody!.content['application/json']!.schema.required).toEqual(['processType', 'enhetId', 'data']);
    const summaries = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.summary));
    expect(
      summaries.every((t) => typeof t === 'string' && t.length > 0),
      'varje väg har en svensk sammanfattning',
    ).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/user:|enhet:|Anna|Berg|"example"/);
  });
});
