import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArendeEvent } from '../../src/engine/index';
import { demoIdentityOf, opened, sealedFor } from '../support/backupFiles';
import { baseUrl, expectAccessible, openBrowser, removeProfile, signIn, startTemplateServer, useServer, waitForDraft } from './browser';
import { formExample, report } from './fillForm';

describe('flows in real Chromium', () => {
  useServer();

  it('completes a step form with the keyboard only', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, 'Erik Holm');
      const link = b.page.getByRole('link', { name: 'Omedelbara åtgärder' }).first();
      const target = await link.getAttribute('href');
      await b.page.goto(`${baseUrl()}/${target}`);
      await b.page.getByRole('heading', { name: 'Aktuellt steg: Omedelbara åtgärder' }).waitFor();
      await b.page.locator('[id^="f-lex-sarah-omedelbara-atgarder_"]').first().waitFor(); // the form loads lazily
      // Tab until the first answer of the form has focus.
      for (let i = 0; i < 60; i++) {
        await b.page.keyboard.press('Tab');
        if (await b.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break;
      }
      expect(await b.page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
      await b.page.keyboard.press('ArrowDown'); // "Nej – inga åtgärder behövs"
      await b.page.getByLabel(/Motivering/).waitFor();
      await b.page.keyboard.press('Tab');
      expect(await b.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await b.page.keyboard.type('Den enskilde var inte i fara; rutinen följdes och anhöriga informerades samma dag.');
      await b.page.keyboard.press('Tab');
      expect(await b.page.evaluate(() => document.activeElement?.textContent)).toBe('Spara och skicka');
      await b.page.keyboard.press('Enter');
      await b.page.getByText('Sparat: Omedelbara åtgärder.').waitFor();
      // The saved notice comes with the answer; the stepper follows when the ärende is read again.
      await expect.poll(() => b.page.locator('.stepper [aria-current="step"]').first().textContent()).toContain('Registrering');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('keeps a half-filled report across a reload, and refuses an empty one in Swedish', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, 'Anna Berg');
      await b.page.getByRole('link', { name: 'Ny rapport' }).click();
      await b.page.getByLabel(/^Avvikelse/).check();
      await b.page.getByLabel('Enhet där det hände').selectOption({ label: 'Solgårdens särskilda boende' });
      await b.page.getByRole('button', { name: 'Skicka rapporten' }).click();
      await b.page.locator('.error-summary').waitFor();
      expect(await b.page.locator('.error-summary').textContent()).toMatch(/måste fyllas i/);
      expect(await b.page.locator('.error-summary').textContent()).not.toMatch(/must|should/);
      await expectAccessible(b.page, 'formulär med fel');
      const what = b.page.getByLabel(/Vad hände/);
      await what.fill('Brukaren föll vid förflyttning från rullstol till säng.');
      await waitForDraft(b.page, 'Brukaren föll vid förflyttning'); // the draft is saved shortly after typing
      await b.page.reload();
      await expect
        .poll(() => b.page.getByLabel(/Vad hände/).inputValue(), { timeout: 10_000 })
        .toBe('Brukaren föll vid förflyttning från rullstol till säng.');
      // A shared computer: after sign-out nothing of Anna's draft is left in the browser (issue 10, item 6).
      await b.page.getByRole('button', { name: 'Logga ut', exact: true }).click();
      await b.page.getByRole('heading', { name: /^Logga in$/ }).waitFor();
      const left = await b.page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const req = indexedDB.open('kvalitetsflode');
            req.onsuccess = () => {
              const all = req.result.transaction('drafts').objectStore('drafts').getAll();
              all.onsuccess = () => resolve(JSON.stringify(all.result));
            };
          }),
      );
      expect(left).not.toContain('Brukaren föll');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });

  it('refuses the rapportör who tries to assess his own report (jäv), and says why', async () => {
    const b = await openBrowser();
    try {
      await signIn(b.page, 'Erik Holm');
      await b.page.locator('.task', { hasText: 'Hemtjänst Norr' }).getByRole('link', { name: 'Bedömning' }).click();
      await b.page.getByRole('heading', { name: 'Aktuellt steg: Bedömning' }).waitFor();
      expect(await b.page.locator('.why-not').textContent()).toContain(
        'Du är rapportör eller inblandad i händelsen och får därför inte utreda eller besluta (jäv).',
      );
      expect(await b.page.getByRole('button', { name: 'Spara och skicka' }).count()).toBe(0);
      await expectAccessible(b.page, 'nekat steg');
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  });
});

describe('a backup through the server in real Chromium', () => {
  // The seeded ärenden must be as in the template: a step on one of them here would make the
  // backup differ from the restoring server's copy, and an import never overwrites an ärende.
  const server = useServer();

  it('no seeded event is dated after the seeding (an import refuses events from the future)', async () => {
    const now = new Date().toISOString();
    expect((await server().context.store.allEvents()).filter((e) => e.at > now)).toEqual([]);
  });

  it(
    'exports a signed backup from this server and restores it into a fresh one; a tampered copy is refused whole, every failure ' + 'named',
    async () => {
      // A new ärende only this server has, with a text of this test's own.
      const unique = `Säkerhetskopietest ${Date.now()}: brukaren halkade i duschen.`;
      const a = await openBrowser();
      let file = '';
      let arendeId = '';
      let count = 0;
      try {
        await signIn(a.page, 'Anna Berg');
        const caseUrl = await report(
          a.page,
          /^Avvikelse/,
          'Solgårdens särskilda boende',
          'avvikelse-rapport-2',
          formExample('avvikelse-rapport-2', { handelse: unique }),
        );
        arendeId = decodeURIComponent(caseUrl.split('/arende/')[1]!);
        await signIn(a.page, 'Sara Nyberg', '#/arenden');
        await a.page.getByRole('link', { name: unique }).waitFor();
        count = await a.page.locator('.arende-table tbody tr').count();

        // Backups are the administratör's, and go through the server.
        await signIn(a.page, 'Adam Falk');
        await a.page.getByRole('link', { name: 'Säkerhetskopia' }).click();
        // No keys configured on a demo server: the demo key pair, said on the page and in the file's name.
        await a.page.getByText(/^Demonyckel:/).waitFor();
        const download = a.page.waitForEvent('download');
        await a.page.getByRole('button', { name: 'Exportera säkerhetskopia' }).click();
        expect((await download).suggestedFilename()).toMatch(/^kvalitetsflode-\d{4}-\d{2}-\d{2}-demonyckel\.age$/);
        file = join(a.profile, 'backup.age');
        await (await download).saveAs(file);
        await a.page
          .getByText(/Säkerhetskopian är skapad: [\d\s]+ händelser .*signerad av servern och krypterad till demonyckeln/)
          .waitFor();
      } finally {
        await a.close();
      }
      // The administratör's download is not readable: only the private key (the demo's, in the data folder) opens it.
      const saved = readFileSync(file, 'utf8');
      expect(saved.startsWith('-----BEGIN AGE ENCRYPTED FILE-----')).toBe(true);
      expect(saved).not.toContain('Anna Berg');
      expect(saved).not.toContain(unique.slice(0, 20));
      const identity = demoIdentityOf(server());
      const backup = await opened({ sakerhetskopia: saved }, identity);
      expect(backup.formatVersion).toBe(2);
      expect(backup.events.length).toBeGreaterThan(50);
      expect(backup.events.some((e) => e.arendeId === arendeId)).toBe(true);
      expect(backup.heads?.length).toBe(count);
      expect(backup.kontrollpunkter?.at(-1)?.size).toBe(backup.events.length);

      // The tampered copy: a text changed in the new ärende and in one seeded ärende, encrypted again to the same key.
      const tampered = structuredClone(backup);
      const withText = (e: ArendeEvent) => typeof (e.stepData as { handelse?: unknown } | undefined)?.handelse === 'string';
      const victims = [
        tampered.events.find((e) => e.arendeId === arendeId && withText(e))!,
        tampered.events.find((e) => e.arendeId !== arendeId && withText(e))!,
      ];
      for (const e of victims) (e.stepData as { handelse: string }).handelse += ' (ändrad i efterhand)';
      const tamperedFile = join(a.profile, 'backup-andrad.age');
      writeFileSync(tamperedFile, await sealedFor(tampered, identity));

      // A second, fresh server from the same template (same signing key, the seeded ärenden only).
      const second = await startTemplateServer();
      const fresh = await openBrowser();
      try {
        expect(await second.context.store.summary(arendeId)).toBeUndefined();
        const eventsBefore = (await second.context.store.allEvents()).length;
        await signIn(fresh.page, 'Adam Falk', '#/sakerhetskopia', second.url);
        await fresh.page.getByRole('heading', { name: 'Säkerhetskopia', level: 1 }).waitFor();

        // The tampered file, with the right key: nothing is imported, and each broken ärende is named with its event.
        await fresh.page.getByLabel('Privat nyckel (AGE-SECRET-KEY-1…)').fill(identity);
        await fresh.page.getByLabel('Välj säkerhetskopia (.age eller äldre .json)').setInputFiles(tamperedFile);
        const refusal = fresh.page.locator('.rejection');
        await refusal.waitFor({ timeout: 30_000 });
        const listed = await refusal.locator('li').allTextContents();
        expect(listed[0]).toBe('Filen godtogs inte. Inget har importerats.');
        for (const e of victims)
          expect(
            listed.some((t) => t.includes(e.arendeId) && t.includes(`händelse ${e.seq}`)),
            `${e.arendeId}, händelse ${e.seq}: ${listed.join(' | ')}`,
          ).toBe(true);
        await expectAccessible(fresh.page, 'en vägrad import');
        expect((await second.context.store.allEvents()).length).toBe(eventsBefore);
        expect(await second.context.store.summary(arendeId)).toBeUndefined();

        // The signed file with the key (given again: the page forgets it after each import): the new ärende comes in.
        await fresh.page.getByLabel('Privat nyckel (AGE-SECRET-KEY-1…)').fill(identity);
        await fresh.page.getByLabel('Välj säkerhetskopia (.age eller äldre .json)').setInputFiles(file);
        const done = fresh.page.getByText(/^Importen är klar: 1 ärende och [\d\s]+ händelser importerades, [\d\s]+ fanns redan\.$/);
        await done.or(fresh.page.getByText('Servern kontrollerar hela filen innan något sparas …')).first().waitFor();
        await done.or(refusal).first().waitFor({ timeout: 30_000 });
        expect(await refusal.count(), (await refusal.allTextContents()).join(' | ')).toBe(0);

        await signIn(fresh.page, 'Sara Nyberg', '#/arenden', second.url);
        await fresh.page.getByRole('link', { name: unique }).click();
        await fresh.page.getByRole('heading', { name: unique, level: 1 }).waitFor();
        await fresh.page.getByRole('link', { name: 'Alla ärenden' }).click();
        await fresh.page.locator('.arende-table tbody tr').first().waitFor();
        await expect.poll(() => fresh.page.locator('.arende-table tbody tr').count()).toBe(count);
      } finally {
        await fresh.close();
        await second.dispose();
        removeProfile(fresh.profile);
        removeProfile(a.profile);
      }
    },
  );
});
