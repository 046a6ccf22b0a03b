import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArendeOnClient, Saved } from '../../src/api/Backend';
import type { CommandAnswer } from '../../src/api/contract';
import { httpArenden } from '../../src/adapters/http/httpArenden';
import { httpRegistry } from '../../src/adapters/http/httpRegistry';
import type { LiveListener } from '../../src/server/live/LiveHub';
import { echoGate } from '../../src/ui/case/echoGate';
import { memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { catalog, example, validator } from '../support/world';

afterEach(() => vi.unstubAllGlobals());

/** The browser's HTTP calls for ärenden, as one person, answered by the memory server; every request is counted. */
async function browserOf(s: MemoryServer, userId: string) {
  const headers = await s.as(userId);
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    calls.push(`${init.method} ${path}`);
    const res = await s.app.inject({
      method: init.method as 'GET' | 'POST',
      url: path,
      headers: { ...headers, ...(init.headers as Record<string, string>) },
      ...(init.body ? { payload: init.body as string } : {}),
    });
    return new Response(res.body || null, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
  });
  const definitions = httpRegistry(catalog(), validator);
  await definitions.refreshDefinitions();
  const reads = () => calls.filter((c) => c.startsWith('GET /api/arenden/')).length;
  return { arenden: httpArenden(definitions), reads };
}

/** What the live stream tells one listener who may read everything: the ärende id and its newest seq. */
function listen(s: MemoryServer) {
  const heard: { arendeId: string; seq?: number }[] = [];
  const listener: LiveListener = {
    userId: 'user:sara',
    resolve: async () => ({ may: () => true, until: '9999-12-31T00:00:00.000Z' }),
    // One write may carry several messages (changes that arrived together).
    res: {
      write: (m: string) => heard.push(...[...m.matchAll(/data: (.*)\n/g)].map((d) => JSON.parse(d[1]!) as { arendeId: string })),
    } as never,
  };
  s.ctx.live.add(listener);
  return heard;
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
}

async function lexSarah(s: MemoryServer): Promise<string> {
  const body = { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') };
  return (JSON.parse(await postAs(s, 'user:anna', '/api/arenden', body)) as Extract<CommandAnswer, { ok: true }>).summary.arendeId;
}

const OMEDELBARA = 'omedelbara_atgarder.submit';

describe('a step commit answers with its events, and the browser appends them (issue 24)', () => {
  it('carries the new events as the reader may see them, and the state built by appending equals the ärende read again', async () => {
    const s = await memoryServer();
    const id = await lexSarah(s);
    const erik = await browserOf(s, 'user:erik');
    const shown = (await erik.arenden.arende(id))!;
    const seq = shown.state.events.length;
    const out = await erik.arenden.submit(id, OMEDELBARA, example('lex-sarah-omedelbara-atgarder'), seq);
    expect(out.ok).toBe(true);
    const saved = out as Saved;
    expect(saved.events?.map((e) => [e.seq, e.type])).toEqual([[seq, OMEDELBARA]]);
    expect(saved.options?.length).toBeGreaterThan(0);
    const appended = erik.arenden.advance(shown, saved);
    expect(appended).not.toBeNull();
    const reread = (await erik.arenden.arende(id))!;
    expect(appended!.state.events).toEqual(reread.state.events);
    expect(appended!.state.snapshot.value).toEqual(reread.state.snapshot.value);
    expect(appended!.state.snapshot.context).toEqual(reread.state.snapshot.context);
    expect(appended!.state.status).toBe(reread.state.status);
    expect(appended!.summary).toEqual(reread.summary);
    expect(appended!.options).toEqual(reread.options);
    expect(appended!.jav).toEqual(reread.jav);
  });

  it('does not append events that do not follow on what is shown: the view is read again instead', async () => {
    const s = await memoryServer();
    const id = await lexSarah(s);
    const erik = await browserOf(s, 'user:erik');
    const shown = (await erik.arenden.arende(id))!;
    const out = (await erik.arenden.submit(id, OMEDELBARA, example('lex-sarah-omedelbara-atgarder'), shown.state.events.length)) as Saved;
    const stale: ArendeOnClient = { ...shown, state: { ...shown.state, events: shown.state.events.slice(0, -1) } };
    expect(erik.arenden.advance(stale, out)).toBeNull();
    expect(erik.arenden.advance(shown, { ...out, events: [] })).toBeNull();
  });

  it("reads nothing on the stream's echo of one's own step, and reads another person's step", async () => {
    const s = await memoryServer();
    const id = await lexSarah(s);
    const heard = listen(s);
    const erik = await browserOf(s, 'user:erik');
    let shown: ArendeOnClient = (await erik.arenden.arende(id))!;
    const gate = echoGate(
      () => shown.state.events.length,
      () => void erik.arenden.arende(id).then((a) => (shown = a!)),
    );
    expect(erik.reads()).toBe(1);

    gate.saveStarted();
    const out = (await erik.arenden.submit(id, OMEDELBARA, example('lex-sarah-omedelbara-atgarder'), shown.state.events.length)) as Saved;
    await until(() => heard.length > 0);
    for (const m of heard.splice(0)) gate.heard(m.seq);
    shown = erik.arenden.advance(shown, out)!;
    gate.saveEnded();
    for (const m of heard.splice(0)) gate.heard(m.seq);
    expect(erik.reads()).toBe(1);

    const registrering = { type: 'registrering.submit', data: example('lex-sarah-registrering'), expectedSeq: shown.state.events.length };
    const sara = JSON.parse(await postAs(s, 'user:sara', `/api/arenden/${id}/commands`, registrering)) as CommandAnswer;
    expect(sara.ok).toBe(true);
    await until(() => heard.length > 0);
    for (const m of heard.splice(0)) gate.heard(m.seq);
    await until(() => shown.state.events.length === registrering.expectedSeq + 1);
    expect(erik.reads()).toBe(2);
    expect(shown.state.events.at(-1)?.type).toBe('registrering.submit');
  });
});
