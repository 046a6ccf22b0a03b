import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, useServer, usePeople } from './browser';
import { fillForm, formExample, report, submitStep } from './fillForm';

/**
 * Issue 10: a lex Sarah ärende passes through five people, each signed in once in a browser context of
 * her own (own cookies, own IndexedDB – own computer); each sees the others' steps arrive without reloading.
 * Two people of another enhet try to read, print and act on it and are refused, which the access log shows;
 * then the other enhet's chef, on jour, states why and reads it (read only), and the log shows the reason.
 */
describe('a full lex Sarah ärende with five people in five browser contexts', () => {
  useServer();
  const { person, problems } = usePeople();

  const step = (page: Page, name: string) => page.getByRole('heading', { name: `Aktuellt steg: ${name}` }).waitFor({ timeout: 15_000 });

  async function atgardAction(page: Page, button: RegExp, formId: string, saved: string): Promise<void> {
    await page.getByRole('button', { name: button }).first().click();
    await fillForm(page, formId, formExample(formId, { atgardId: undefined }));
    await page.getByRole('button', { name: 'Spara och skicka' }).click();
    await page.getByText(`Sparat: ${saved}.`).waitFor();
  }

  it('Anna reports, Erik acts, Sara investigates, Fredrik decides, Sofia verifies and closes; Maja and Lina are refused', async () => {
    const [anna, erik, sara, fredrik, sofia] = await Promise.all([
      person('Anna Berg'),
      person('Erik Holm'),
      person('Sara Nyberg'),
      person('Fredrik Dahl'),
      person('Sofia Åberg'),
    ]);
    // Five separate sessions: every context carries its own cookie.
    const cookies = await Promise.all(
      [anna, erik, sara, fredrik, sofia].map(async (p) => (await p.context().cookies()).find((c) => c.name === 'kf_session')?.value),
    );
    expect(new Set(cookies).size).toBe(5);

    await erik.goto(`${baseUrl()}/#/uppgifter`);
    const caseUrl = await report(
      anna,
      /^Lex Sarah-rapport/,
      'Solgårdens särskilda boende',
      'lex-sarah-rapport-2',
      formExample('lex-sarah-rapport-2'),
    );
    const id = decodeURIComponent(caseUrl.slice(caseUrl.indexOf('#/arende/') + '#/arende/'.length));

    // The new rapport reaches Erik's Mina uppgifter by itself.
    await erik.locator(`.task-list a[href="#/arende/${encodeURIComponent(id)}"]`).click({ timeout: 15_000 });
    await sara.goto(caseUrl);
    await step(erik, 'Omedelbara åtgärder');
    await submitStep(erik, 'Omedelbara åtgärder', 'lex-sarah-omedelbara-atgarder', formExample('lex-sarah-omedelbara-atgarder'));

    // Sara had the ärende open: Erik's step arrives without a reload, and the registrering is hers.
    await step(sara, 'Registrering');
    await submitStep(sara, 'Registrering', 'lex-sarah-registrering', formExample('lex-sarah-registrering'));
    await submitStep(sara, 'Utredning', 'lex-sarah-utredning', formExample('lex-sarah-utredning'));
    await fredrik.goto(caseUrl);
    await submitStep(
      sara,
      'Bedömning (förslag)',
      'lex-sarah-bedomning',
      formExample('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: false }),
    );

    await step(fredrik, 'Beslut');
    await submitStep(
      fredrik,
      'Beslut',
      'lex-sarah-beslut-2',
      formExample('lex-sarah-beslut-2', { klassificering: 'missforhallande', allvarligt: false }),
    );

    await step(erik, 'Åtgärder');
    await submitStep(erik, 'Åtgärder', 'lex-sarah-atgarder', formExample('lex-sarah-atgarder'));
    for (let i = 0; i < 2; i++) await atgardAction(erik, /^Rapportera genomförd/, 'atgard-rapportera', 'Rapportera åtgärd som genomförd');

    // Anna, the rapportör, follows her own rapport but acts on none of the later steps.
    await anna.reload();
    await anna.locator('.case-header').waitFor();
    expect(await anna.getByRole('button', { name: 'Spara och skicka' }).count()).toBe(0);

    // Two people of another enhet: Maja (medarbetare at Lärkan) and Lina (its enhetschef).
    const maja = await person('Maja Lind');
    const lina = await person('Lina Ek');
    for (const outsider of [maja, lina]) {
      for (const url of [caseUrl, `${baseUrl()}/#/utskrift/${encodeURIComponent(id)}/utredning`]) {
        await outsider.goto(url);
        await outsider.getByText('Ärendet finns inte, eller så har du inte behörighet att se det.').waitFor();
      }
    }
    // Lina calls the API directly: reading, printing and acting answer as if the ärende did not exist; the export is not hers.
    const direct = await lina.evaluate(async (arendeId) => {
      const headers = { 'content-type': 'application/json', 'x-kvalitetsflode': '1' };
      const path = `/api/arenden/${encodeURIComponent(arendeId)}`;
      const read = await fetch(path);
      const print = await fetch(`${path}?utskrift=Utredning`);
      const act = await fetch(`${path}/commands`, { method: 'POST', headers, body: JSON.stringify({ type: 'uppfoljning', data: {} }) });
      const exported = await fetch('/api/backup');
      return { read: read.status, print: print.status, act: act.status, exported: exported.status, text: await read.text() };
    }, id);
    expect([direct.read, direct.print, direct.act]).toEqual([404, 404, 404]);
    expect(direct.exported).toBe(403);
    expect(direct.text).not.toContain('Solgården');
    // Maja cannot ask to read it. Lina, on jour, states why and may then read it – read, not act.
    expect(await maja.getByRole('heading', { name: 'Läsa ett ärende utanför dina enheter' }).count()).toBe(0);
    await lina.goto(caseUrl);
    await lina.getByRole('heading', { name: 'Läsa ett ärende utanför dina enheter' }).waitFor();
    await expectAccessible(lina, 'skälet för att läsa utanför egna enheter');
    await lina.getByLabel('Jour eller beredskap').check();
    await lina.getByRole('button', { name: 'Läs ärendet med detta skäl' }).click();
    await lina.locator('.case-header').waitFor();
    expect(await lina.getByRole('button', { name: 'Spara och skicka' }).count()).toBe(0);
    await maja.context().close();
    await lina.context().close();

    // Sofia, the other SAS, verifies both åtgärder, follows up and closes.
    await sofia.goto(caseUrl);
    await sofia.locator('.case-header').waitFor();
    for (let i = 0; i < 2; i++) await atgardAction(sofia, /^Verifiera/, 'atgard-verifiera', 'Verifiera åtgärd');
    await submitStep(sofia, 'Uppföljning', 'lex-sarah-uppfoljning-2', formExample('lex-sarah-uppfoljning-2'));
    await submitStep(sofia, 'Avslut', 'lex-sarah-avslut', formExample('lex-sarah-avslut'), 'Avsluta ärendet');
    expect(await sofia.locator('.case-header').textContent()).toContain('Avslutat');
    // Everyone who still has it open sees it closed, without reloading.
    for (const p of [erik, sara, fredrik])
      await expect.poll(() => p.locator('.case-header').textContent(), { timeout: 15_000 }).toContain('Avslutat');
    // The history names who did each step, five people in all.
    const history = (await sofia.locator('.history li').allTextContents()).join('\n');
    for (const who of ['Erik Holm', 'Sara Nyberg', 'Fredrik Dahl', 'Sofia Åberg']) expect(history).toContain(who);

    // The refused attempts are in the access log, beside the five people's openings.
    await sofia.getByRole('link', { name: 'Vem har öppnat ärendet? (loggkontroll)' }).click();
    const table = sofia.getByRole('table', { name: 'Åtkomst, senaste först' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    for (const refused of ['Maja Lind', 'Lina Ek'])
      expect(
        rows.some((r) => r.includes(refused) && r.includes('Nekades – ingen behörighet')),
        refused,
      ).toBe(true);
    expect(rows.some((r) => r.includes('Lina Ek') && r.includes('utanför egna enheter, skäl: Jour eller beredskap'))).toBe(true);
    for (const reader of ['Erik Holm', 'Sara Nyberg', 'Fredrik Dahl', 'Sofia Åberg'])
      expect(
        rows.some((r) => r.includes(reader) && r.includes('Öppnade ärendet')),
        reader,
      ).toBe(true);
    await expectAccessible(sofia, 'Loggkontroll efter fem personer');
    expect(problems, 'fel i sidans JavaScript').toEqual([]);
  });
});
