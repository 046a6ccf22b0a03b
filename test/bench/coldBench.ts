/**
 * Chromium's cold start, measured (figures only): from navigation to the first rows on screen, in a new profile (nothing
 * cached) and with a warm HTTP cache (the same profile, a new tab), plus the app's first JavaScript from the built index.html.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/server/http/buildApp';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The scripts index.html loads before anything runs: its module script and every modulepreload link. */
export function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]+href="\/(assets\/[^"]+\.js)"/g),
  ].map((m) => m[1]!);
}

/** The first JavaScript's size, gzip-compressed (bytes). */
export function initialJsGzip(outDir: string): number {
  return initialScripts(outDir).reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f))).length, 0);
}

export interface ColdFigures {
  /** Milliseconds per run, navigation to the first row. */
  cold: number[];
  warm: number[];
}

async function timedLoad(context: BrowserContext, url: string, rowSelector: string): Promise<number> {
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(url);
  await page.locator(rowSelector).first().waitFor({ timeout: 30_000 });
  const ms = performance.now() - t0;
  await page.close();
  return ms;
}

/**
 * Cold: a new context per run (Chromium's new profile: no HTTP cache, no IndexedDB). Warm: one context whose first load
 * fills the HTTP cache, then a new tab per run. The first cold run only warms the server and is not counted.
 */
export async function coldStart(url: string, cookie: string, hash: string, rowSelector: string, runs: number): Promise<ColdFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const withSession = async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=').slice(1).join('='), url }]);
    return context;
  };
  const out: ColdFigures = { cold: [], warm: [] };
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await withSession();
      const ms = await timedLoad(context, `${url}/${hash}`, rowSelector);
      if (i > 0) out.cold.push(ms);
      await context.close();
    }
    const context = await withSession();
    await timedLoad(context, `${url}/${hash}`, rowSelector);
    for (let i = 0; i < runs; i++) out.warm.push(await timedLoad(context, `${url}/${hash}`, rowSelector));
    await context.close();
  } finally {
    await browser.close();
  }
  return out;
}
