import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, usePeople, useServer } from './browser';
import { fillForm, formExample, report, submitStep } from './fillForm';

/**
 * Issue 12, item 4 (must show): a riskregister with several kvalitetskriterier per row prints. Erik (enhetschef) draws up
 * the year's register, Vera (verksamhetschef of äldreomsorgen) approves it, a risk becomes an åtgärd with one button,
 * and the printed register shows every kvalitetsområde of every row. The year's follow-up starts with a row per risk, and
 * the risk that remains starts next year's register.
 */
describe('the yearly riskregister in Chromium', () => {
  useServer();
  const { person, problems } = usePeople();
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  // This year's register: its year's follow-up cannot come before the year has begun.
  const year = Number(today.slice(0, 4));

  it(
    'Erik draws up a register of two rows, Vera approves it, a row becomes an åtgärd, and the register prints with all its ' +
      'kvalitetsområden',
    async () => {
      const erik = await person('Erik Holm');
      // Row 1 has three kvalitetsområden and a complete åtgärd; row 2 two, and an åtgärd without ansvarig or date.
      const register = formExample('riskregister-upprattande', { ar: year });
      const url = await report(
        erik,
        /^Årlig riskanalys \(riskregister\)/,
        'Solgårdens särskilda boende',
        'riskregister-upprattande',
        register,
      );
      expect(await erik.locator('.case-header h1').textContent()).toBe(`Riskregister ${year} – Solgårdens särskilda boende`);
      await erik.getByRole('heading', { name: 'Aktuellt steg: Godkännande' }).waitFor();
      // Erik drew it up: the approval is not his.
      expect(await erik.locator('.why-not').textContent()).toContain('Steget utförs av verksamhetschef');
      await expectAccessible(erik, 'riskregistret som väntar på godkännande');

      const vera = await person('Vera Sund');
      await vera.goto(url);
      const panel = vera.getByRole('region', { name: 'Riskregistret' });
      await panel.waitFor();
      expect(await panel.locator('tbody tr').count()).toBe(2);
      expect(await panel.getByRole('button').count()).toBe(0);
      await expectAccessible(vera, 'godkännandet av riskregistret');
      await submitStep(vera, 'Godkännande', 'riskregister-godkannande', formExample('riskregister-godkannande', { godkantDatum: today }));
      await vera.locator('.stepper [aria-current="step"]', { hasText: 'Årets uppföljning' }).waitFor();

      // Risk nr 2 becomes an åtgärd: the form starts with what the row says; Erik adds ansvarig and date, and saves.
      await erik.reload();
      // Chromium names the button with a space before the hidden part.
      await erik.getByRole('button', { name: /^Gör till åtgärd\s*: risk nr 2$/ }).click();
      const form = erik.getByRole('region', { name: 'Lägg till åtgärd' });
      await form.waitFor();
      expect(await form.getByLabel('Vad ska göras').inputValue()).toBe('Påminnelse om uppdatering i verksamhetssystemet.');
      expect(await form.getByLabel('Orsak som åtgärden riktar sig mot').inputValue()).toBe(
        'Risk nr 2 i riskregistret (Dokumentation): Genomförandeplaner uppdateras inte när behoven ändras.',
      );
      await fillForm(erik, 'atgard-lagg-till', {
        atgard: { ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' }, klartDatum: `${year + 1}-06-30` },
      });
      await expectAccessible(erik, 'en risk som görs till åtgärd');
      await form.getByRole('button', { name: /^Spara och skicka/ }).click();
      await erik.getByText('Sparat: Lägg till åtgärd.').waitFor();
      const atgarder = erik.getByRole('region', { name: 'Åtgärder' });
      expect(await atgarder.locator('tbody tr').first().textContent()).toContain('Påminnelse om uppdatering i verksamhetssystemet.');
      expect(await erik.getByRole('region', { name: 'Riskregistret' }).locator('tbody tr').nth(1).textContent()).toContain(
        'Åtgärd registrerad (planerad)',
      );
      await screenshot(erik, 'riskregister-arende');

      // Risk nr 1 becomes an egenkontroll: its own ärende, linked to the register, planned from the row.
      await erik.getByRole('button', { name: /^Gör till egenkontroll\s*: risk nr 1$/ }).click();
      const toKontroll = erik.getByRole('region', { name: 'Gör risken till en egenkontroll' });
      await toKontroll.waitFor();
      expect(await toKontroll.getByLabel('Risk nr').inputValue()).toBe('1');
      await fillForm(erik, 'riskregister-egenkontroll', { kontroll: 'lakemedelshantering', genomforasSenast: `${year}-12-31` });
      await expectAccessible(erik, 'en risk som görs till egenkontroll');
      await toKontroll.getByRole('button', { name: /^Spara och skicka/ }).click();
      await erik.getByText('Sparat: Gör risken till en egenkontroll.').waitFor();
      expect(await erik.getByRole('region', { name: 'Riskregistret' }).locator('tbody tr').nth(0).textContent()).toContain(
        'Egenkontroll planerad (länkad)',
      );
      await erik
        .getByRole('link', { name: /Egenkontroll som bevakar en risk/ })
        .first()
        .click();
      await erik.getByRole('heading', { name: 'Aktuellt steg: Planering' }).waitFor();
      expect(await erik.getByLabel('Genomförs senast').inputValue()).toBe(`${year}-12-31`);
      expect(await erik.getByLabel('Syfte').inputValue()).toContain(`Bevaka risk nr 1 i riskregistret ${year}`);
      await expectAccessible(erik, 'egenkontrollen som bevakar risken');
      await erik.goBack();
      await erik.getByRole('region', { name: 'Riskregistret' }).waitFor();

      // The year's follow-up starts with a row per risk; risk 2 remains, so next year's register starts with it.
      const uppfoljning = erik.locator('[id="f-riskregister-uppfoljning_rader_1_nr"]');
      await uppfoljning.waitFor();
      expect(await uppfoljning.inputValue()).toBe('2');
      await submitStep(
        erik,
        'Årets uppföljning',
        'riskregister-uppfoljning',
        formExample('riskregister-uppfoljning', { uppfoljningDatum: today }),
      );
      await erik.getByRole('heading', { name: 'Aktuellt steg: Avslut' }).waitFor();
      await erik.getByRole('button', { name: 'Upprätta nästa års register' }).click();
      expect(await erik.getByLabel('År för nästa register').inputValue()).toBe(String(year + 1));
      await expectAccessible(erik, 'nästa års riskregister');
      await erik
        .getByRole('button', { name: /^Spara och skicka/ })
        .last()
        .click();
      await erik.getByText('Sparat: Upprätta nästa års register.').waitFor();
      await erik
        .locator('.notice-area')
        .getByRole('link', { name: new RegExp(`^Riskregister ${year + 1} – Solgårdens särskilda boende`) })
        .click();
      await erik.getByRole('heading', { name: 'Aktuellt steg: Upprätta riskregistret' }).waitFor();
      expect(await erik.locator('[id="f-riskregister-upprattande_risker_0_risk"]').inputValue()).toBe(
        'Genomförandeplaner uppdateras inte när behoven ändras.',
      );
      expect(await erik.locator('[id^="f-riskregister-upprattande_risker_1_"]').count()).toBe(0);
      await erik.getByRole('link', { name: /^Föregående års riskregister/ }).click();
      await erik.getByRole('heading', { name: 'Aktuellt steg: Avslut' }).waitFor();

      await erik.getByRole('link', { name: 'Riskregister (utskrift)' }).click();
      await erik.getByRole('heading', { level: 1, name: `Riskregister ${year}` }).waitFor();
      const table = erik.locator('table.register');
      const kriterier = (row: number) => table.locator('tbody tr').nth(row).locator('td').nth(4).locator('li').allTextContents();
      expect(await kriterier(0)).toEqual(['Kunskapsbaserad verksamhet', 'Individanpassad', 'Trygghet och säkerhet']);
      expect(await kriterier(1)).toEqual(['Individanpassad', 'Helhetssyn och samordning']);
      expect(await table.locator('tbody tr').nth(0).locator('td').nth(7).textContent()).toBe('9, hög');
      expect(await table.locator('tbody tr').nth(1).textContent()).toContain('Ej angivet');
      expect(await erik.locator('.doc-fields').first().textContent()).toContain(`GodkäntVera Sund, Verksamhetschef, ${today}`);
      // The follow-up is printed with the register: risk 2 remains and goes on to next year's.
      expect(await table.locator('tbody tr').nth(1).textContent()).toContain('Risken kvarstår');
      await expectAccessible(erik, 'riskregistrets utskrift');
      await erik.emulateMedia({ media: 'print' });
      await screenshot(erik, 'riskregister-utskrift');
      expect(problems, 'fel i sidans JavaScript').toEqual([]);
    },
  );
});
