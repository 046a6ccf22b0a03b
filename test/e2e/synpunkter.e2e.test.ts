import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, screenshot, usePeople, useServer } from './browser';
import { fillForm, formExample, submitStep } from './fillForm';

/**
 * Issue 12, item 2 (must show): a synpunkt sent from the public form without an account reaches the enhetschef's
 * Mina uppgifter, is registered, investigated and answered (återkoppling, asked for), closed, and counted in the year's report.
 */
describe("synpunkter och klagomål from the public form to the year's report, in Chromium", () => {
  useServer();
  const { person, visitor, problems } = usePeople();
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

  it('a närstående writes without an account; Erik registers it, answers her and closes it; Sara sees it counted', async () => {
    // In the order the form shows them: the contact is asked for once an answer by e-mail is wanted.
    const { avsandareKontakt, ...rest } = formExample('synpunkter-webb');
    const sent = { ...rest, avsandareKontakt };
    const public_ = await visitor();
    await public_.goto(`${baseUrl()}/#/lamna/synpunkter`);
    await public_.getByRole('heading', { name: 'Lämna en synpunkt eller ett klagomål', level: 1 }).waitFor();
    await expectAccessible(public_, 'det offentliga formuläret');
    expect(await public_.title()).toBe('Lämna synpunkter – Kvalitetsflöde');
    // Sending without choosing where is refused in words, and nothing is sent.
    await fillForm(public_, 'synpunkter-webb', sent);
    await public_.getByRole('button', { name: 'Skicka' }).click();
    await public_.getByText('Välj vilken verksamhet det gäller innan du skickar.').waitFor();
    await public_.getByLabel('Vilken verksamhet gäller det?').selectOption({ label: 'Solgårdens särskilda boende' });
    await public_.getByRole('button', { name: 'Skicka' }).click();
    await public_.getByRole('heading', { name: 'Tack, vi har tagit emot det du skrev' }).waitFor();
    // Nothing of what was written is shown back (it may be a shared computer).
    expect(await public_.locator('main').textContent()).not.toContain(String(rest.beskrivning).slice(0, 30));
    await expectAccessible(public_, 'tack-sidan');
    await screenshot(public_, 'synpunkt-offentlig');

    const erik = await person('Erik Holm');
    // He is told in Aviseringar too, without what it says; the link leads to the submission (not an ärende yet).
    await erik
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: /^Aviseringar/ })
      .click();
    const notice = erik
      .getByRole('listitem')
      .filter({ hasText: 'Inkommet via webbformuläret: Registrera det som kom in via webbformuläret' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.getByRole('link', { name: 'Öppna det som kom in' }).getAttribute('href')).toMatch(/^#\/inkommen\//);
    expect(await erik.locator('main').textContent()).not.toContain(String(rest.beskrivning).slice(0, 30));
    await expectAccessible(erik, 'aviseringar med inkommet');
    await erik.getByRole('link', { name: 'Mina uppgifter' }).click();
    const waiting = erik.getByRole('region', { name: /Inkommet via webbformuläret/ });
    await waiting.waitFor({ timeout: 15_000 });
    await waiting.locator('a[href^="#/inkommen/"]').first().click();
    await erik.getByRole('heading', { name: /^Registrera:/ }).waitFor();
    // What she sent stands apart, in the public form's words; his registration starts from it.
    const asSent = erik.getByRole('region', { name: 'Som det kom in' });
    expect(await asSent.textContent()).toContain('Vill du ha svar?Ja, jag vill ha svar');
    await expectAccessible(erik, 'registrera det inkomna');
    // She asked for an answer: registered as not wanting one, it is refused in words and nothing is stored.
    await fillForm(erik, 'synpunkter-inkommen-2', { villHaSvar: false });
    await erik.getByRole('button', { name: 'Registrera ärendet' }).click();
    await erik
      .locator('.rejection')
      .getByText(/personen svarade ja i webbformuläret/)
      .waitFor();
    await screenshot(erik, 'synpunkt-registrera-nekad');
    await fillForm(erik, 'synpunkter-inkommen-2', { villHaSvar: true, svarSatt: 'epost' });
    await fillForm(erik, 'synpunkter-inkommen-2', { avsandareKontakt });
    // The public's words start the first step; Erik checks them and registers the ärende in his own name.
    await erik.getByRole('button', { name: 'Registrera ärendet' }).click();
    await erik.locator('.case-header').waitFor();
    expect(await erik.locator('.case-header').textContent()).toContain('Synpunkter och klagomål');
    expect(await erik.getByRole('region', { name: 'Som det kom in via webbformuläret' }).textContent()).toContain(String(rest.beskrivning));

    await submitStep(erik, 'Registrering', 'synpunkter-registrering', formExample('synpunkter-registrering'));
    await submitStep(erik, 'Utredning och åtgärder', 'synpunkter-utredning', formExample('synpunkter-utredning'));
    // Its åtgärd is reported done and verified (the same åtgärd handling as elsewhere) before the ärende may close.
    for (const [button, formId, saved] of [
      [/^Rapportera genomförd/, 'atgard-rapportera', 'Rapportera åtgärd som genomförd'],
      [/^Verifiera/, 'atgard-verifiera', 'Följ upp åtgärdens effekt'],
    ] as const) {
      await erik.getByRole('button', { name: button }).first().click();
      await fillForm(erik, formId, formExample(formId, { atgardId: undefined }));
      // The återkoppling's form is open beside it: each submit button names its form.
      await erik.getByRole('button', { name: /^Spara och skicka – (?!Återkoppling)/ }).click();
      await erik.getByText(`Sparat: ${saved}.`).waitFor();
    }
    // She asked for an answer: the återkoppling is mandated before the ärende can close.
    await erik.getByRole('heading', { name: 'Aktuellt steg: Återkoppling' }).waitFor();
    await submitStep(erik, 'Återkoppling', 'synpunkter-aterkoppling', formExample('synpunkter-aterkoppling', { datum: today }));
    await submitStep(erik, 'Avslut', 'synpunkter-avslut', formExample('synpunkter-avslut', { datum: today }), 'Avsluta ärendet');
    expect(await erik.locator('.case-header').textContent()).toContain('Avslutat');
    await expectAccessible(erik, 'avslutad synpunkt');
    // The waiting list no longer holds it.
    await erik.getByRole('link', { name: 'Mina uppgifter' }).click();
    await erik.getByRole('heading', { name: 'Mina uppgifter', level: 1 }).waitFor();
    expect(await erik.getByRole('region', { name: /Inkommet via webbformuläret/ }).count()).toBe(0);

    const sara = await person('Sara Nyberg');
    await sara.getByRole('link', { name: 'Rapporter' }).click();
    await sara.locator('.report-ready').waitFor();
    const perKategori = sara.locator('table', { has: sara.locator('caption', { hasText: 'Synpunkter och klagomål per kategori' }) });
    await perKategori.waitFor();
    expect(await perKategori.locator('tbody tr', { hasText: 'Bemötande' }).locator('.figure-link').textContent()).toBe('1');
    const perVerksamhet = sara.locator('table', { has: sara.locator('caption', { hasText: 'Synpunkter och klagomål per verksamhet' }) });
    expect(Number(await perVerksamhet.locator('tr.total .figure-link').textContent())).toBeGreaterThanOrEqual(1);
    await expectAccessible(sara, 'rapporter med synpunkter');
    await screenshot(sara, 'synpunkter-rapport');
    expect(problems, 'fel i sidans JavaScript').toEqual([]);
  });
});
