import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../Db';
import { ApiFailure } from '../../http/apiError';
import type { LocalAccounts } from '../../accounts/LocalAccounts';
import { lockMinutes } from '../../accounts/LocalAccounts';
import { oneTimeCodeForm } from '../../accounts/oneTimeCode';

// A hash to verify against when the name is unknown, so a wrong name takes as long as a wrong password.
const DUMMY = hash('ingen-sådan-användare-finns-här');

const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** Local accounts in PostgreSQL (migration 0007); argon2id with the library's defaults (19 MiB, t = 2). */
export function pgLocalAccounts(db: Db): LocalAccounts {
  return {
    async set(userId, username, password, at, opts = {}) {
      const name = username.trim().toLowerCase();
      const taken = await db.query<{ user_id: string }>('select user_id from local_accounts where username = $1', [name]);
      if (taken.rows[0] && taken.rows[0].user_id !== userId)
        throw new ApiFailure(422, 'invalid_data', `Användarnamnet "${name}" används redan av en annan person.`);
      const passwordHash = await hash(password);
      await db.query(
        `insert into local_accounts (user_id, username, password_hash, failed_count, locked_until, changed_at, must_change, one_time_until)
         values ($1, $2, $3, 0, null, $4, $5, $6)
         on conflict (user_id) do update set username = excluded.username, password_hash = excluded.password_hash, failed_count = 0,
           locked_until = null, changed_at = excluded.changed_at, must_change = excluded.must_change,
           one_time_until = excluded.one_time_until`,
        [userId, name, passwordHash, at, opts.oneTimeUntil !== undefined, opts.oneTimeUntil ?? null],
      );
    },

    async changePassword(userId, password, at) {
      const passwordHash = await hash(password);
      await db.query(
        'update local_accounts set password_hash = $2, must_change = false, one_time_until = null, failed_count = 0, ' +
          'locked_until = null, changed_at = $3 where user_id = $1',
        [userId, passwordHash, at],
      );
    },

    async verify(username, password, at) {
      const { rows } = await db.query<{
        user_id: string;
        password_hash: string;
        failed_count: number;
        locked_until: string | null;
        must_change: boolean;
        one_time_until: string | null;
      }>('select user_id, password_hash, failed_count, locked_until, must_change, one_time_until from local_accounts where username = $1', [
        username.trim().toLowerCase(),
      ]);
      const account = rows[0];
      if (!account) {
        await verify(await DUMMY, password).catch(() => false);
        return { ok: false };
      }
      if (account.locked_until && account.locked_until > at) {
        // As long as any other refusal, so the time taken does not tell a locked account from an unknown name.
        await verify(await DUMMY, password).catch(() => false);
        return { ok: false, locked: account.locked_until };
      }
      const typed = account.must_change ? oneTimeCodeForm(password) : password;
      if (await verify(account.password_hash, typed).catch(() => false)) {
        await db.query('update local_accounts set failed_count = 0, locked_until = null where user_id = $1', [account.user_id]);
        if (!account.must_change) return { ok: true, userId: account.user_id };
        // A one-time password typed by the administratör before codes existed has no time: she knew it, so it is over.
        if (!account.one_time_until || account.one_time_until <= at) return { ok: false, expired: true };
        return { ok: true, userId: account.user_id, mustChange: true };
      }
      const failures = account.failed_count + 1;
      const minutes = lockMinutes(failures);
      const lockedUntil = minutes > 0 ? plusMinutes(at, minutes) : null;
      await db.query('update local_accounts set failed_count = $2, locked_until = $3 where user_id = $1', [
        account.user_id,
        failures,
        lockedUntil,
      ]);
      return lockedUntil ? { ok: false, locked: lockedUntil } : { ok: false };
    },
  };
}
