import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, usePeople, useServer } from './browser';
import { fillForm, formExample, report, submitStep } from './fillForm';

const DAY_MS = 86_400_000;
const stockholmDate = (ms: number) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Issue 23, "the proof": the sixth process, built in its own folder. Erik, enhetschef at Solgården, gave the year's
 * information at an APT 40 days ago; Anna signed the APT's list, Bo hands in a paper kvittens today, Omar started ten
 * days ago (still within his four weeks) and Lisa has not been informed (late). Erik sees who is missing and late;
 * Sara (SAS) reads "X av Y informerade" per enhet in the kvalitetsberättelse.
 */
describe('information om rapporteringsskyldigheten, in Chromium', () => {
  useServer();
  const { person, problems } = usePeople();
  const now = Date.now();
  const today = stockholmDate(now);
  const apt = stockholmDate(now - 40 * DAY_MS);
  const started = stockholmDate(now - 10 * DAY_MS);
  const personer = [
    { nr: 1, namn: 'Anna Berg', grupp: 'anstalld' },
    { nr: 2, namn: 'Bo Ek', grupp: 'uppdragstagare' },
    { nr: 3, namn: 'Omar Said', grupp: 'praktikant' },
    { nr: 4, namn: 'Lisa Holm', grupp: 'anstalld' },
  ];
  const nya = [{ nr: 3, borjadeDatum: started }];
  const anna = { nr: 1, datum: apt, satt: 'narvarolista' };
  const bo = { nr: 2, datum: today, satt: 'papper' };

  it("Erik starts the year's information, records two kvittenser (APT list, paper), sees who is missing and late", async () => {
    const erik = await person('Erik Holm');
    const information = formExample('rapporteringsskyldighet-information', { ar: Number(apt.slice(0, 4)), datum: apt });
    const formId = 'rapporteringsskyldighet-information';
    await report(erik, /Information om rapporteringsskyldigheten/, 'Solgårdens särskilda boende', formId, information);
    expect(await erik.locator('.case-header').textContent()).toContain(`Information om rapporteringsskyldigheten ${apt.slice(0, 4)}`);
    const panel = erik.getByRole('region', { name: 'Vilka har fått informationen' });
    await panel.getByText(/Ingen är införd ännu/).waitFor();
    await erik.getByRole('heading', { name: 'Aktuellt steg: Kvittenser och avslut' }).waitFor();
    await expectAccessible(erik, 'årets information, ingen införd');

    // Everyone it covers, the newcomer's first day, and Anna's signature on the APT's list.
    await erik.getByRole('button', { name: 'För in kvittenser' }).click();
    await fillForm(erik, 'rapporteringsskyldighet-kvittenser', { personer, nya, kvittenser: [anna] });
    await expectAccessible(erik, 'formuläret för kvittenser');
    await erik.getByRole('button', { name: /^Spara och skicka/ }).click();
    await erik.getByText('Sparat: För in kvittenser.').waitFor();
    await panel.getByText('1 av 4 har kvitterat informationen, 2 är försenade.').waitFor();

    // Bo's paper kvittens: the form starts from the saved lists, so only his row is added.
    await erik.getByRole('button', { name: 'För in kvittenser' }).click();
    await erik.locator('[id="f-rapporteringsskyldighet-kvittenser_personer_3_namn"]').waitFor();
    expect(await erik.locator('[id="f-rapporteringsskyldighet-kvittenser_personer_3_namn"]').inputValue()).toBe('Lisa Holm');
    // A second kvittens for Anna (now "on paper") is refused: one per person and year.
    await fillForm(erik, 'rapporteringsskyldighet-kvittenser', { personer, nya, kvittenser: [{ ...anna, satt: 'papper' }, bo] });
    await erik.getByRole('button', { name: /^Spara och skicka/ }).click();
    await erik.locator('.rejection').waitFor();
    expect(await erik.locator('.rejection').textContent()).toContain(`Anna Berg har redan kvitterat informationen ${apt}`);
    await expectAccessible(erik, 'en andra kvittens nekad');
    await fillForm(erik, 'rapporteringsskyldighet-kvittenser', { personer, nya, kvittenser: [anna, bo] });
    await erik.getByRole('button', { name: /^Spara och skicka/ }).click();
    await erik.getByText('Sparat: För in kvittenser.').waitFor();
    await panel.getByText('2 av 4 har kvitterat informationen, 1 är försenad.').waitFor();

    const row = async (namn: string) => (await panel.getByRole('rowheader', { name: namn }).locator('xpath=..').textContent()) ?? '';
    expect(await row('Anna Berg')).toContain(`Kvitterad ${apt} – Signerad närvarolista (APT eller introduktion)`);
    expect(await row('Bo Ek')).toContain(`Kvitterad ${today} – Skriftlig kvittens på papper`);
    expect(await row('Omar Said')).toContain(`Saknas – ska få informationen senast ${stockholmDate(now + 18 * DAY_MS)}`);
    expect(await row('Lisa Holm')).toContain(`Försenad – skulle ha fått informationen senast ${stockholmDate(now - 12 * DAY_MS)}`);
    await expectAccessible(erik, 'vilka som har fått informationen');
    await screenshot(erik, 'rapporteringsskyldighet-kvittenser');

    // The year closes with Omar and Lisa named as missing, and why.
    const avslut = { datum: today, kommentar: 'Omar Said informeras på sin introduktion nästa vecka. Lisa Holm är föräldraledig.' };
    await submitStep(erik, 'Kvittenser och avslut', 'rapporteringsskyldighet-avslut', avslut, 'Avsluta ärendet');
    expect(await erik.locator('.case-header').textContent()).toContain('Avslutat');
    await expectAccessible(erik, 'avslutad information');

    // The kvalitetsberättelse: "2 av 4 informerade" at Solgården, Lisa late, in the year of the information.
    const sara = await person('Sara Nyberg');
    await sara.getByRole('link', { name: 'Rapporter' }).click();
    await sara.locator('.report-ready').waitFor();
    if (!apt.startsWith(today.slice(0, 4))) await sara.getByLabel('År').selectOption(apt.slice(0, 4));
    const title = 'Information om rapporteringsskyldigheten: informerade per enhet';
    const table = sara.locator('table', { has: sara.locator('caption', { hasText: title }) });
    await table.waitFor();
    const solgarden = table.locator('tbody tr', { hasText: 'Solgårdens särskilda boende' });
    expect(await solgarden.locator('th').textContent()).toContain('2 av 4 informerade');
    // Informerade, Omfattas, Ej informerade, Varav försenade.
    expect(await solgarden.locator('td').allTextContents()).toEqual(['2', '4', '2', '1']);
    await expectAccessible(sara, 'rapporter med informationen om rapporteringsskyldigheten');
    await screenshot(sara, 'rapporteringsskyldighet-rapport');
    expect(problems, 'fel i sidans JavaScript').toEqual([]);
  });
});
