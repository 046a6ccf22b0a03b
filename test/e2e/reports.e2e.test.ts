import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/engine/internal';
import { expectAccessible, openBrowser, removeProfile, screenshot, signIn, useServer } from './browser';

describe('reports and the kvalitetsberättelse in real Chromium', () => {
  useServer();

  it('shows the year, leads from a figure to its ärenden, exports CSV for Swedish Excel and prints the berättelse', async () => {
    const b = await openBrowser();
    const page = b.page;
    try {
      await signIn(page, 'Sara Nyberg');
      await page.getByRole('link', { name: 'Rapporter' }).click();
      await page.locator('.report-ready').waitFor();
      const year = new Date().getFullYear();
      expect(await page.locator('.report-ready [role="status"]').textContent()).toContain(`${year}:`);
      // Counted by händelsedatum unless the labelled choice says otherwise; the nämnd's lex Sarah line per year.
      expect(await page.getByLabel('Räkna ärendena efter').inputValue()).toBe('handelsedatum');
      expect(await page.locator('.report-ready [role="status"]').textContent()).toContain('med händelsedatum under perioden');
      expect(await page.locator('.namnd-figures li').last().textContent()).toMatch(
        new RegExp(`^${year}: \\d+ rapport(er)?, varav \\d+ anmäld(a)? till IVO$`),
      );
      await expectAccessible(page, 'rapporter');
      await screenshot(page, 'reports');

      // A figure leads to exactly the ärenden behind it.
      const kategori = page.locator('table', { has: page.locator('caption', { hasText: 'Avvikelser per kategori' }) });
      const firstRow = kategori.locator('tbody tr').first();
      const label = (await firstRow.locator('th').textContent())!.trim();
      const count = Number((await firstRow.locator('.figure-link').textContent())!.trim());
      expect(count).toBeGreaterThan(0);

      // CSV of the same table: BOM, semicolons, and the same figures when read back.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ladda ner avvikelser per kategori som CSV' }).click(),
      ]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual(['Kategori', 'Antal', 'Andel (%)']);
      expect(rows.find((r) => r[0] === label)?.[1]).toBe(String(count));

      await firstRow.locator('.figure-link').click();
      await page.getByRole('heading', { name: 'Ärenden bakom en siffra' }).waitFor();
      await expect.poll(() => page.locator('.arende-table tbody tr').count()).toBe(count);
      expect(await page.locator('.notice').textContent()).toContain(label);
      await expectAccessible(page, 'ärenden bakom en siffra');

      // The printable kvalitetsberättelse draft.
      await page.goBack();
      await page.locator('.report-ready').waitFor();
      await page.getByRole('link', { name: `Kvalitetsberättelse ${year} (utskrift)` }).click();
      await page.getByRole('heading', { name: `Kvalitetsberättelse ${year}`, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Lex Sarah-rapporter' }).waitFor();
      expect(await page.locator('.kvalitetsberattelse .namnd-figures li').last().textContent()).toMatch(/varav \d+ anmälda? till IVO$/);
      await page.getByRole('heading', { name: 'Hur kvalitetsarbetet har bedrivits' }).waitFor();
      await page.locator('.kvalitetsberattelse table').first().waitFor();
      await expectAccessible(page, 'kvalitetsberättelse');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'kvalitetsberattelse-print');
      // No personal identifiers in the printed berättelse: the demo users' names do not appear.
      const printed = (await page.locator('main').textContent())!;
      for (const name of ['Anna Berg', 'Erik Holm', 'Sara Nyberg', 'Fredrik']) expect(printed).not.toContain(name);
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
