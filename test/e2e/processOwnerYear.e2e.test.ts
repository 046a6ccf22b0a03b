import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addWorkingDays } from '../../src/engine/calendar/workingDays';
import { stockholmDate } from '../../src/engine/index';
import { expectAccessible, openBrowser, openCaseAs, removeProfile, screenshot, signIn, useServer } from './browser';
import { fillForm, formExample, report, submitStep } from './fillForm';
import { publishBroken, publishRepair } from '../support/brokenVersion';

const verdict = (page: Page) => page.locator('.verdict');
const outline = (page: Page) => page.locator('.outline');

/** Opens a process in the editor as the process owner, with a clean verdict. */
async function openEditor(page: Page, process: RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Processer' }).click();
  await page.getByRole('link', { name: process }).click();
  await page.getByRole('navigation', { name: 'Processens steg (disposition)' }).waitFor();
  await expect.poll(() => verdict(page).textContent()).toContain('Inga fel');
}

/** Publishes the draft with a note; returns the new version's number. */
async function publish(page: Page, note: string): Promise<number> {
  await expect.poll(() => verdict(page).textContent()).toContain('Inga fel');
  await page.getByLabel('Ändringsnotering (vad ändrades och varför)').fill(note);
  const button = page.getByRole('button', { name: /^Publicera version \d+$/ });
  const version = Number(/(\d+)$/.exec((await button.textContent())!)![1]);
  await button.click();
  await page.getByText(new RegExp(`^Version ${version} av .* är publicerad\\.`)).waitFor();
  return version;
}

/**
 * Issue 27: a year's ordinary rutin changes, made by a process owner in the editor alone, none needing a state id, each
 * checked as the case handler then sees it.
 */
describe("the process owner's year in real Chromium", () => {
  const server = useServer();

  it('rescues an ärende stranded on an old broken version from the list of stuck ärenden', async () => {
    const { engine } = server().context.server;
    const lawful = engine.registry.latest('avvikelse')!.definition;
    // A version published before today's rules, whose Bedömning has no way on: what comes in on it cannot move.
    await publishBroken({ engine, store: server().context.store }, 'avvikelse', 'bedomning');
    const b = await openBrowser();
    const page = b.page;
    try {
      await signIn(page, 'Anna Berg');
      const stranded = await report(
        page,
        /^Avvikelse/,
        'Solgårdens särskilda boende',
        'avvikelse-rapport-2',
        formExample('avvikelse-rapport-2'),
      );
      const repaired = await publishRepair(engine, 'avvikelse', lawful);

      await signIn(page, 'Petra Lund');
      await page.getByRole('link', { name: 'Processer' }).click();
      await page.getByRole('link', { name: /^Redigera Avvikelse/ }).click();
      await page.getByRole('link', { name: 'Versioner och flytt av ärenden' }).click();
      const stuck = page.getByRole('table', { name: 'Ärenden som har fastnat' });
      await stuck.waitFor();
      expect(await stuck.textContent()).toContain(`Flytta till version ${repaired} och fortsätt i "Bedömning".`);
      expect(await stuck.textContent()).not.toMatch(/bedomning|\.submit|avvikelse-/);
      await stuck.getByRole('button', { name: /^Använd förslaget för ärende/ }).click();
      await page.getByRole('button', { name: 'Flytta 1 ärende' }).click();
      await page.locator('.migration-results').getByText(`Flyttat till version ${repaired}.`).waitFor();
      await expectAccessible(page, 'versioner efter räddning');

      // The enhetschef can act on it again.
      await openCaseAs(page, 'Erik Holm', stranded);
      expect(await page.locator('.case-header').textContent()).toContain(`version ${repaired}`);
      await submitStep(page, 'Bedömning', 'avvikelse-bedomning', formExample('avvikelse-bedomning'));
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('makes five routine changes through the editor, the samråd step with its form in at most 15 interactions', async () => {
    const b = await openBrowser();
    const page = b.page;
    let interactions = 0;
    const act = async (done: Promise<unknown>) => {
      await done;
      interactions++;
    };
    try {
      await signIn(page, 'Petra Lund');

      // 1. Lex Sarah: "Samråd med MAS" after the utredning, done by the SAS, with its own form of three fields.
      await openEditor(page, /^Redigera Lex Sarah/);
      await act(
        outline(page)
          .getByRole('button', { name: /^Utredning(?!,)/ })
          .click(),
      );
      await act(page.getByLabel('Det nya stegets namn').fill('Samråd med MAS'));
      await act(page.locator('form.inline-form').getByLabel('Ansvarig roll').selectOption({ value: 'sas' }));
      await act(page.getByRole('button', { name: 'Lägg till steg' }).click());
      await page.getByRole('heading', { name: 'Steg: Samråd med MAS' }).waitFor();
      await act(page.getByLabel('Hjälptext', { exact: true }).fill('Stäm av med MAS när händelsen rör hälso- och sjukvård.'));
      await act(page.getByRole('button', { name: 'Spara ändringar i steget' }).click());
      for (const [label, type, required] of [
        ['Datum för samrådet', 'date', true],
        ['Vem deltog', 'text', false],
        ['Sammanfattning', 'textarea', false],
      ] as const) {
        await act(page.getByLabel('Etikett').fill(label));
        if (type !== 'text') await act(page.getByLabel('Typ av svar').selectOption(type));
        if (required) await act(page.getByLabel('Obligatoriskt – måste fyllas i').check());
        await act(page.getByRole('button', { name: 'Lägg till fält' }).click());
        await page.getByText(`Fältet "${label}" lades till sist i listan.`).waitFor();
      }
      expect(interactions).toBeLessThanOrEqual(15);
      // Nothing of the statechart's inside shows: no state paths, event names or form ids.
      expect(await page.locator('.step-panel').textContent()).not.toMatch(/handlaggning|\.submit|lex-sarah-|utredningsspar/);
      // The live preview is the case handler's form; the editor with it open is accessible.
      await page.getByRole('button', { name: 'Förhandsvisa formuläret' }).click();
      await page.getByRole('button', { name: 'Pröva formuläret' }).waitFor({ timeout: 15_000 });
      expect(await page.locator('.form-preview').textContent()).toContain('Stäm av med MAS när händelsen rör hälso- och sjukvård.');
      await expectAccessible(page, 'processeditorn med förhandsvisning');
      await screenshot(page, 'editor-preview');

      // 2. "Har liknande händelser inträffat tidigare?": the utredning's law-bound group already asks it, with its text on Ja.
      await outline(page)
        .getByRole('button', { name: /^Utredning(?!,)/ })
        .click();
      const group = page.getByRole('list', { name: 'Tidigare händelser innehåller' });
      expect(await group.textContent()).toContain('Har liknande händelser inträffat tidigare?');
      expect(await group.textContent()).toContain('visas när "Har liknande händelser inträffat tidigare?" är Ja');
      const samrad = await publish(page, 'Samråd med MAS efter utredningen.');
      // The change record prints as a document a nämnd secretary reads: the new step as inserted, in words.
      await page.getByRole('link', { name: 'Versioner och flytt av ärenden' }).click();
      await page.getByRole('link', { name: 'Skriv ut ändringsförteckning' }).click();
      const record = page.locator('main');
      await record.getByRole('heading', { name: /^Ändringsförteckning – Lex Sarah \d{4}$/ }).waitFor();
      await record.getByText('Steget "Samråd med MAS" (SAS) har lagts till mellan "Utredning" och "Bedömning (förslag)".').waitFor();
      expect(await record.textContent()).toContain(`Version ${samrad}`);
      expect(await record.textContent()).not.toMatch(/lex-sarah-|handlaggning|\.submit/);
      await expectAccessible(page, 'ändringsförteckningen');

      // 3. Avvikelse: the bedömning within 3 working days and a new name, in one save.
      await openEditor(page, /^Redigera Avvikelse/);
      await outline(page)
        .getByRole('button', { name: /^Bedömning/ })
        .click();
      await page.getByLabel('Namn', { exact: true }).fill('Bedömning av avvikelsen');
      await page.getByLabel('Tidskrav, antal dagar').fill('3');
      await page.getByLabel('räknat i').selectOption('arbetsdagar');
      await page.getByRole('button', { name: 'Spara ändringar i steget' }).click();
      await page.getByText('Ändringarna i "Bedömning av avvikelsen" är sparade i utkastet.').waitFor();
      expect(await outline(page).textContent()).toContain('Bedömning av avvikelsenenhetschef · Obligatoriskt · 3 arbetsdagar');
      expect(await outline(page).textContent()).toContain('Eskalera till lex Sarahenhetschef · Obligatoriskt · 1 dag→');
      await publish(page, 'Bedömning inom tre arbetsdagar.');

      // 4. Synpunkter: återkoppling within 10 days; the texts that still say "två veckor" are named and reworded.
      await openEditor(page, /^Redigera Synpunkter/);
      await outline(page)
        .getByRole('button', { name: /^Återkoppling/ })
        .click();
      await page.getByLabel('Tidskrav, antal dagar').fill('10');
      await page.getByRole('button', { name: 'Spara ändringar i steget' }).click();
      const stale = page.locator('.step-properties .notice');
      await stale.waitFor();
      expect(await stale.textContent()).toContain('tidskravets text för "Återkoppling": "två veckor"');
      expect(await stale.textContent()).toContain('texten på det allmänna webbformuläret: "två veckor"');
      await page.getByLabel('Tidskravets text').fill('Personen ska få återkoppling inom 10 dagar från registreringen');
      await page.getByRole('button', { name: 'Spara ändringar i steget' }).click();
      const intro = page.getByLabel('Inledande text');
      await intro.fill((await intro.inputValue()).replace('i regel inom två veckor', 'i regel inom tio dagar'));
      await page.getByRole('button', { name: 'Spara texten' }).click();
      await page.getByText('Texten på webbformuläret är ändrad i utkastet.').waitFor();
      await publish(page, 'Återkoppling inom tio dagar.');

      // 5. Riskanalys: the participant list already offers Brukarrepresentant; a local column "Organisation" is added to it.
      await openEditor(page, /^Redigera Riskanalys/);
      await outline(page)
        .getByRole('button', { name: /^Deltagare/ })
        .click();
      const list = page.getByRole('list', { name: 'Deltagare innehåller' });
      expect(await list.textContent()).toContain('Brukarrepresentant');
      await page.getByLabel('Var ska fältet ligga?').selectOption({ label: 'Som kolumn i listan "Deltagare"' });
      await page.getByLabel('Etikett').fill('Organisation');
      await page.getByRole('button', { name: 'Lägg till fält' }).click();
      await page.getByText('Fältet "Organisation" lades till sist i listan "Deltagare".').waitFor();
      expect(await list.textContent()).toContain('Tillagt lokalt');
      await publish(page, 'Deltagarnas organisation antecknas.');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('shows each change to the case handlers: the samråd step, the working-day deadline, the new wording, the column', async () => {
    const b = await openBrowser();
    const page = b.page;
    try {
      // Lex Sarah: after the utredning (which asks about earlier events once), the SAS does the samråd with its help text.
      await signIn(page, 'Anna Berg');
      const sarah = await report(
        page,
        /^Lex Sarah-rapport/,
        'Solgårdens särskilda boende',
        'lex-sarah-rapport-2',
        formExample('lex-sarah-rapport-2'),
      );
      await openCaseAs(page, 'Erik Holm', sarah);
      await submitStep(page, 'Omedelbara åtgärder', 'lex-sarah-omedelbara-atgarder', formExample('lex-sarah-omedelbara-atgarder'));
      await openCaseAs(page, 'Sara Nyberg', sarah);
      await submitStep(page, 'Registrering', 'lex-sarah-registrering', formExample('lex-sarah-registrering'));
      await page.getByRole('heading', { name: 'Aktuellt steg: Utredning' }).waitFor();
      await page.getByText('Har liknande händelser inträffat tidigare?').first().waitFor();
      expect(await page.getByText('Har liknande händelser inträffat tidigare?').count()).toBe(1);
      await submitStep(page, 'Utredning', 'lex-sarah-utredning', formExample('lex-sarah-utredning'));
      await page.getByRole('heading', { name: 'Aktuellt steg: Samråd med MAS' }).waitFor();
      await page.getByText('Stäm av med MAS när händelsen rör hälso- och sjukvård.').waitFor();
      await page.getByLabel(/^Datum för samrådet/).fill(stockholmDate(new Date().toISOString())!);
      await page.getByLabel(/^Vem deltog/).fill('MAS Karin');
      await page.getByLabel(/^Sammanfattning/).fill('Ingen vårdskada; lex Maria behövs inte.');
      await page.getByRole('button', { name: 'Spara och skicka' }).click();
      await page.getByText('Sparat: Samråd med MAS.').waitFor();
      await page.getByRole('heading', { name: 'Aktuellt steg: Bedömning (förslag)' }).waitFor();

      // Avvikelse: the new name, and a deadline three working days on.
      await signIn(page, 'Anna Berg');
      const avvikelse = await report(
        page,
        /^Avvikelse/,
        'Solgårdens särskilda boende',
        'avvikelse-rapport-2',
        formExample('avvikelse-rapport-2'),
      );
      await openCaseAs(page, 'Erik Holm', avvikelse);
      await page.getByRole('heading', { name: 'Aktuellt steg: Bedömning av avvikelsen' }).waitFor();
      const due = addWorkingDays(stockholmDate(new Date().toISOString())!, 3);
      expect(await page.locator('.obligations').textContent()).toContain(`Avvikelsen ska bedömas – senast ${due}`);

      // Riskanalys: the participant list has the local column.
      const start = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
      const risk = await report(
        page,
        /^Riskanalys/,
        'Hemtjänst Norr',
        'riskanalys-beskrivning',
        formExample('riskanalys-beskrivning', { planeradStart: start }),
      );
      await page.getByRole('heading', { name: 'Aktuellt steg: Deltagare' }).waitFor();
      const shownAs = (await page.locator('[id^="f-riskanalys-deltagare"]').first().getAttribute('id'))!.split('_')[0]!.slice(2);
      expect(shownAs).not.toBe('riskanalys-deltagare');
      await fillForm(page, 'riskanalys-deltagare', formExample('riskanalys-deltagare'), shownAs);
      await page
        .getByLabel(/^Organisation/)
        .first()
        .fill('Brukarrådet');
      await page.getByRole('button', { name: 'Spara och skicka' }).click();
      await page.getByText('Sparat: Deltagare.').waitFor();
      expect(risk).toContain('/arende/');

      // Synpunkter: the public form says "tio dagar"; the enhetschef reads the återkoppling deadline in the new words.
      const { avsandareKontakt, ...rest } = formExample('synpunkter-webb');
      await page.goto(`${new URL(page.url()).origin}/#/lamna/synpunkter`);
      await page.getByRole('heading', { name: 'Lämna en synpunkt eller ett klagomål', level: 1 }).waitFor();
      await page.getByText(/i regel inom tio dagar/).waitFor();
      expect(await page.locator('main').textContent()).not.toContain('två veckor');
      await page.getByLabel('Vilken verksamhet gäller det?').selectOption({ label: 'Solgårdens särskilda boende' });
      await fillForm(page, 'synpunkter-webb', { ...rest, avsandareKontakt });
      await page.getByRole('button', { name: 'Skicka' }).click();
      await page.getByRole('heading', { name: 'Tack, vi har tagit emot det du skrev' }).waitFor();
      await signIn(page, 'Erik Holm');
      await page.getByRole('link', { name: 'Mina uppgifter' }).click();
      const waiting = page.getByRole('region', { name: /Inkommet via webbformuläret/ });
      await waiting.waitFor({ timeout: 15_000 });
      await waiting.locator('a[href^="#/inkommen/"]').first().click();
      await fillForm(page, 'synpunkter-inkommen-2', { villHaSvar: true, svarSatt: 'epost' });
      await fillForm(page, 'synpunkter-inkommen-2', { avsandareKontakt });
      await page.getByRole('button', { name: 'Registrera ärendet' }).click();
      await page.locator('.case-header').waitFor();
      await submitStep(page, 'Registrering', 'synpunkter-registrering', formExample('synpunkter-registrering'));
      await submitStep(page, 'Utredning och åtgärder', 'synpunkter-utredning', formExample('synpunkter-utredning', {}, 1));
      await page.getByRole('heading', { name: 'Aktuellt steg: Återkoppling' }).waitFor();
      await expect
        .poll(() => page.locator('.obligations').textContent())
        .toContain('Personen ska få återkoppling inom 10 dagar från registreringen');
      expect(await page.locator('.obligations').textContent()).not.toContain('två veckor');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});
