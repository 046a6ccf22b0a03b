import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './browser';
import { baseUrl, expectAccessible, openBrowser, removeProfile, screenshot, signIn, useServer } from './browser';

describe('every page in real Chromium: accessible (axe, WCAG 2.1 AA) and Swedish', () => {
  useServer();
  let b: Browser;
  beforeAll(async () => {
    b = await openBrowser();
  });
  afterAll(async () => {
    await b.close();
    removeProfile(b.profile);
  });

  it('the sign-in page lists the demo people and says clearly that it is the demo mode', async () => {
    await b.page.goto(baseUrl());
    await expect.poll(() => b.page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    expect(await b.page.getByRole('note').textContent()).toContain('Demoläge');
    expect(await b.page.locator('html').getAttribute('lang')).toBe('sv');
    // The server's demo organisation: one person per role, the administratör among them.
    for (const name of ['Anna Berg', 'Erik Holm', 'Sara Nyberg', 'Fredrik Dahl', 'Petra Lund', 'Adam Falk'])
      await b.page.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
    await expectAccessible(b.page, 'inloggningen');
    await screenshot(b.page, 'inloggning');
  });

  it("Mina uppgifter lists the enhetschef's tasks with overdue ones marked", async () => {
    await signIn(b.page, 'Erik Holm');
    await b.page.getByRole('heading', { name: 'Mina uppgifter' }).waitFor();
    await b.page.locator('.task').first().waitFor();
    expect(await b.page.locator('.task.overdue').count()).toBeGreaterThan(0);
    expect(await b.page.locator('.task-due time').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Only what the session may do: no backup, no integrity check, no process editor for an enhetschef.
    for (const link of ['Säkerhetskopia', 'Kontroll av loggen', 'Processer'])
      expect(await b.page.getByRole('link', { name: link }).count(), link).toBe(0);
    await expectAccessible(b.page, 'Mina uppgifter');
    await screenshot(b.page, 'startsida-mina-uppgifter');
  });

  it("case view shows the stepper and the current step's form", async () => {
    await b.page.getByRole('link', { name: 'Omedelbara åtgärder' }).first().click();
    await b.page.getByRole('heading', { name: 'Aktuellt steg: Omedelbara åtgärder' }).waitFor();
    expect(await b.page.locator('.stepper [aria-current="step"]').first().textContent()).toContain('Omedelbara åtgärder');
    await expectAccessible(b.page, 'ärendevyn med formulär');
    await screenshot(b.page, 'arende-med-formular');
  });

  it('Ny rapport guides the choice and shows the rapport form', async () => {
    await b.page.getByRole('link', { name: 'Ny rapport' }).click();
    await b.page.getByLabel(/Avvikelse/).check();
    await b.page.getByLabel('Enhet där det hände').selectOption({ label: 'Solgårdens särskilda boende' });
    await b.page.getByRole('button', { name: 'Skicka rapporten' }).waitFor();
    await expectAccessible(b.page, 'Ny rapport');
  });

  it('Alla ärenden lists and filters', async () => {
    await b.page.getByRole('link', { name: 'Alla ärenden' }).click();
    await b.page.locator('.arende-table tbody tr').first().waitFor();
    const all = await b.page.locator('.arende-table tbody tr').count();
    await b.page.getByLabel('Process').selectOption({ label: 'Riskanalys inför förändring' });
    await expect.poll(() => b.page.locator('.arende-table tbody tr').count()).toBeLessThan(all);
    // The kategorier are read from the forms, which load after the first rows: the choices come once they are in.
    await b.page.getByLabel('Process').selectOption({ label: 'Alla' });
    await b.page.getByLabel('Kategori').selectOption({ label: 'Bemötande' });
    await expect.poll(() => b.page.locator('.arende-table tbody tr').count()).toBeLessThan(all);
    await expectAccessible(b.page, 'Alla ärenden');
  });

  it("Säkerhetskopia is the administratör's page, offering export and import through the server", async () => {
    await signIn(b.page, 'Adam Falk');
    await b.page.getByRole('link', { name: 'Säkerhetskopia' }).click();
    await b.page.getByRole('heading', { name: 'Säkerhetskopia', level: 1 }).waitFor();
    await b.page.getByRole('button', { name: 'Exportera säkerhetskopia' }).waitFor();
    // A demo server without KF_BACKUP_RECIPIENTS: the page says the demo key is used.
    await b.page.getByText(/^Demonyckel:/).waitFor();
    await b.page.getByLabel('Privat nyckel (AGE-SECRET-KEY-1…)').waitFor();
    await b.page.getByLabel('Välj säkerhetskopia (.age eller äldre .json)').waitFor();
    await expectAccessible(b.page, 'Säkerhetskopia');
    await screenshot(b.page, 'sakerhetskopia');
  });

  it('Kontroll av loggen shows the SAS that every chain and signature holds', async () => {
    await signIn(b.page, 'Sara Nyberg');
    // The SAS checks the log but does not take backups.
    expect(await b.page.getByRole('link', { name: 'Säkerhetskopia' }).count()).toBe(0);
    await b.page.getByRole('link', { name: 'Kontroll av loggen' }).click();
    await b.page.getByRole('heading', { name: 'Kontroll av loggen', level: 1 }).waitFor();
    await b.page.getByRole('button', { name: 'Kontrollera nu' }).click();
    await b.page.getByText(/^Allt stämmer: [\d\s]+ ärenden och [\d\s]+ händelser kontrollerades/).waitFor();
    await expectAccessible(b.page, 'Kontroll av loggen');
    await screenshot(b.page, 'kontroll-av-loggen');
  });

  it('the SAS sees the åtgärder panel and a disabled "Avsluta ärende" with the unmet conditions', async () => {
    await b.page.getByRole('link', { name: 'Mina uppgifter' }).click();
    await b.page.getByRole('link', { name: 'Uppföljning' }).first().click();
    await b.page.getByRole('heading', { name: 'Åtgärder', exact: true }).waitFor();
    expect(await b.page.getByRole('button', { name: /^Verifiera/ }).count()).toBe(1);
    expect(await b.page.getByRole('button', { name: 'Avsluta ärende' }).isDisabled()).toBe(true);
    expect(await b.page.locator('.checklist .unmet').first().textContent()).toContain('Avslut');
    await expectAccessible(b.page, 'åtgärdspanelen');
    await screenshot(b.page, 'atgardspanel');
  });

  it('prints the IVO anmälan with every blankett field', async () => {
    await b.page.getByRole('link', { name: 'Alla ärenden' }).click();
    await b.page.locator('.arende-table tbody tr').first().waitFor();
    const rows = b.page.locator('.arende-table tbody tr');
    for (let i = 0; i < (await rows.count()); i++) {
      await rows.nth(i).getByRole('link').first().click();
      await b.page.locator('.case-header').waitFor();
      const link = b.page.getByRole('link', { name: 'Anmälan till IVO (utskrift)' });
      if (await link.count()) {
        await link.click();
        break;
      }
      await b.page.goBack();
      await b.page.locator('.arende-table tbody tr').first().waitFor();
    }
    await b.page.getByRole('heading', { name: /Anmälan till Inspektionen för vård och omsorg/ }).waitFor();
    for (const label of [
      'Typ av anmälan',
      'Avsändarens diarienummer',
      'Anmälande nämnd eller vårdgivare',
      'IVO:s avdelning',
      'Beskrivning',
    ])
      expect(await b.page.locator('dt', { hasText: label }).count(), label).toBe(1);
    await expectAccessible(b.page, 'utskriften av anmälan');
    await b.page.emulateMedia({ media: 'print' });
    await screenshot(b.page, 'utskrift-anmalan-ivo');
    await b.page.emulateMedia({ media: 'screen' });
  });

  it('Loggkontroll shows who opened and printed an ärende, and who was refused it (issue 10, item 4)', async () => {
    await signIn(b.page, 'Erik Holm');
    await b.page.locator('.task-list a', { hasText: 'Solgårdens särskilda boende' }).first().click();
    await b.page.locator('.case-header').waitFor();
    const caseUrl = b.page.url();
    // Lina leads other enheter: the ärende does not exist for her, and the attempt is logged.
    await signIn(b.page, 'Lina Ek');
    await b.page.goto(caseUrl);
    await b.page
      .getByText(/finns inte/)
      .first()
      .waitFor();
    // The administratör has no case content, but reads the log.
    await signIn(b.page, 'Sara Nyberg');
    await b.page.goto(caseUrl);
    await b.page.getByRole('link', { name: 'Vem har öppnat ärendet? (loggkontroll)' }).click();
    await b.page.getByRole('heading', { name: 'Loggkontroll', level: 1 }).waitFor();
    const table = b.page.getByRole('table', { name: 'Åtkomst, senaste först' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('Sara Nyberg');
    expect(rows.some((r) => r.includes('Lina Ek') && r.includes('Nekades – ingen behörighet'))).toBe(true);
    expect(rows.some((r) => r.includes('Erik Holm') && r.includes('enhetschef') && r.includes('Öppnade ärendet'))).toBe(true);
    await expectAccessible(b.page, 'Loggkontroll');
    await screenshot(b.page, 'loggkontroll');
  });
});
