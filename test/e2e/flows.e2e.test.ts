import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser, removeProfile, signIn } from './browser';

describe('flows in real Chromium', () => {
  it('completes a step form with the keyboard only', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, 'Erik Holm');
      const link = b.page.getByRole('link', { name: 'Omedelbara åtgärder' }).first();
      const target = await link.getAttribute('href');
      await b.page.goto(`${baseUrl()}/${target}`);
      await b.page.getByRole('heading', { name: 'Aktuellt steg: Omedelbara åtgärder' }).waitFor();
      await b.page.locator('[id^="f-lex-sarah-omedelbara-atgarder_"]').first().waitFor(); // the form loads lazily
      // Tab until the first answer of the form has focus.
      for (let i = 0; i < 60; i++) {
        await b.page.keyboard.press('Tab');
        if (await b.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break;
      }
      expect(await b.page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
      await b.page.keyboard.press('ArrowDown'); // "Nej – inga åtgärder behövs"
      await b.page.getByLabel(/Motivering/).waitFor();
      await b.page.keyboard.press('Tab');
      expect(await b.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await b.page.keyboard.type('Den enskilde var inte i fara; rutinen följdes och anhöriga informerades samma dag.');
      await b.page.keyboard.press('Tab');
      expect(await b.page.evaluate(() => document.activeElement?.textContent)).toBe('Spara och skicka');
      await b.page.keyboard.press('Enter');
      await b.page.getByText('Sparat: Omedelbara åtgärder.').waitFor();
      expect(await b.page.locator('.stepper [aria-current="step"]').first().textContent()).toContain('Registrering');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('keeps a half-filled report across a reload, and refuses an empty one in Swedish', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, 'Anna Berg');
      await b.page.getByRole('link', { name: 'Ny rapport' }).click();
      await b.page.getByLabel(/^Avvikelse/).check();
      await b.page.getByLabel('Enhet där det hände').selectOption({ label: 'Solgårdens särskilda boende' });
      await b.page.getByRole('button', { name: 'Skicka rapporten' }).click();
      await b.page.locator('.error-summary').waitFor();
      expect(await b.page.locator('.error-summary').textContent()).toMatch(/måste fyllas i/);
      expect(await b.page.locator('.error-summary').textContent()).not.toMatch(/must|should/);
      await expectAccessible(b.page, 'formulär med fel');
      const what = b.page.getByLabel(/Vad hände/);
      await what.fill('Brukaren föll vid förflyttning från rullstol till säng.');
      await b.page.waitForTimeout(800); // the draft is saved shortly after typing
      await b.page.reload();
      await expect.poll(() => b.page.getByLabel(/Vad hände/).inputValue(), { timeout: 10_000 }).toBe('Brukaren föll vid förflyttning från rullstol till säng.');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('refuses the rapportör who tries to assess his own report (jäv), and says why', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, 'Erik Holm');
      await b.page.locator('.task', { hasText: 'Hemtjänst Norr' }).getByRole('link', { name: 'Bedömning' }).click();
      await b.page.getByRole('heading', { name: 'Aktuellt steg: Bedömning' }).waitFor();
      expect(await b.page.locator('.why-not').textContent()).toContain('Du är rapportör eller inblandad i händelsen och får därför inte utreda eller besluta (jäv).');
      expect(await b.page.getByRole('button', { name: 'Spara och skicka' }).count()).toBe(0);
      await expectAccessible(b.page, 'nekat steg');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('exports a backup and restores everything into a fresh profile', async () => {
    const a = await openBrowser();
    let file = '';
    let count = 0;
    try {
      await signIn(a.page, 'Sara Nyberg');
      await a.page.getByRole('link', { name: 'Alla ärenden' }).click();
      await a.page.locator('.arende-table tbody tr').first().waitFor();
      count = await a.page.locator('.arende-table tbody tr').count();
      await a.page.getByRole('link', { name: 'Säkerhetskopia' }).click();
      const download = a.page.waitForEvent('download');
      await a.page.getByRole('button', { name: 'Exportera säkerhetskopia' }).click();
      file = join(a.profile, 'backup.json');
      await (await download).saveAs(file);
      await a.page.getByText(/Säkerhetskopian är skapad/).waitFor();
    } finally {
      await a.close();
    }
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] };
    expect(backup.events.length).toBeGreaterThan(50);

    const fresh = await openBrowser();
    try {
      await fresh.page.goto(baseUrl());
      await fresh.page.getByRole('heading', { name: 'Välkommen till Kvalitetsflöde' }).waitFor();
      await fresh.page.getByLabel('Välj säkerhetskopia (JSON)').setInputFiles(file);
      await fresh.page.getByRole('heading', { name: /Logga in som/ }).waitFor({ timeout: 30_000 });
      await fresh.page.getByRole('button', { name: /^Sara Nyberg/ }).click();
      await fresh.page.getByRole('link', { name: 'Alla ärenden' }).click();
      await fresh.page.locator('.arende-table tbody tr').first().waitFor();
      expect(await fresh.page.locator('.arende-table tbody tr').count()).toBe(count);
    } finally {
      await fresh.close();
      removeProfile(fresh.profile);
      removeProfile(a.profile);
    }
  });
});
