/**
 * Many people live on one instance (issue 24, Build 4): `streams` open SSE streams (each its own session of a person who
 * may read every ärende) while a write load runs; a probe reports a new ärende every `probeMs` and each stream's arrival of
 * it is timed from the probe's request. Memory per stream is the server's RSS growth over the open streams.
 */
import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { demoSession } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { example } from '../support/world';

type Headers = Record<string, string>;

export interface StreamsFigures {
  streams: number;
  probes: number;
  /** Probe arrivals seen / expected (every stream, every probe). */
  delivered: number;
  expected: number;
  p50: number;
  p95: number;
  rssPerStreamKb: number;
}

export interface StreamsSetup {
  url: string;
  pid: number;
  streams: number;
  /** A fresh session (cookie and client header) of a person who may read the probe's ärenden. */
  session(): Promise<Headers>;
  /** Opens one new ärende as another person; its id. */
  probe(): Promise<string>;
  /** The write load (e.g. 32 writers committing steps). */
  load(): Promise<unknown>;
  probeMs?: number;
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const pct = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

/** One stream: every `arende` message's id and arrival time, until `stop` aborts. */
async function listen(url: string, headers: Headers, seen: Map<string, number[]>, stop: AbortSignal): Promise<() => void> {
  const res = await fetch(`${url}/api/stream`, { headers, signal: stop });
  if (!res.ok || !res.body) throw new Error(`Strömmen öppnades inte (${res.status}).`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const id = /data: \{"arendeId":"([^"]+)"/.exec(buffer.slice(0, end))?.[1];
        if (id) (seen.get(id) ?? seen.set(id, []).get(id)!).push(performance.now());
        buffer = buffer.slice(end + 2);
      }
    }
  };
  void pump();
  return () => void reader.cancel().catch(() => undefined);
}

export async function streamsBench(s: StreamsSetup): Promise<StreamsFigures> {
  const sessions = await Promise.all(Array.from({ length: s.streams }, () => s.session()));
  const rssBefore = rssKb(s.pid);
  const stop = new AbortController();
  // One signal ends every stream: thousands of listeners on it are the point, not a leak.
  setMaxListeners(0, stop.signal);
  const seen = new Map<string, number[]>();
  const closers = [];
  for (let i = 0; i < sessions.length; i += 100)
    closers.push(...(await Promise.all(sessions.slice(i, i + 100).map((h) => listen(s.url, h, seen, stop.signal)))));
  await new Promise((r) => setTimeout(r, 1000));
  const rssPerStreamKb = (rssKb(s.pid) - rssBefore) / s.streams;
  const sent = new Map<string, number>();
  let loading = true;
  const probing = (async () => {
    while (loading) {
      const t0 = performance.now();
      sent.set(await s.probe(), t0);
      await new Promise((r) => setTimeout(r, s.probeMs ?? 250));
    }
  })();
  await s.load();
  loading = false;
  await probing;
  // Give the last probes' messages time to arrive.
  await new Promise((r) => setTimeout(r, 5000));
  stop.abort();
  for (const close of closers) close();
  const delays = [...sent].flatMap(([id, t0]) => (seen.get(id) ?? []).map((t) => t - t0));
  return {
    streams: s.streams,
    probes: sent.size,
    delivered: delays.length,
    expected: sent.size * s.streams,
    p50: pct(delays, 0.5),
    p95: pct(delays, 0.95),
    rssPerStreamKb,
  };
}

/** The SAS (who may read every ärende) on every stream, and Anna's new rapport as the probe. */
export function streamsSetup(server: ServerProcess, anna: Headers, streams: number, load: () => Promise<unknown>): StreamsSetup {
  const body = JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') });
  return {
    url: server.url,
    pid: server.child.pid!,
    streams,
    session: () => demoSession(server.url, 'user:sara'),
    async probe() {
      const res = await fetch(`${server.url}/api/arenden`, { method: 'POST', headers: anna, body });
      return ((await res.json()) as { summary: { arendeId: string } }).summary.arendeId;
    },
    load,
  };
}
