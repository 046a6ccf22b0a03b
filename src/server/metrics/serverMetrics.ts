import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { IntegrityReport } from '../../api/contract';
import type { StartCheck } from '../ledger/startupCheck';

/** Where the figures come from; every label is a route pattern or a fixed word, never an id, a name or a text. */
export interface MetricSources {
  /** Subscribes to this instance's commits (the engine's `onCommitted`). */
  onCommitted(listener: () => void): void;
  mailQueue(): Promise<number>;
  openStreams(): number;
  integrity(): Promise<IntegrityReport | undefined>;
  startCheck(): StartCheck | undefined;
}

/** The Prometheus figures of one instance (`/metrics`, `metricsRoute.ts`). */
export interface ServerMetrics {
  readonly registry: Registry;
  /** `KF_METRICS_TOKEN`; without one only the machine itself may read. */
  readonly token: string | undefined;
  /** A state-changing request to a commit route answered after `seconds` (status class `2xx`, `4xx` …). */
  commitAnswered(route: string, status: number, seconds: number): void;
}

// Commit latency from 1 ms to 2.5 s: the targets are p95 ≤ 5 ms (one client) and ≤ 50 ms (32 clients).
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

function integrityGauges(registry: Registry, s: MetricSources): void {
  const latest = async () => s.integrity().catch(() => undefined);
  new Gauge({
    name: 'kf_integrity_ok',
    help: 'Den senaste hela kontrollen av loggen: 1 utan fel, 0 med fel, -1 ingen ännu',
    registers: [registry],
    async collect() {
      const r = await latest();
      this.set(r ? Number(r.ok) : -1);
    },
  });
  new Gauge({
    name: 'kf_integrity_events',
    help: 'Händelser som den senaste hela kontrollen av loggen gick igenom',
    registers: [registry],
    async collect() {
      this.set((await latest())?.events ?? 0);
    },
  });
  new Gauge({
    name: 'kf_integrity_checked_timestamp_seconds',
    help: 'När den senaste hela kontrollen av loggen kördes (Unix-tid)',
    registers: [registry],
    async collect() {
      const r = await latest();
      this.set(r ? Date.parse(r.checkedAt) / 1000 : 0);
    },
  });
  new Gauge({
    name: 'kf_start_check_seconds',
    help: 'Kontrollen vid start: tid i sekunder, per slag (inkrementell efter rent stopp, annars hel)',
    labelNames: ['kind', 'ok'],
    registers: [registry],
    collect() {
      const r = s.startCheck();
      this.reset();
      if (r) this.set({ kind: r.kind, ok: String(r.ok) }, r.ms / 1000);
    },
  });
}

export function serverMetrics(s: MetricSources, token: string | undefined): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const commits = new Counter({ name: 'kf_commits_total', help: 'Commits som denna instans har skrivit', registers: [registry] });
  s.onCommitted(() => commits.inc());
  const latency = new Histogram({
    name: 'kf_commit_request_seconds',
    help: 'Svarstid för begäranden som skriver händelser (rapport, steg, jäv), per vägmönster och statusklass',
    labelNames: ['route', 'status'],
    buckets: BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'kf_mail_jobs_waiting',
    help: 'E-postjobb som väntar på att skickas (kön, alla instanser)',
    registers: [registry],
    async collect() {
      this.set(await s.mailQueue().catch(() => -1));
    },
  });
  new Gauge({
    name: 'kf_sse_streams_open',
    help: 'Öppna direktuppdateringsströmmar (SSE) på denna instans',
    registers: [registry],
    collect() {
      this.set(s.openStreams());
    },
  });
  integrityGauges(registry, s);
  return {
    registry,
    token,
    commitAnswered: (route, status, seconds) => latency.observe({ route, status: `${Math.floor(status / 100)}xx` }, seconds),
  };
}
