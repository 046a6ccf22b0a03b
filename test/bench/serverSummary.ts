/** The server bench's rows of the closing summary table, each figure beside its target and same-run reference. */
import type { ClickFigures } from './clickBench';
import type { ColdFigures } from './coldBench';
import type { StartFigure } from './startupBench';
import type { StreamsFigures } from './streamsBench';
import { addSummaryRow } from './summary';

const fmt = (n: number) => Math.round(n).toLocaleString('sv-SE');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface CommitRow {
  clients: number;
  rate: number;
  p95: number;
  serverCpuMs: number;
  pgCpuMs: number;
}

export interface TargetFigures {
  /** "PostgreSQL" or "PGlite". */
  label: string;
  embedded: boolean;
  /** Bare single-row INSERT transactions per second, per number of writers. */
  ceiling: ReadonlyMap<number, number>;
  /** PostgreSQL's CPU per bare INSERT at 32 writers (not measurable for the embedded one). */
  ceilingPgCpuMs?: number;
  commits: readonly CommitRow[];
  start: { incremental: StartFigure; whole: StartFigure };
  streams: StreamsFigures;
  cold: { alla: ColdFigures; mina: ColdFigures; blank: ColdFigures };
  click: ClickFigures;
}

export function firstJsRow(kb: number): void {
  addSummaryRow({ what: 'Appens första JavaScript (gzip)', now: `${fmt(kb)} kB`, target: '≤ 150 kB', met: kb <= 150 });
}

function commitRows(f: TargetFigures): void {
  const one = f.commits.find((c) => c.clients === 1);
  const many = f.commits.find((c) => c.clients === 32);
  if (one && !f.embedded)
    addSummaryRow({
      what: `Stegcommits över HTTP, 1 klient (${f.label})`,
      now: `${fmt(one.rate)}/s, p95 ${ms(one.p95)}`,
      reference: `enradig INSERT ${fmt(f.ceiling.get(1) ?? 0)} tx/s`,
      target: 'p95 ≤ 5 ms',
      met: one.p95 <= 5,
    });
  if (!many) return;
  if (!f.embedded) {
    addSummaryRow({
      what: `Stegcommits över HTTP, 32 klienter (${f.label})`,
      now: `${fmt(many.rate)}/s, p95 ${ms(many.p95)} (${((100 * many.rate) / (f.ceiling.get(32) ?? 1)).toFixed(0)} % av taket)`,
      reference: `enradig INSERT ${fmt(f.ceiling.get(32) ?? 0)} tx/s`,
      target: '≥ 1 000/s, p95 ≤ 50 ms',
      met: many.rate >= 1000 && many.p95 <= 50,
    });
    addSummaryRow({
      what: `CPU per commit vid 32 klienter (${f.label})`,
      now: `servern ${many.serverCpuMs.toFixed(2)} ms, PostgreSQL ${many.pgCpuMs.toFixed(2)} ms`,
      ...(f.ceilingPgCpuMs !== undefined ? { reference: `en enradig INSERT kostar PostgreSQL ${f.ceilingPgCpuMs.toFixed(2)} ms` } : {}),
      target: 'servern ≤ 0,5 ms, PostgreSQL ≤ 0,5 ms',
      met: many.serverCpuMs <= 0.5 && many.pgCpuMs <= 0.5,
    });
  } else
    addSummaryRow({
      what: `CPU per commit i serverprocessen (${f.label}, 32 klienter)`,
      now: `${many.serverCpuMs.toFixed(2)} ms (${fmt(many.rate)}/s, p95 ${ms(many.p95)})`,
      reference: `enradig INSERT ${fmt(f.ceiling.get(32) ?? 0)} tx/s`,
      target: '≤ 1,5 ms',
      met: many.serverCpuMs <= 1.5,
    });
}

/** Every row one database target gives: commits, CPU, the start check, streams, cold start and the click. */
export function summariseTarget(f: TargetFigures): void {
  commitRows(f);
  const { incremental, whole } = f.start;
  addSummaryRow({
    what: `Kontrollen av loggen vid start efter ett rent stopp (${f.label})`,
    now: `${incremental.kind} kontroll ${incremental.seconds.toFixed(2)} s${incremental.ok ? '' : ' (fel hittade)'}`,
    reference: `hela kontrollen ${whole.seconds.toFixed(1)} s`,
    target: '≤ 2 s',
    met: incremental.seconds <= 2 && incremental.ok,
  });
  addSummaryRow({
    what: `${fmt(f.streams.streams)} öppna strömmar, 32 skribenter: en annans steg syns (${f.label})`,
    now:
      `p95 ${ms(f.streams.p95)}, ${f.streams.rssPerStreamKb.toFixed(1)} kB per ström ` +
      `(${fmt(f.streams.delivered)} av ${fmt(f.streams.expected)} framme)`,
    target: 'p95 ≤ 500 ms',
    met: f.streams.p95 <= 500 && f.streams.delivered === f.streams.expected,
  });
  const alla = median(f.cold.alla.cold);
  const mina = median(f.cold.mina.cold);
  addSummaryRow({
    what: `Chromium, kall start till första raderna, Alla / Mina (${f.label})`,
    now: `${fmt(alla)} / ${fmt(mina)} ms (varm cache ${fmt(median(f.cold.alla.warm))} / ${fmt(median(f.cold.mina.warm))} ms)`,
    reference: `statisk fil i ny profil ${fmt(median(f.cold.blank.cold))} ms`,
    target: '≤ 300 ms',
    met: Math.max(alla, mina) <= 300,
  });
  addSummaryRow({
    what: `Chromium, klick → ny vy (${f.label})`,
    now: `p95 ${ms(f.click.p95)}, ${f.click.readsPerClick.toFixed(1)} läsningar av ärendet per klick`,
    target: 'p95 ≤ 100 ms',
    met: f.click.p95 <= 100,
  });
}
