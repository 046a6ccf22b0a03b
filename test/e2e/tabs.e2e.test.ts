import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser, removeProfile, signIn, useServer } from './browser';
import { fillForm, formExample } from './fillForm';

// One server for the file: both describes use its seeded ärenden.
useServer();

describe('two tabs on one ärende', () => {
  it("refreshes the other tab by itself (server-sent events), and explains the server's conflict when a stale tab saves", async () => {
    const b = await openBrowser();
    try {
      const a = b.page;
      await signIn(a, 'Sara Nyberg');
      await a.getByRole('link', { name: 'Utredning' }).first().click();
      await a.locator('.case-header').waitFor();
      const caseUrl = a.url();

      // Tab B hears nothing from the server (as a tab whose stream was cut, or a frozen background tab).
      const stale = await b.context.newPage();
      await stale.addInitScript(() => {
        // @ts-expect-error: replaced for this test only
        window.EventSource = class {
          addEventListener() {}
          removeEventListener() {}
          close() {}
        };
      });
      await stale.goto(caseUrl); // the session is the browser's: every tab is signed in
      await stale.locator('.case-header').waitFor();
      const entriesBefore = await stale.locator('.history li').count();

      // Tab C listens: it refreshes by itself when A saves.
      const live = await b.context.newPage();
      await live.goto(caseUrl);
      await live.locator('.case-header').waitFor();
      expect(await live.locator('.history li').count()).toBe(entriesBefore);

      const note = formExample('lex-sarah-utredning-anteckning');
      await a.getByRole('button', { name: 'Lägg till anteckning i utredningen' }).click();
      await fillForm(a, 'lex-sarah-utredning-anteckning', note);
      await a.locator('form button[type="submit"]').last().click();
      await a.getByText('Sparat: Lägg till anteckning i utredningen.').waitFor();
      await expect.poll(() => live.locator('.history li').count(), { timeout: 10_000 }).toBe(entriesBefore + 1);
      expect(await stale.locator('.history li').count()).toBe(entriesBefore);

      // The stale tab saves on old information: the server refuses (409) with an explanation, and the tab shows the new state.
      await stale.getByRole('button', { name: 'Lägg till anteckning i utredningen' }).click();
      await fillForm(stale, 'lex-sarah-utredning-anteckning', note);
      const typed = await stale.locator('form textarea').first().inputValue();
      await stale.locator('form button[type="submit"]').last().click();
      await stale.locator('.rejection').waitFor();
      expect(await stale.locator('.rejection').textContent()).toContain('Ärendet har ändrats sedan du öppnade det');
      expect(await stale.locator('.rejection').textContent()).toContain('Ditt steg sparades inte.');
      await expect.poll(() => stale.locator('.history li').count(), { timeout: 10_000 }).toBe(entriesBefore + 1);
      // The typed note is still there; saving again now succeeds.
      expect(await stale.locator('form textarea').first().inputValue()).toBe(typed);
      await stale.locator('form button[type="submit"]').last().click();
      await stale.getByText('Sparat: Lägg till anteckning i utredningen.').waitFor();
      // The confirmation can show a moment before the refreshed history renders.
      await expect.poll(() => stale.locator('.history li').count(), { timeout: 10_000 }).toBe(entriesBefore + 2);
      // And the listening tab follows again.
      await expect.poll(() => live.locator('.history li').count(), { timeout: 10_000 }).toBe(entriesBefore + 2);
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});

describe('a schema upgrade from another tab', () => {
  it('saves half-typed input before closing, asks for a reload, and loses nothing', async () => {
    const b = await openBrowser();
    try {
      const a = b.page;
      await signIn(a, 'Erik Holm');
      await a.getByRole('link', { name: 'Omedelbara åtgärder' }).first().click();
      await a.locator('[id^="f-lex-sarah-omedelbara-atgarder_"]').first().waitFor();
      const caseUrl = a.url();
      const other = await b.context.newPage();
      await other.goto(`${baseUrl()}/`);
      await a.getByLabel(/^Nej/).first().check();
      const text = 'Påbörjad motivering som inte hunnit sparas när uppgraderingen kom.';
      await a.getByLabel(/Motivering/).fill(text);

      // A newer app version opens the database with a higher version, before the draft's delayed save.
      const upgraded = await other.evaluate(`(async () => {
        const [info] = (await indexedDB.databases()).filter((d) => d.name === 'kvalitetsflode');
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open('kvalitetsflode', info.version + 1);
          req.onupgradeneeded = () => req.result.createObjectStore('framtid');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const version = db.version;
        db.close();
        return version;
      })()`);
      expect(upgraded).toBeGreaterThan(40);
      await a.getByRole('heading', { name: 'Kvalitetsflöde har uppdaterats' }).waitFor();
      await expectAccessible(a, 'uppdaterad databas');
      await other.close();

      // After the reload the app opens the upgraded database and the half-typed answer is back.
      await a.getByRole('button', { name: 'Ladda om' }).click();
      await a.goto(caseUrl);
      // The session is the server's: the reload keeps Erik signed in.
      await a.getByRole('button', { name: 'Logga ut', exact: true }).waitFor();
      await expect.poll(() => a.getByLabel(/Motivering/).inputValue(), { timeout: 10_000 }).toBe(text);
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
