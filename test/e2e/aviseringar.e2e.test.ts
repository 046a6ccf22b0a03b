import { describe, expect, it } from 'vitest';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';
import { baseUrl, expectAccessible, openBrowser, removeProfile, screenshot, signIn, useServer } from './browser';

describe('Aviseringar in real Chromium', () => {
  useServer();

  it('shows the enhetschef a new lex Sarah rapport with the unread count, marks it read and keeps the e-mail choice', async () => {
    const anna = await demoSession(baseUrl(), 'user:anna');
    const created = await fetch(`${baseUrl()}/api/arenden`, {
      method: 'POST',
      headers: anna,
      body: JSON.stringify({
        processType: 'lex-sarah',
        enhetId: 'enhet:solgarden',
        data: example('lex-sarah-rapport-2', { handelse: 'Aviseringstest: brukaren fick fel dos' }),
      }),
    });
    expect(created.status).toBe(201);
    const b = await openBrowser();
    try {
      await signIn(b.page, 'Erik Holm');
      const link = b.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: /^Aviseringar \d+ olästa$/ });
      await link.waitFor();
      const before = Number(/\d+/.exec((await link.textContent())!)![0]);
      await link.click();
      await b.page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
      const item = b.page.locator('.notification.unread', { hasText: 'Ny uppgift: Omedelbara åtgärder' }).first();
      await item.waitFor();
      expect(await item.textContent()).toMatch(/Oläst/);
      // The list names the step and its deadline, never what happened.
      expect(await b.page.locator('main').textContent()).not.toContain('Aviseringstest');
      await expectAccessible(b.page, 'Aviseringar');
      await screenshot(b.page, 'aviseringar');

      await item.getByRole('button', { name: /^Markera som läst/ }).click();
      await expect
        .poll(async () =>
          (
            await b.page
              .getByRole('navigation', { name: 'Huvudmeny' })
              .getByRole('link', { name: /^Aviseringar/ })
              .textContent()
          )?.trim(),
        )
        .toBe(before - 1 > 0 ? `Aviseringar${before - 1} olästa` : 'Aviseringar');

      await b.page.getByRole('radio', { name: 'En sammanfattning per dag' }).check();
      await b.page.getByText('Sparat: En sammanfattning per dag.').waitFor();
      await expectAccessible(b.page, 'Aviseringar efter valet av e-post');
      await b.page.reload();
      await expect.poll(() => b.page.getByRole('radio', { name: 'En sammanfattning per dag' }).isChecked()).toBe(true);
      await b.page.getByRole('button', { name: 'Markera alla som lästa' }).click();
      await b.page.getByText('Inga olästa aviseringar.').waitFor();
      await expect
        .poll(async () =>
          (
            await b.page
              .getByRole('navigation', { name: 'Huvudmeny' })
              .getByRole('link', { name: /^Aviseringar/ })
              .textContent()
          )?.trim(),
        )
        .toBe('Aviseringar');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
