import { describe, expect, it } from 'vitest';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';
import { baseUrl, expectAccessible, openBrowser, openCaseAs, removeProfile, screenshot, useServer } from './browser';

describe('an ärende stalled by jäv, in real Chromium', () => {
  useServer();

  it(
    'shows the stall to the förvaltningschef, who appoints an ersättare with the form; the ersättare then finds the bedömning ' + 'hers',
    async () => {
      const erik = await demoSession(baseUrl(), 'user:erik');
      const created = await fetch(`${baseUrl()}/api/arenden`, {
        method: 'POST',
        headers: erik,
        body: JSON.stringify({
          processType: 'avvikelse',
          enhetId: 'enhet:solgarden',
          data: example('avvikelse-rapport', { handelse: 'Jävtest: chefen rapporterade själv' }),
        }),
      });
      expect(created.status).toBe(201);
      const id = ((await created.json()) as { summary: { arendeId: string } }).summary.arendeId;
      const caseUrl = `${baseUrl()}/#/arende/${encodeURIComponent(id)}`;
      const b = await openBrowser();
      try {
        await openCaseAs(b.page, 'Fredrik Dahl', caseUrl);
        const stall = b.page.locator('.stall');
        await stall.waitFor();
        expect(await stall.textContent()).toMatch(
          new RegExp(
            '^Ärendet har stannat: alla som kan göra "Bedömning" \\(enhetschef\\) är jäviga\\. ' +
              'Förvaltningschefen utser en ersättare senast \\d{4}-\\d{2}-\\d{2}\\.$',
          ),
        );
        const form = b.page.getByRole('region', { name: 'Utse en ersättare (enhetschef)' });
        await form.waitFor();
        await expectAccessible(b.page, 'ett ärende som stannat på jäv');
        await screenshot(b.page, 'stannat-pa-jav');
        await form.getByRole('button', { name: 'Utse ersättare' }).click();
        await form.getByRole('alert').filter({ hasText: 'Ersättare: välj den person som ska utses.' }).waitFor();
        await expectAccessible(b.page, 'formuläret för ersättare med fel');
        await form.getByLabel('Ersättare').selectOption('user:lina');
        await form.getByLabel('Motivering').fill('Erik rapporterade avvikelsen själv.');
        await form.getByRole('button', { name: 'Utse ersättare' }).click();
        await b.page.getByText('Sparat: Lina Ek är utsedd som enhetschef i ärendet.').waitFor();
        await expect.poll(() => stall.count()).toBe(0);

        await openCaseAs(b.page, 'Lina Ek', caseUrl);
        await b.page.getByRole('region', { name: 'Aktuellt steg: Bedömning' }).getByRole('button', { name: 'Spara och skicka' }).waitFor();
        await b.page.getByRole('region', { name: 'Jäv' }).getByRole('button', { name: 'Jag är jävig i ärendet' }).click();
        await b.page.getByLabel('Motivering (varför är du jävig?)').waitFor();
        await expectAccessible(b.page, 'ersättarens ärende med jävsanmälan öppen');
      } finally {
        await b.close();
        removeProfile(b.profile);
      }
    },
  );
});
