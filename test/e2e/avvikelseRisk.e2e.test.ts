import { describe, expect, it } from 'vitest';
import { openBrowser, openCaseAs, removeProfile, signIn, useServer } from './browser';
import { formExample, report, submitStep } from './fillForm';

describe('avvikelse and riskanalys in real Chromium', () => {
  useServer();

  it('escalates an avvikelse to a linked lex Sarah ärende', async () => {
    const b = await openBrowser();
    const { page } = b;
    try {
      await signIn(page, 'Anna Berg');
      const url = await report(page, /^Avvikelse/, 'Solgårdens särskilda boende', 'avvikelse-rapport', formExample('avvikelse-rapport'));
      await openCaseAs(page, 'Erik Holm', url);
      await submitStep(page, 'Bedömning', 'avvikelse-bedomning', formExample('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 3, vag: 'lex_sarah' }));
      await submitStep(page, 'Eskalera till lex Sarah', 'avvikelse-eskalering', formExample('avvikelse-eskalering'));
      const link = page.getByRole('link', { name: /Eskalerat till lex Sarah-ärende/ });
      await link.waitFor();
      await link.click();
      await page.getByText(/Eskalerat från avvikelse/).waitFor();
      expect(await page.locator('.case-header .eyebrow').textContent()).toContain('Lex Sarah');
      // The lex Sarah rapport starts from the facts copied from the avvikelse.
      await page.getByRole('heading', { name: 'Aktuellt steg: Rapport' }).waitFor();
      expect(await page.locator('[id="f-lex-sarah-rapport_rapportor_namn"]').inputValue()).toBe('Anna Berg');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('has a riskanalys approved by the verksamhetschef before the start date', async () => {
    const b = await openBrowser();
    const { page } = b;
    try {
      await signIn(page, 'Erik Holm');
      const start = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
      const url = await report(page, /^Riskanalys/, 'Hemtjänst Norr', 'riskanalys-beskrivning', formExample('riskanalys-beskrivning', { planeradStart: start }));
      await submitStep(page, 'Deltagare', 'riskanalys-deltagare', formExample('riskanalys-deltagare'));
      await submitStep(page, 'Identifiera risker', 'riskanalys-identifiera', formExample('riskanalys-identifiera'));
      await submitStep(page, 'Värdera risker', 'riskanalys-vardera', formExample('riskanalys-vardera'));
      await submitStep(page, 'Åtgärder och handlingsplan', 'riskanalys-handlingsplan', formExample('riskanalys-handlingsplan'));
      await openCaseAs(page, 'Vera Sund', url);
      await submitStep(page, 'Godkännande', 'riskanalys-godkannande', formExample('riskanalys-godkannande'));
      expect(await page.locator('.stepper [aria-current="step"]').textContent()).toContain('Uppföljning');
      await page.getByRole('link', { name: 'Riskanalys (utskrift)' }).click();
      await page.getByRole('heading', { name: 'Riskmatris' }).waitFor();
      // Risk 1 has sannolikhet 3 and konsekvens 4: row "3", column "4", in the highest colour band.
      const cell = page.locator('.risk-matrix tbody tr').nth(1).locator('td').nth(3);
      expect(await cell.getAttribute('class')).toBe('risk-mycket-hog');
      expect((await cell.textContent())?.endsWith(': 1')).toBe(true);
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
