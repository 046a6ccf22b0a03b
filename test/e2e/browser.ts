import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser as Chromium, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import type { Clock } from '../../src/engine/internal';
import { tally } from './fillForm';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let running: RunningServer | undefined;

/** A server of its own on a fresh copy of the seeded template (same signing key, so its backups verify on any copy). */
export async function startTemplateServer(
  opts: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<RunningServer & { dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kf-e2e-'));
  cpSync(inject('e2eTemplate'), dir, { recursive: true });
  let server: RunningServer;
  const { env, ...appOpts } = opts;
  try {
    server = await startServer(
      { ...readConfig({ KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0', ...env }), staticRoot: inject('e2eStatic') },
      { logger: false, ...appOpts },
    );
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    ...server,
    async dispose() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts this test file's own server (the real one, on PGlite with a copy of the seeded demo
 * database), so files never see each other's ärenden. Call once at the top of an e2e file.
 */
export function useServer(opts: { env?: () => Promise<Record<string, string>> } = {}): () => RunningServer {
  let started: Awaited<ReturnType<typeof startTemplateServer>> | undefined;
  beforeAll(async () => {
    started = await startTemplateServer(opts.env ? { env: await opts.env() } : {});
    running = started;
  }, 60_000);
  afterAll(async () => {
    await started?.dispose();
    started = undefined;
    running = undefined;
  });
  return () => {
    if (!running) throw new Error('Servern för testet har inte startat.');
    return running;
  };
}

export function baseUrl(): string {
  if (!running) throw new Error('useServer() saknas i testfilen: ingen server är startad.');
  return running.url;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  profile: string;
  close(): Promise<void>;
}

/** A real headless Chromium with a fresh profile (so a fresh IndexedDB), unless a profile dir is given. */
export async function openBrowser(profile = mkdtempSync(join(tmpdir(), 'kf-profil-'))): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium saknas (${CHROMIUM}). Installera med: apt-get install -y chromium`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  return {
    context,
    page,
    profile,
    async close() {
      await context.close();
      expect(problems, 'fel i sidans JavaScript').toEqual([]);
    },
  };
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Opens the app and signs in as a demo person by name (signing out whoever was signed in); `base` picks another server. */
export async function signIn(page: Page, name: string, path = '', base = baseUrl()): Promise<void> {
  await page.goto(`${base}/${path}`);
  const signOut = page.getByRole('button', { name: 'Logga ut', exact: true });
  await page
    .getByRole('heading', { name: /^Logga in$/ })
    .or(signOut)
    .first()
    .waitFor();
  if (await signOut.isVisible()) {
    await signOut.click();
    tally(page);
    await page.getByRole('heading', { name: /^Logga in$/ }).waitFor();
  }
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  tally(page);
  await signOut.waitFor();
}

/**
 * One Chromium for the test file, and each person at a computer of her own: a fresh context (own
 * cookies, own IndexedDB) signed in once. `problems` collects each page's JavaScript errors.
 */
export function usePeople(): { person(name: string): Promise<Page>; visitor(): Promise<Page>; problems: string[] } {
  let chromiumBrowser: Chromium | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    chromiumBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await chromiumBrowser?.close();
  });
  async function context(name: string): Promise<Page> {
    if (!chromiumBrowser) throw new Error('Chromium har inte startat.');
    const ctx = await chromiumBrowser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
    });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
    return page;
  }
  return {
    problems,
    async person(name) {
      const page = await context(name);
      await signIn(page, name);
      return page;
    },
    /** Someone without an account (the public form). */
    visitor: () => context('besökare'),
  };
}

/** Signs in as a demo user and opens an ärende: how each role picks up a case in the flows. */
export async function openCaseAs(page: Page, name: string, caseUrl: string): Promise<void> {
  await signIn(page, name);
  await page.goto(caseUrl);
  await page.locator('.case-header').waitFor();
}

/** axe-core with the WCAG 2.1 A/AA rules: zero violations, or a readable list of what broke. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} – ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe på ${what}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the page's IndexedDB holds a draft containing `text` (drafts are written shortly after typing). */
export async function waitForDraft(page: Page, text: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          (wanted) =>
            new Promise<boolean>((resolve) => {
              const req = indexedDB.open('kvalitetsflode');
              req.onerror = () => resolve(false);
              req.onsuccess = () => {
                const db = req.result;
                if (!db.objectStoreNames.contains('drafts')) return (db.close(), resolve(false));
                const all = db.transaction('drafts').objectStore('drafts').getAll();
                all.onsuccess = () => {
                  db.close();
                  resolve(all.result.some((row: unknown) => JSON.stringify(row).includes(wanted)));
                };
                all.onerror = () => (db.close(), resolve(false));
              };
            }),
          text,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
}
