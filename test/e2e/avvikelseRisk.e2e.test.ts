import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser, openCaseAs, removeProfile, signIn, useServer } from './browser';
import { fillForm, formExample, report, submitStep } from './fillForm';

describe('avvikelse and riskanalys in real Chromium', () => {
  const server = useServer();

  it('escalates an avvikelse to a linked lex Sarah ärende', async () => {
    const b = await openBrowser();
    const { page } = b;
    try {
      await signIn(page, 'Anna Berg');
      const url = await report(
        page,
        /^Avvikelse/,
        'Solgårdens särskilda boende',
        'avvikelse-rapport-2',
        formExample('avvikelse-rapport-2'),
      );
      await openCaseAs(page, 'Erik Holm', url);
      await submitStep(
        page,
        'Bedömning',
        'avvikelse-bedomning',
        formExample('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 3, vag: 'lex_sarah' }),
      );
      await submitStep(page, 'Eskalera till lex Sarah', 'avvikelse-eskalering', formExample('avvikelse-eskalering'));
      const link = page.getByRole('link', { name: /Eskalerat till lex Sarah-ärende/ });
      await link.waitFor();
      await link.click();
      await page.getByText(/Eskalerat från avvikelse/).waitFor();
      expect(await page.locator('.case-header .eyebrow').textContent()).toContain('Lex Sarah');
      // The lex Sarah rapport starts from the facts copied from the avvikelse.
      await page.getByRole('heading', { name: 'Aktuellt steg: Rapport' }).waitFor();
      expect(await page.locator('[id="f-lex-sarah-rapport-2_rapportor_namn"]').inputValue()).toBe('Anna Berg');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('hands a läkemedel avvikelse to the MAS, who judges it under lex Maria and records the anmälan (issue 11, item 8)', async () => {
    const b = await openBrowser();
    const { page } = b;
    try {
      await signIn(page, 'Anna Berg');
      const url = await report(
        page,
        /^Avvikelse/,
        'Solgårdens särskilda boende',
        'avvikelse-rapport-2',
        formExample('avvikelse-rapport-2', { lagrum: 'hsl', kategori: 'lakemedel' }),
      );
      await openCaseAs(page, 'Erik Holm', url);
      await submitStep(page, 'Bedömning', 'avvikelse-bedomning', formExample('avvikelse-bedomning', { vag: 'mas' }));
      const overlamning = formExample('avvikelse-overlamning-mas');
      await submitStep(page, 'Överlämna till MAS', 'avvikelse-overlamning-mas', overlamning);
      // The avvikelse goes on with the enhet's own analysis, linked to the MAS's bedömning.
      await page.getByRole('heading', { name: 'Aktuellt steg: Analys' }).waitFor();
      const link = page.getByRole('link', { name: /Överlämnat till MAS, lex Maria-bedömning/ });
      await link.waitFor();
      const lexMariaUrl = new URL((await link.getAttribute('href'))!, page.url()).toString();

      // The MAS finds it among her tasks, with the avvikelse's facts already in the form.
      await signIn(page, 'Karin Sjöberg');
      const task = page.locator('.task-list a', { hasText: String(overlamning.sammanfattning).slice(0, 60) });
      await task.waitFor();
      expect(await task.textContent()).toContain('som MAS');
      await task.click();
      await page.getByRole('heading', { name: 'Aktuellt steg: Lex Maria-bedömning' }).waitFor();
      expect(await page.locator('[id="f-lex-maria-bedomning_handelse"]').inputValue()).toBe(overlamning.sammanfattning);
      expect(await page.locator('[id="f-lex-maria-bedomning_bedomare_namn"]').inputValue()).toBe('Karin Sjöberg');
      await expectAccessible(page, 'lex Maria-bedömningen');
      await submitStep(page, 'Lex Maria-bedömning', 'lex-maria-bedomning', formExample('lex-maria-bedomning'));
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
      await submitStep(page, 'Anmälan till IVO enligt lex Maria', 'lex-maria-anmalan', { skickadDatum: today, satt: 'e_tjanst' });
      await submitStep(page, 'Avslut', 'lex-maria-avslut', formExample('lex-maria-avslut'), 'Avsluta ärendet');
      await page.locator('.case-header').getByText('Avslutat').waitFor();
      expect(page.url()).toBe(lexMariaUrl);
      // Linked both ways: the MAS reads the avvikelse handed to her.
      await page.getByRole('link', { name: /Överlämnat från avvikelse/ }).click();
      await page.getByRole('link', { name: /Överlämnat till MAS, lex Maria-bedömning/ }).waitFor();
      expect(await page.locator('.case-header .eyebrow').textContent()).toContain('Avvikelse');
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
      const url = await report(
        page,
        /^Riskanalys/,
        'Hemtjänst Norr',
        'riskanalys-beskrivning',
        formExample('riskanalys-beskrivning', { planeradStart: start }),
      );
      await submitStep(page, 'Deltagare', 'riskanalys-deltagare', formExample('riskanalys-deltagare'));
      await submitStep(page, 'Identifiera risker', 'riskanalys-identifiera', formExample('riskanalys-identifiera'));
      await submitStep(page, 'Värdera risker', 'riskanalys-vardera', formExample('riskanalys-vardera'));
      await submitStep(page, 'Åtgärder och handlingsplan', 'riskanalys-handlingsplan', formExample('riskanalys-handlingsplan'));
      // The skyddsombud takes part (deltagare example), so gives a view before the approval.
      await openCaseAs(page, 'Olle Strand', url);
      await submitStep(page, 'Skyddsombudets synpunkter', 'riskanalys-skyddsombud', formExample('riskanalys-skyddsombud', {}, 1));
      await openCaseAs(page, 'Vera Sund', url);
      const godkannande = page.getByRole('region', { name: 'Aktuellt steg: Godkännande' });
      await godkannande.getByRole('heading', { level: 3, name: 'Skyddsombudets synpunkter' }).waitFor();
      expect(await godkannande.getByRole('region', { name: 'Skyddsombudets synpunkter' }).textContent()).toContain(
        'Skyddsombudet har invändningar: Bemanningen under övergångsveckan räcker inte för två nattpass samtidigt.',
      );
      await submitStep(page, 'Godkännande', 'riskanalys-godkannande', formExample('riskanalys-godkannande'));
      // Wait for the refreshed ärende: the stepper moves on once the answer is in.
      await page.locator('.stepper [aria-current="step"]', { hasText: 'Uppföljning' }).waitFor();
      await page.getByRole('link', { name: 'Riskanalys (utskrift)' }).click();
      await page.getByRole('heading', { name: 'Riskmatris' }).waitFor();
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
        'Förändringen',
        'Deltagare',
        'Skyddsombudets synpunkter',
        'Riskmatris',
        'Handlingsplan',
        'Godkännande',
      ]);
      const section = (name: string) => page.getByRole('region', { name });
      expect(
        await section('Deltagare').getByRole('table', { name: 'Deltagare i riskanalysen' }).getByRole('row').allTextContents(),
      ).toEqual(['NamnFunktion', 'Anna BergEnhetschef', 'Erik NilssonSkyddsombud', 'Maria HolmMedarbetare']);
      expect(await section('Skyddsombudets synpunkter').textContent()).toContain(
        'Skyddsombudet har invändningar: Bemanningen under övergångsveckan',
      );
      // Risk 1 has sannolikhet 3 and konsekvens 4: row "3", column "4", in the highest colour band (12 is mycket hög by score alone).
      const cell = page.locator('.risk-matrix tbody tr').nth(1).locator('td').nth(3);
      expect(await cell.getAttribute('class')).toBe('risk-mycket-hog');
      expect((await cell.textContent())?.endsWith(': 1')).toBe(true);
      // One scale: 1 × 4 is medel by its score, named as needing an åtgärd; 3 × 2 (risk 2) is medel.
      expect(await page.locator('.risk-matrix tbody tr').nth(3).locator('td').nth(3).getAttribute('class')).toBe('risk-medel');
      const scores = await page.getByRole('table', { name: 'Risker och riskpoäng' }).locator('tbody tr td:nth-child(5)').allTextContents();
      expect(scores).toEqual(['12, mycket hög – allvarlig konsekvens, kräver åtgärd', '6, medel']);
      const plan = section('Handlingsplan').getByRole('table', { name: 'Åtgärder, ansvariga och när de ska vara klara' });
      expect(await plan.locator('tbody tr').count()).toBe(2);
      expect(await plan.locator('tbody tr').first().textContent()).toBe(
        '1Inför larmkedja med bakjour som kan rycka ut inom 20 minuter.Anna Berg, Enhetschef2026-08-15',
      );
      const approval = await section('Godkännande').textContent();
      expect(approval).toContain('Godkänd avSara Lind, Verksamhetschef');
      expect(approval).toContain('Datum2026-03-13');
      await expectAccessible(page, 'riskanalysens utskrift');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('re-plans a riskanalys whose start has passed, and the verksamhetschef then approves it (issue 11, item 6)', async () => {
    // The demo seeds one: planned to start 35 days ago, the skyddsombud has answered, never approved.
    const rows = await server().context.server.engine.summaries({ processTypes: ['riskanalys'] });
    const stuck = rows.find((r) => r.activeSteps.some((s) => s.title === 'Godkännande'))!;
    const url = `${baseUrl()}/#/arende/${encodeURIComponent(stuck.arendeId)}`;
    const b = await openBrowser();
    const { page } = b;
    try {
      await openCaseAs(page, 'Vera Sund', url);
      await fillForm(page, 'riskanalys-godkannande', formExample('riskanalys-godkannande'));
      await page.getByRole('button', { name: /^Spara och skicka/ }).click();
      await page
        .getByText(/Godkännandet måste ske före förändringens planerade start/)
        .first()
        .waitFor();

      await openCaseAs(page, 'Erik Holm', url);
      await page.getByRole('button', { name: 'Planera om starten' }).click();
      const newStart = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await fillForm(page, 'riskanalys-omplanering', {
        planeradStart: newStart,
        skal: 'Godkännandet hann inte göras före den planerade starten.',
      });
      await page
        .getByRole('button', { name: /^Spara och skicka/ })
        .last()
        .click();
      await page.locator('.history').getByText('Planera om starten').first().waitFor();
      await expectAccessible(page, 'omplanerad riskanalys');

      await openCaseAs(page, 'Vera Sund', url);
      await submitStep(page, 'Godkännande', 'riskanalys-godkannande', formExample('riskanalys-godkannande'));
      await page.locator('.stepper [aria-current="step"]', { hasText: 'Uppföljning' }).waitFor();
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
