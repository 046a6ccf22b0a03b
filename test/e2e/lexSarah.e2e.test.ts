import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser, openCaseAs, removeProfile, screenshot, signIn, useServer } from './browser';
import { fillForm, formExample, report, submitStep } from './fillForm';

describe('a full lex Sarah ärende in real Chromium', () => {
  useServer();

  it('medarbetare → enhetschef → SAS → förvaltningschef → SAS, with a refused close before verification', async () => {
    const b = await openBrowser();
    const { page } = b;
    try {
      await signIn(page, 'Anna Berg');
      const caseUrl = await report(
        page,
        /^Lex Sarah-rapport/,
        'Solgårdens särskilda boende',
        'lex-sarah-rapport-2',
        formExample('lex-sarah-rapport-2'),
      );
      expect(caseUrl).toContain('#/arende/');

      await openCaseAs(page, 'Erik Holm', caseUrl);
      await submitStep(page, 'Omedelbara åtgärder', 'lex-sarah-omedelbara-atgarder', formExample('lex-sarah-omedelbara-atgarder'));

      await openCaseAs(page, 'Sara Nyberg', caseUrl);
      await submitStep(page, 'Registrering', 'lex-sarah-registrering', formExample('lex-sarah-registrering'));
      await submitStep(page, 'Utredning', 'lex-sarah-utredning', formExample('lex-sarah-utredning'));
      await submitStep(
        page,
        'Bedömning (förslag)',
        'lex-sarah-bedomning',
        formExample('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: false }),
      );

      await openCaseAs(page, 'Fredrik Dahl', caseUrl);
      await submitStep(
        page,
        'Beslut',
        'lex-sarah-beslut-2',
        formExample('lex-sarah-beslut-2', { klassificering: 'missforhallande', allvarligt: false }),
      );

      await openCaseAs(page, 'Erik Holm', caseUrl);
      await submitStep(page, 'Åtgärder', 'lex-sarah-atgarder', formExample('lex-sarah-atgarder'));
      for (let i = 0; i < 2; i++) {
        await page
          .getByRole('button', { name: /^Rapportera genomförd/ })
          .first()
          .click();
        await fillForm(page, 'atgard-rapportera', formExample('atgard-rapportera', { atgardId: undefined }));
        await page.getByRole('button', { name: 'Spara och skicka' }).click();
        await page.getByText('Sparat: Rapportera åtgärd som genomförd.').waitFor();
      }

      // SAS may not close yet: the åtgärder are done but not verified.
      await openCaseAs(page, 'Sara Nyberg', caseUrl);
      expect(await page.getByRole('button', { name: 'Avsluta ärende' }).isDisabled()).toBe(true);
      expect(await page.locator('.checklist .unmet').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Varje åtgärd är genomförd och verifierad')]),
      );
      expect(await page.locator('.why-not').textContent()).toContain('genomförd men inte verifierad');
      await screenshot(page, 'lex-sarah-avslut-spärrat');

      for (let i = 0; i < 2; i++) {
        await page
          .getByRole('button', { name: /^Verifiera/ })
          .first()
          .click();
        await fillForm(page, 'atgard-verifiera', formExample('atgard-verifiera', { atgardId: undefined }));
        await page.getByRole('button', { name: 'Spara och skicka' }).click();
        await page.getByText('Sparat: Verifiera åtgärd.').waitFor();
      }
      await submitStep(page, 'Uppföljning', 'lex-sarah-uppfoljning-2', formExample('lex-sarah-uppfoljning-2'));
      await submitStep(page, 'Avslut', 'lex-sarah-avslut', formExample('lex-sarah-avslut'), 'Avsluta ärendet');
      expect(await page.locator('.case-header').textContent()).toContain('Avslutat');
      expect(await page.locator('.history li').count()).toBe(14);
      await expectAccessible(page, 'avslutat ärende');
      await page.goto(`${baseUrl()}/#/uppgifter`);
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
