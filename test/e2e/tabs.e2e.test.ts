import { describe, expect, it } from 'vitest';
import { openBrowser, removeProfile, signIn } from './browser';
import { fillForm, formExample } from './fillForm';

describe('two tabs on one ärende', () => {
  it('refreshes the other tab, and explains a conflict when a stale tab saves', async () => {
    const b = await openBrowser();
    try {
      const a = b.page;
      await signIn(a, 'Sara Nyberg');
      await a.getByRole('link', { name: 'Utredning' }).first().click();
      await a.locator('.case-header').waitFor();
      const caseUrl = a.url();

      // Tab B misses the other tab's notices (as a tab in a frozen background state might).
      const stale = await b.context.newPage();
      await stale.addInitScript(() => {
        // @ts-expect-error: replaced for this test only
        window.BroadcastChannel = class {
          postMessage() {}
          addEventListener() {}
          removeEventListener() {}
          close() {}
        };
      });
      await stale.goto(caseUrl);
      await stale.getByRole('button', { name: /^Sara Nyberg/ }).click(); // each tab signs in on its own
      await stale.locator('.case-header').waitFor();
      const entriesBefore = await stale.locator('.history li').count();

      // Tab C hears notices: it refreshes by itself when A saves.
      const live = await b.context.newPage();
      await live.goto(caseUrl);
      await live.getByRole('button', { name: /^Sara Nyberg/ }).click();
      await live.locator('.case-header').waitFor();

      const note = formExample('lex-sarah-utredning-anteckning');
      await a.getByRole('button', { name: 'Lägg till anteckning i utredningen' }).click();
      await fillForm(a, 'lex-sarah-utredning-anteckning', note);
      await a.locator('form button[type="submit"]').last().click();
      await a.getByText('Sparat: Lägg till anteckning i utredningen.').waitFor();
      await expect.poll(() => live.locator('.history li').count(), { timeout: 10_000 }).toBe(entriesBefore + 1);

      // The stale tab saves on old information: refused with an explanation, then shown the new state.
      await stale.getByRole('button', { name: 'Lägg till anteckning i utredningen' }).click();
      await fillForm(stale, 'lex-sarah-utredning-anteckning', note);
      await stale.locator('form button[type="submit"]').last().click();
      await stale.locator('.rejection').waitFor();
      expect(await stale.locator('.rejection').textContent()).toContain('Någon annan (kanske i en annan flik) sparade ett steg i ärendet samtidigt');
      await expect.poll(() => stale.locator('.history li').count(), { timeout: 10_000 }).toBe(entriesBefore + 1);
      // The typed note is still there; saving again now succeeds.
      await stale.locator('form button[type="submit"]').last().click();
      await stale.getByText('Sparat: Lägg till anteckning i utredningen.').waitFor();
      expect(await stale.locator('.history li').count()).toBe(entriesBefore + 2);
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
