import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { seedOrganisation } from '../../src/server/postgres/PgDirectory';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { passwordProblem } from '../../src/server/accounts/passwordPolicy';
import { pgLocalAccounts } from '../../src/server/postgres/accounts/pgLocalAccounts';

const T0 = '2026-12-02T08:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

describe('local accounts (issue 10, item 1)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await pgliteDb();
    await migrate(db);
    await seedOrganisation(db, DEMO_ORG, DEMO_USERS, '2020-01-01T00:00:00.000Z');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('keeps only an argon2id hash, signs in by name (any case) and password, and refuses a wrong one', async () => {
    const accounts = pgLocalAccounts(db);
    await accounts.set('user:anna', ' Anna.Berg ', 'korrekt häst batteri häftklammer', T0);
    const stored = (
      await db.query<{ username: string; password_hash: string }>(
        "select username, password_hash from local_accounts where user_id = 'user:anna'",
      )
    ).rows[0]!;
    expect(stored.username).toBe('anna.berg');
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.password_hash).not.toContain('häst');
    expect(await accounts.verify('ANNA.BERG', 'korrekt häst batteri häftklammer', T0)).toEqual({ ok: true, userId: 'user:anna' });
    expect(await accounts.verify('anna.berg', 'fel', T0)).toEqual({ ok: false });
    expect(await accounts.verify('okand', 'korrekt häst batteri häftklammer', T0)).toEqual({ ok: false });
    await expect(accounts.set('user:sara', 'anna.berg', 'ett annat långt lösenord', T0)).rejects.toThrow(
      'Användarnamnet "anna.berg" används redan av en annan person.',
    );
  });

  it('locks after five failures in a row, for a time that doubles, even for the right password; a success resets', async () => {
    const accounts = pgLocalAccounts(db);
    await accounts.set('user:erik', 'erik.holm', 'en lång fras om hemtjänsten', T0);
    for (let i = 0; i < 4; i++) expect(await accounts.verify('erik.holm', 'fel', T0)).toEqual({ ok: false });
    expect(await accounts.verify('erik.holm', 'fel', T0)).toEqual({ ok: false, locked: later(1) });
    expect(await accounts.verify('erik.holm', 'en lång fras om hemtjänsten', T0)).toEqual({ ok: false, locked: later(1) });
    expect(await accounts.verify('erik.holm', 'fel', later(2))).toEqual({ ok: false, locked: later(4) });
    expect(await accounts.verify('erik.holm', 'en lång fras om hemtjänsten', later(5))).toEqual({ ok: true, userId: 'user:erik' });
    expect(await accounts.verify('erik.holm', 'fel', later(5))).toEqual({ ok: false });
  });

  it('takes a one-time code in any spacing until its time, then calls it expired; a wrong code is a failure as ever', async () => {
    const accounts = pgLocalAccounts(db);
    await accounts.set('user:karin', 'karin.s', 'K7QM-2XRT-9HWB-PZ4C', T0, { oneTimeUntil: later(60) });
    expect(await accounts.verify('karin.s', 'k7qm2xrt 9hwb pz4c', later(59))).toEqual({ ok: true, userId: 'user:karin', mustChange: true });
    expect(await accounts.verify('karin.s', 'K7QM-2XRT-9HWB-PZ4C', later(60))).toEqual({ ok: false, expired: true });
    expect(await accounts.verify('karin.s', 'K7QM-2XRT-9HWB-PZ4D', later(61))).toEqual({ ok: false });
    await accounts.changePassword('user:karin', 'en egen fras om kvalitet', later(10));
    expect(await accounts.verify('karin.s', 'en egen fras om kvalitet', later(120))).toEqual({ ok: true, userId: 'user:karin' });
  });

  it("asks for length, not for composition, and refuses common passwords and the person's own name", () => {
    const anna = { username: 'anna.berg', namn: 'Anna Berg' };
    expect(passwordProblem('kort', anna)).toMatch(/minst 12 tecken/);
    expect(passwordProblem('lösenord1234', anna)).toMatch(/för vanligt/);
    expect(passwordProblem('aaaaaaaaaaaaaa', anna)).toMatch(/för vanligt/);
    expect(passwordProblem('123456789012', anna)).toMatch(/för vanligt/);
    expect(passwordProblem('berg på solgården', anna)).toMatch(/ditt namn/);
    expect(passwordProblem('korrekt häst batteri häftklammer', anna)).toBeUndefined();
    expect(passwordProblem('alllowercaseandlong', anna)).toBeUndefined();
  });
});
