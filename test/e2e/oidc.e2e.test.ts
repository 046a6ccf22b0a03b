import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser, removeProfile, screenshot, signIn, useServer } from './browser';
import type { Browser } from './browser';
import { freePort, startTestIdp } from './testIdp';
import type { TestIdp } from './testIdp';

let idp: TestIdp | undefined;
const theIdp = () => {
  if (!idp) throw new Error('Testets identitetstjänst har inte startat.');
  return idp;
};

/** Clicks the kommun's sign-in, logs in at the provider as `login`, and consents when asked. */
async function signInAtIdp(page: Page, login: string): Promise<void> {
  await page.goto(baseUrl());
  await page.getByRole('link', { name: 'Logga in med kommunens inloggning' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('valfritt');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const back = page.getByRole('heading', { level: 1 });
  const consent = page.getByRole('button', { name: 'Continue' });
  await consent.or(back).first().waitFor();
  if (await consent.isVisible()) await consent.click();
  await page.waitForURL((u) => u.origin === baseUrl());
}

describe('OpenID Connect sign-in in real Chromium against a real provider (issue 10, item 1)', () => {
  const server = useServer({
    env: async () => {
      const port = await freePort();
      idp = await startTestIdp(`http://127.0.0.1:${port}/api/session/oidc/callback`);
      return { PORT: String(port), KF_OIDC_ISSUER: idp.issuer, KF_OIDC_CLIENT_ID: idp.clientId, KF_OIDC_CLIENT_SECRET: idp.clientSecret };
    },
  });
  afterAll(async () => idp?.close());

  const withBrowser = async (run: (b: Browser) => Promise<void>) => {
    const b = await openBrowser();
    try {
      await run(b);
    } finally {
      await b.close();
      removeProfile(b.profile);
    }
  };

  it('a person the administratör gave a login id signs in through the provider and gets a rotated, HttpOnly session', async () => {
    // The administratör records Erik's id at the identity provider on the Organisation page; it waits for a second person.
    await withBrowser(async (b) => {
      await signIn(b.page, 'Adam Falk');
      await b.page.getByRole('link', { name: 'Organisation' }).click();
      const form = b.page.locator('form', { has: b.page.getByLabel('Inloggnings-id') });
      await form.getByLabel('Ändra en person, eller lägg till en ny').selectOption({ label: 'Erik Holm' });
      await form.getByLabel('Inloggnings-id').fill('SE2321000016-E1');
      await form.getByRole('button', { name: 'Spara personen' }).click();
      await b.page.getByText('Personen är sparad. Det nya inloggnings-id:t gäller när en annan administratör', { exact: false }).waitFor();
    });
    // Until the förvaltningschef approves it, the id signs in as nobody (issue 22: no administratör alone decides it).
    await withBrowser(async (b) => {
      await signInAtIdp(b.page, 'SE2321000016-E1');
      await b.page.getByRole('heading', { name: 'Kontakta administratören' }).waitFor();
    });
    await withBrowser(async (b) => {
      await signIn(b.page, 'Fredrik Dahl');
      await b.page.getByRole('link', { name: 'Roller att godkänna' }).click();
      await b.page.getByRole('button', { name: 'Godkänn inloggnings-id SE2321000016-E1 för Erik Holm' }).click();
      await b.page.getByText('Erik Holm har nu inloggnings-id SE2321000016-E1.').waitFor();
    });
    await withBrowser(async (b) => {
      await b.page.goto(baseUrl());
      await b.page.getByRole('heading', { name: 'Med kommunens inloggning' }).waitFor();
      await expectAccessible(b.page, 'inloggningssidan');
      await screenshot(b.page, 'inloggning');
      // A planted session cookie from before sign-in is never promoted.
      await b.context.addCookies([{ name: 'kf_session', value: 'planterad', url: baseUrl() }]);
      await signInAtIdp(b.page, 'SE2321000016-E1');
      await b.page.getByText(/Inloggad som/).waitFor();
      expect(await b.page.locator('.who strong').textContent()).toBe('Erik Holm');
      const session = (await b.context.cookies(baseUrl())).find((c) => c.name === 'kf_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      expect(session?.value).not.toBe('planterad');
      // The state cookie is spent, and the address carries nothing of the sign-in.
      expect((await b.context.cookies(baseUrl())).some((c) => c.name === 'kf_oidc')).toBe(false);
      expect(new URL(b.page.url()).search).toBe('');
    });
  });

  it('an unknown person is refused with "kontakta administratören", and gets no session', async () => {
    await withBrowser(async (b) => {
      await signInAtIdp(b.page, 'SE2321000016-OKAND');
      await b.page.getByRole('heading', { name: 'Kontakta administratören' }).waitFor();
      expect(await b.page.getByRole('alert').textContent()).toContain('ingen användare i Kvalitetsflöde med ditt inloggnings-id');
      expect((await b.context.cookies(baseUrl())).some((c) => c.name === 'kf_session')).toBe(false);
      // The reason is read once and taken out of the address.
      expect(new URL(b.page.url()).search).toBe('');
      await expectAccessible(b.page, 'okänd användare');
      await screenshot(b.page, 'inloggning-okand');
    });
  });

  for (const [tamper, what] of [
    ['audience', 'an ID token for another client (wrong audience)'],
    ['issuer', 'an ID token from another issuer'],
    ['expired', 'an expired ID token'],
  ] as const) {
    it(`${what}, correctly signed by the provider's key, is refused`, async () => {
      await server().context.db.query(`update users set login_subject = 'SE2321000016-E1' where id = 'user:erik'`);
      theIdp().tamper = tamper;
      const before = theIdp().tampered;
      try {
        await withBrowser(async (b) => {
          await signInAtIdp(b.page, 'SE2321000016-E1');
          await b.page.getByRole('heading', { name: 'Du är inte inloggad' }).waitFor();
          expect(await b.page.getByRole('alert').textContent()).toContain('kunde inte godtas');
          expect((await b.context.cookies(baseUrl())).some((c) => c.name === 'kf_session')).toBe(false);
        });
        expect(theIdp().tampered).toBe(before + 1);
      } finally {
        theIdp().tamper = 'none';
      }
    });
  }

  it("the provider's answer cannot be replayed, nor finished in a browser that did not start the sign-in", async () => {
    await server().context.db.query(`update users set login_subject = 'SE2321000016-E1' where id = 'user:erik'`);
    let callback = '';
    await withBrowser(async (b) => {
      b.page.on('request', (r) => {
        if (r.url().includes('/api/session/oidc/callback')) callback = r.url();
      });
      await signInAtIdp(b.page, 'SE2321000016-E1');
      await b.page.getByText(/Inloggad som/).waitFor();
    });
    expect(callback).toContain('code=');
    await withBrowser(async (b) => {
      await b.page.goto(callback);
      await b.page.getByRole('heading', { name: 'Du är inte inloggad' }).waitFor();
      expect(await b.page.getByRole('alert').textContent()).toContain('Börja om');
      expect((await b.context.cookies(baseUrl())).some((c) => c.name === 'kf_session')).toBe(false);
    });
  });
});
