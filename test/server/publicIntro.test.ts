import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { synpunkter } from '../../src/processes/synpunkter/pack';
import { memoryServer } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';

/** Issue 27, item 4: the public form's "i regel inom två veckor" follows the förvaltning's own deadline once it words it. */
describe("the public form's introduction, worded by the process owner", () => {
  let s: MemoryServer;
  const intro = async () =>
    (JSON.parse((await s.app.inject({ method: 'GET', url: '/api/offentlig/synpunkter' })).body) as { intro?: string }).intro;
  const publish = async (userId: string, draft: unknown) =>
    s.app.inject({
      method: 'POST',
      url: '/api/definitions/publish',
      headers: { ...(await s.as(userId)), [CLIENT_HEADER]: '1' },
      payload: { draft, note: 'Återkoppling inom tio dagar.' },
    });

  beforeAll(async () => {
    s = await memoryServer('2026-06-01T08:00:00.000Z');
  });

  it("gives the product's text until a published version words its own, then that one to everyone without an account", async () => {
    expect(await intro()).toBeUndefined();
    expect(synpunkter.publicIntake.intro).toContain('i regel inom två veckor');
    const latest = s.engine.registry.latest('synpunkter')!.definition;
    const own = 'Om du vill ha svar hör vi av oss inom tio dagar.';
    const res = await publish('user:petra', { ...structuredClone(latest), publicIntro: own });
    expect(res.statusCode, res.body).toBe(200);
    expect(await intro()).toBe(own);
  });

  it('refuses an empty or overlong text in Swedish, and anyone but the process owner', async () => {
    const latest = s.engine.registry.latest('synpunkter')!.definition;
    const empty = await publish('user:petra', { ...structuredClone(latest), publicIntro: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toMatch(/webbformulärets inledning/);
    const long = await publish('user:petra', { ...structuredClone(latest), publicIntro: 'x'.repeat(2001) });
    expect(long.statusCode).toBe(422);
    const admin = await publish('user:adam', { ...structuredClone(latest), publicIntro: 'Vi svarar aldrig.' });
    expect(admin.statusCode).toBe(403);
    expect(await intro()).toBe('Om du vill ha svar hör vi av oss inom tio dagar.');
  });
});
