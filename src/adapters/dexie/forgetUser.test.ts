import { describe, expect, it } from 'vitest';
import { dexieDrafts } from './DexieDrafts';
import { forgetUser } from './forgetUser';
import { KvalitetsDb } from './KvalitetsDb';

describe('privacy on a shared computer (issue 10, item 6)', () => {
  it(
    "removes one person's drafts and cached lists, also drafts from before they carried an owner, and keeps the outbox and " +
      "others' drafts",
    async () => {
      const db = new KvalitetsDb(`forget-${crypto.randomUUID()}`);
      let who: string | undefined = 'user:anna';
      const drafts = dexieDrafts(
        async () => db,
        () => '2026-12-02T08:00:00.000Z',
        () => who,
      );
      await drafts.save('ny:user:anna:avvikelse:enhet:solgarden', { handelse: 'Påbörjad' });
      who = 'user:sara';
      await drafts.save('arende:a1:utredning.submit::user:sara', { orsaker: 'Saras utkast' });
      await db.drafts.put({ key: 'arende:a1:bedomning.submit::user:anna', data: { x: 1 }, savedAt: '2026-11-01T08:00:00.000Z' });
      await db.cache.put({ key: 'inbox:user:anna', userId: 'user:anna', data: [] } as never);
      await db.outbox.put({
        id: 'arende:ut',
        userId: 'user:anna',
        processType: 'avvikelse',
        enhetId: 'enhet:solgarden',
        data: {},
        createdAt: '2026-12-02T08:00:00.000Z',
        state: 'waiting',
      } as never);

      await forgetUser(db, 'user:anna');
      expect((await db.drafts.toArray()).map((d) => d.key)).toEqual(['arende:a1:utredning.submit::user:sara']);
      expect(await db.cache.count()).toBe(0);
      // A rapport not yet sent is a record on its way: it stays for the next sign-in.
      expect(await db.outbox.count()).toBe(1);

      // Signed out, a form that flushes as it closes writes nothing.
      who = undefined;
      await drafts.save('arende:a1:utredning.submit::user:sara', { orsaker: 'efter utloggning' });
      expect((await db.drafts.get('arende:a1:utredning.submit::user:sara'))?.data).toEqual({ orsaker: 'Saras utkast' });
      db.close();
    },
  );
});
