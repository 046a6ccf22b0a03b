/**
 * Click → new view in Chromium (issue 24, item 1): erik saves the first step of a fresh lex Sarah ärende; the time
 * from the click on "Spara och skicka" until the saved view shows, and how often the ärende was read meanwhile.
 */
import { chromium } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/server/http/buildApp';
import type { ServerProcess } from '../support/serverProcess';
import { example } from '../support/world';
import { fillForm } from '../e2e/fillForm';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
type Headers = Record<string, string>;

export interface ClickFigures {
  p50: number;
  p95: number;
  n: number;
  /** GETs of the ärende per click (0: the answer's events were appended, and the stream's echo read nothing). */
  readsPerClick: number;
}

const pct = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function newLexSarah(server: ServerProcess, anna: Headers): Promise<string> {
  const body = { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') };
  const r = await fetch(`${server.url}/api/arenden`, { method: 'POST', headers: anna, body: JSON.stringify(body) });
  if (r.status !== 201) throw new Error(`Rapporten nekades (${r.status}): ${await r.text()}`);
  return ((await r.json()) as { summary: { arendeId: string } }).summary.arendeId;
}

/** `runs` clicks after one to warm up, each on its own new ärende, in one Chromium page signed in as erik. */
export async function clickBench(server: ServerProcess, h: { anna: Headers; erik: Headers }, runs: number): Promise<ClickFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const times: number[] = [];
  let reads = 0;
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: h.erik.cookie!.split('=').slice(1).join('='), url: server.url }]);
    const page = await context.newPage();
    let counting = false;
    page.on('request', (r) => {
      if (counting && r.method() === 'GET' && new URL(r.url()).pathname.startsWith('/api/arenden/')) reads++;
    });
    const data = example('lex-sarah-omedelbara-atgarder');
    for (let i = 0; i < runs + 1; i++) {
      const id = await newLexSarah(server, h.anna);
      // A fresh page each time, so no notice of the last ärende's save is still on screen.
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/arende/${encodeURIComponent(id)}`);
      await page.getByRole('heading', { name: 'Aktuellt steg: Omedelbara åtgärder' }).waitFor({ timeout: 30_000 });
      await fillForm(page, 'lex-sarah-omedelbara-atgarder', data);
      counting = i > 0;
      const t0 = performance.now();
      await page.getByRole('button', { name: 'Spara och skicka' }).click();
      await page.getByText('Sparat: Omedelbara åtgärder.').waitFor({ timeout: 30_000 });
      if (i > 0) times.push(performance.now() - t0);
      // The stream's echo arrives after the answer: give it time to (not) read the ärende before the next page.
      await page.waitForTimeout(150);
      counting = false;
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), n: times.length, readsPerClick: reads / Math.max(1, times.length) };
}
