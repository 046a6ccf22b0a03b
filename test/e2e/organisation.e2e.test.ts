import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser, removeProfile, screenshot, signIn, useServer } from './browser';
import { fillForm, formExample } from './fillForm';

describe('the organisation as data in real Chromium (issue 10, item 2)', () => {
  useServer();

  it('the administratör adds "IFO barn och unga", an enhet and its enhetschef, who then sees only that enhet', async () => {
    const admin = await openBrowser();
    const chef = await openBrowser();
    try {
      const page = admin.page;
      await signIn(page, 'Adam Falk');
      await page.getByRole('link', { name: 'Organisation' }).click();
      await page.getByRole('heading', { name: 'Organisation', level: 1 }).waitFor();
      // The administratör has no case content.
      expect(await page.getByRole('link', { name: 'Alla ärenden' }).count()).toBe(0);
      await expectAccessible(page, 'Organisation');

      const form = (button: string) => page.locator('form', { has: page.getByRole('button', { name: button }) });
      const verksamhet = form('Lägg till verksamheten');
      await verksamhet.getByLabel(/Verksamhetens namn/).fill('IFO barn och unga');
      await verksamhet.getByLabel('Ort').fill('Storstad');
      await verksamhet.getByRole('button', { name: 'Lägg till verksamheten' }).click();
      await page.getByText('Verksamheten är tillagd.').waitFor();

      const enhet = form('Lägg till enheten');
      await enhet.getByLabel(/Enhetens namn/).fill('Familjehemsenheten');
      await enhet.getByLabel('Verksamhet', { exact: true }).selectOption({ label: 'IFO barn och unga' });
      await enhet.getByLabel('Besöksadress').fill('Torget 2');
      await enhet.getByLabel('Verksamhetsform').selectOption({ label: 'Socialtjänstlagen (SoL)' });
      await enhet.getByRole('button', { name: 'Lägg till enheten' }).click();
      await page.getByText('Enheten är tillagd.').waitFor();

      const person = form('Lägg till personen');
      await person.getByLabel(/^Namn/).fill('Ida Ström');
      await person.getByLabel('Befattning').fill('Enhetschef');
      await person.getByRole('button', { name: 'Lägg till personen' }).click();
      await page.getByText('Personen är tillagd.').waitFor();

      const roll = form('Ge rollen');
      await roll.getByLabel('Person').selectOption({ label: 'Ida Ström' });
      await roll.getByLabel('Roll').selectOption({ label: 'enhetschef' });
      await roll.getByLabel('Gäller för').selectOption({ label: 'Enheten Familjehemsenheten' });
      await roll.getByRole('button', { name: 'Ge rollen' }).click();
      await page.getByText('Rollen är given.').waitFor();
      // What is half-typed in one form survives a save in another (the page reads the organisation again).
      const login = form('Spara inloggningen');
      await login.getByLabel('Person').selectOption({ label: 'Ida Ström' });
      await login.getByLabel(/Användarnamn/).fill('ida.strom');
      await roll.getByLabel('Roll').selectOption({ label: 'medarbetare' });
      await roll.getByRole('button', { name: 'Ge rollen' }).click();
      await page.getByRole('table', { name: 'Personer och deras roller i dag' }).getByRole('cell', { name: /medarbetare för Familjehemsenheten/ }).waitFor();
      expect(await login.getByLabel('Person').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Ida Ström');
      expect(await login.getByLabel(/Användarnamn/).inputValue()).toBe('ida.strom');
      const changes = page.getByRole('table', { name: 'De senaste ändringarna, senaste först' });
      expect(await changes.locator('tbody tr').first().textContent()).toContain('Ida Ström fick rollen medarbetare för Familjehemsenheten');
      await expectAccessible(page, 'Organisation efter ändringar');
      await screenshot(page, 'organisation');

      // A user name and a first password for Ida (item 1): she signs in with them, not through the demo list.
      await login.getByLabel(/Nytt lösenord/).fill('kort');
      await login.getByRole('button', { name: 'Spara inloggningen' }).click();
      await page.getByText('Lösenordet måste ha minst 12 tecken.', { exact: false }).waitFor();
      await login.getByLabel(/Nytt lösenord/).fill('familjehem med lugn och ro');
      await login.getByRole('button', { name: 'Spara inloggningen' }).click();
      await page.getByText('Inloggningen är sparad.').waitFor();

      // Ida, in her own browser: only her new enhet, in the list and in Ny rapport.
      await chef.page.goto(baseUrl());
      await chef.page.getByLabel('Användarnamn', { exact: true }).fill('ida.strom');
      await chef.page.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
      await chef.page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await chef.page.getByText('Fel användarnamn eller lösenord.').waitFor();
      await chef.page.getByLabel('Lösenord', { exact: true }).fill('familjehem med lugn och ro');
      await chef.page.getByRole('button', { name: 'Logga in', exact: true }).click();
      await chef.page.getByText(/Inloggad som/).waitFor();
      expect(await chef.page.locator('.who strong').textContent()).toBe('Ida Ström');
      await chef.page.getByRole('link', { name: 'Alla ärenden' }).click();
      await chef.page.getByRole('heading', { name: 'Alla ärenden', level: 1 }).waitFor();
      await chef.page.getByText(/0 ärenden|Inga ärenden/).first().waitFor();
      expect(await chef.page.locator('.arende-table tbody tr').count()).toBe(0);
      await chef.page.getByRole('link', { name: 'Ny rapport' }).click();
      await chef.page.getByLabel(/^Avvikelse/).check();
      const where = chef.page.getByLabel('Enhet där det hände');
      expect(await where.locator('option').allTextContents()).toEqual(['Familjehemsenheten']);
      await fillForm(chef.page, 'avvikelse-rapport-2', formExample('avvikelse-rapport-2'));
      await chef.page.getByRole('button', { name: 'Skicka rapporten' }).click();
      await chef.page.locator('.case-header').waitFor();
      expect(await chef.page.locator('.case-header .eyebrow').textContent()).toContain('Familjehemsenheten');
      await chef.page.getByRole('link', { name: 'Alla ärenden' }).click();
      await chef.page.locator('.arende-table tbody tr').first().waitFor();
      const enheter = await chef.page.locator('.arende-table tbody tr').allTextContents();
      expect(enheter).toHaveLength(1);
      expect(enheter[0]).toContain('Familjehemsenheten');
    } finally {
      await admin.close();
      await chef.close();
      removeProfile(admin.profile);
      removeProfile(chef.profile);
    }
  });
});
