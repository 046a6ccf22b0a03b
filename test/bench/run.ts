/**
 * `npm run bench`: prints figures, never asserts. Reference (bpmn-engine) is measured in the same run.
 * KF_BENCH_SCALE=0.1 for a quick look; KF_BENCH_ONLY=server (or =editor) runs one part, KF_BENCH_SERVER=nej skips it.
 */
import { cpus } from 'node:os';
import { runBpmnInstance } from './bpmnBaseline';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import type { Hasher } from '../../src/engine/internal';
import { benchEngine, LEX_SARAH_SIX, replayAll, runSteps } from './engineBench';
import { reportsBench } from './reportsBench';
import { serverBench } from './serverBench';
import { verifierBench } from './verifierBench';
import { addSummaryRow, printSummary } from './summary';

const scale = Number(process.env.KF_BENCH_SCALE ?? 1);
const fmt = (n: number) => Math.round(n).toLocaleString('sv-SE');

async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - start) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  console.log(`Kvalitetsflöde – benchmark (Node ${process.version}, skala ${scale})\n`);
  if (process.env.KF_BENCH_ONLY === 'server') {
    await serverBench(scale);
    return printSummary(`Sammanfattning, servern (skala ${scale}; Node ${process.version}, ${cpus().length} kärnor)`);
  }
  if (process.env.KF_BENCH_ONLY === 'editor') {
    const v = verifierBench();
    return console.log(
      `(d) Verifiering: ${v.states} tillstånd, ${v.transitions} övergångar: hela ${v.fullMs.toFixed(1)} ms, efter en ` +
        `textändring ${v.editMs.toFixed(1)} ms, efter en strukturändring ${v.structuralMs.toFixed(1)} ms (mål: under 50 ms)`,
    );
  }

  // SHA-256 is a port: Node's OpenSSL on a server, pure-JS noble in the browser. Both are measured.
  const hashers: [string, Hasher][] = [
    ['node:crypto (server)', nodeHasher],
    ['@noble/hashes (webbläsare)', nobleHasher],
  ];
  const rounds = 5;
  const engineRates = new Map<string, number>();
  for (const [name, hasher] of hashers) {
    const rates: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const { engine } = await benchEngine(`a${r}`, hasher);
      await runSteps(engine, 50, LEX_SARAH_SIX); // warm-up
      const { value: steps, seconds } = await timed(() => runSteps(engine, Math.max(1, Math.round(2000 * scale)), LEX_SARAH_SIX));
      rates.push(steps / seconds);
    }
    engineRates.set(name, median(rates));
  }

  // (b) the same six steps in BPMN, executed by bpmn-engine.
  const bpmnRates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < 10; i++) await runBpmnInstance(`warm${i}`);
    const n = Math.max(1, Math.round(150 * scale));
    const { value: steps, seconds } = await timed(async () => {
      let s = 0;
      for (let i = 0; i < n; i++) s += await runBpmnInstance(`bpmn${r}-${i}`);
      return s;
    });
    bpmnRates.push(steps / seconds);
  }
  const b = median(bpmnRates);

  console.log('(a) Motorsteg per sekund, lex Sarah sex steg (rapport → beslut), via motorns tjänst-API:');
  console.log('    schemavalidering, roll- och enhetskontroll, jäv och villkor, hashkedja och skrivning till minneslagret ingår.');
  for (const [name, rate] of engineRates) console.log(`    SHA-256 med ${name}: ${fmt(rate)} steg/s (median av ${rounds} omgångar)`);
  console.log(`(b) Samma sex steg som BPMN-användaruppgifter i npm-paketet bpmn-engine: ${fmt(b)} steg/s`);
  for (const [name, rate] of engineRates) console.log(`    Kvot (a)/(b) med ${name}: ${(rate / b).toFixed(0)}× (mål: minst 100×)`);
  console.log('');
  const serverRate = engineRates.get(hashers[0]![0])!;
  addSummaryRow({
    what: 'Motorsteg, lex Sarah (node:crypto)',
    now: `${fmt(serverRate)} steg/s = ${(serverRate / b).toFixed(0)}× bpmn-engine`,
    reference: `bpmn-engine ${fmt(b)} steg/s`,
    target: '≥ 100×',
    met: serverRate / b >= 100,
  });

  // (c) replay 10,000 ärenden × 6 events with hash verification.
  for (const [name, hasher] of hashers) {
    const { engine, store } = await benchEngine('c', hasher);
    const arenden = Math.max(1, Math.round(10_000 * scale));
    await runSteps(engine, arenden, LEX_SARAH_SIX, 5);
    const events = await store.allEvents();
    replayAll(engine, events.slice(0, 6000), hasher); // warm-up
    const rates: number[] = [];
    for (let r = 0; r < 3; r++) {
      const { value: n, seconds } = await timed(() => replayAll(engine, events, hasher));
      rates.push(n / seconds);
    }
    console.log(
      `(c) Återuppspelning av ${fmt(arenden)} ärenden (${fmt(events.length)} händelser) genom XState med kontroll av hashkedjan,`,
    );
    console.log(`    SHA-256 med ${name}: ${fmt(median(rates))} händelser/s (mål: minst 120 000)`);
    if (hasher !== nodeHasher) continue;
    const bare: number[] = [];
    for (let r = 0; r < 3; r++) {
      const { value: n, seconds } = await timed(() => replayAll(engine, events, null));
      bare.push(n / seconds);
    }
    console.log(`    Referens: samma återuppspelning utan kontroll av kedjan (XState-aktören ensam) ${fmt(median(bare))} händelser/s`);
    addSummaryRow({
      what: 'Återuppspelning med kontroll av hashkedjan (node:crypto)',
      now: `${fmt(median(rates))} händelser/s`,
      reference: `XState-aktören ensam ${fmt(median(bare))} händelser/s`,
      target: '≥ 120 000 händelser/s',
      met: median(rates) >= 120_000,
    });
  }

  // (d) the editor's live check: a large definition verified whole, and again after one edit.
  const v = verifierBench();
  console.log('');
  console.log(
    `(d) Processeditorn: verifiering av en definition med ${v.states} tillstånd och ${v.transitions} övergångar (${v.explored} ` +
      `utforskade lägen):`,
  );
  console.log(`    hela kontrollen ${v.fullMs.toFixed(1)} ms; ny kontroll efter en ändring av en text ${v.editMs.toFixed(1)} ms,`);
  console.log(
    `    efter en ändring av strukturen (ny roll för ett steg) ${v.structuralMs.toFixed(1)} ms (medianer av 5; mål: under 50 ms)`,
  );

  const rb = reportsBench(Math.max(100, Math.round(100_000 * scale)));
  console.log(`(e) Rapporter i Node (samma kod som i webbläsaren): ${fmt(rb.arenden)} ärenden, ${fmt(rb.events)} händelser –`);
  console.log(`    vika ihop till fakta ${fmt(rb.collectMs)} ms, aggregera året ${fmt(rb.aggregateMs)} ms`);

  if (process.env.KF_BENCH_SERVER !== 'nej') await serverBench(scale);
  printSummary(`Sammanfattning (skala ${scale}; Node ${process.version}, ${cpus().length} kärnor)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
