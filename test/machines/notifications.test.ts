import { describe, expect, it } from 'vitest';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { deriveNotifications, notificationPlan, weeklyOverview } from '../../src/engine/internal';
import type { DueNotification, NotificationPolicy } from '../../src/engine/internal';
import { createWorld, example, lexSarahUntil } from '../support/world';
import type { World } from '../support/world';

const due = async (w: World, id: string, now: string, policy?: Partial<NotificationPolicy>): Promise<DueNotification[]> =>
  deriveNotifications({ state: (await w.engine.get(id))!, org: DEMO_ORG, people: DEMO_USERS, now, ...(policy ? { policy } : {}) });

const pick = (list: DueNotification[], kind: DueNotification['kind'], ref = '') =>
  list.filter((n) => n.kind === kind && n.ref.startsWith(ref)).map((n) => `${n.recipientId} ${n.notifyAt}`);

/** A lex Sarah ärende whose anmälan went to IVO on the world's first day, before the utredning: the komplettering is due. */
async function kompletteringFrom(sent: string): Promise<{ w: World; id: string }> {
  const w = await createWorld({ start: `${sent}T09:00:00.000Z` });
  const id = await lexSarahUntil(w, 'beslut', { allvarligt: true, utredningBifogad: false });
  return { w, id };
}

describe('notifications derived from an ärende, its organisation and the clock', () => {
  it('tells the enhetschef that a new rapport is theirs, not the rapportör, and records the same fact under the same key', async () => {
    const w = await createWorld({ start: '2026-03-13T08:00:00.000Z' });
    const id = await lexSarahUntil(w, 'rapport');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    const now = w.clock.now();
    const list = await due(w, id, now);
    const steg = list.filter((n) => n.kind === 'steg');
    expect(steg.map((n) => n.recipientId)).toEqual(['user:erik']);
    expect(steg[0]).toMatchObject({ arendeId: id, stepTitle: expect.any(String), dueAt: expect.any(String) });
    expect(steg[0]!.key).toBe([id, 'steg', steg[0]!.ref, 'user:erik', steg[0]!.notifyAt].join('|'));
    // Later sweeps give the same keys again (recorded once), plus whatever fell due since.
    const later = await due(w, id, new Date(Date.parse(now) + 3_600_000).toISOString());
    expect(later.map((n) => n.key)).toEqual(expect.arrayContaining(steg.map((n) => n.key)));
    // Nothing is due before it happened.
    expect(await due(w, id, '2026-03-01T00:00:00.000Z')).toEqual([]);
  });

  it('does not tell a jävig SAS about the utredning she may not do, nor remind her of its deadline', async () => {
    const w = await createWorld({ start: '2026-03-13T08:00:00.000Z' });
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', { inblandade: [{ namn: 'Sara Nyberg' }] }));
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sofia', 'registrering.submit', example('lex-sarah-registrering'));
    expect((await w.engine.get(id))!.snapshot.context.jav).toContain('user:sara');
    // Weeks later every reminder and escalation about the utredning is due: none of them goes to Sara.
    const list = await due(w, id, '2026-06-01T08:00:00.000Z');
    expect(list.some((n) => n.ref.includes('utredning'))).toBe(true);
    expect(list.filter((n) => n.recipientId === 'user:sara' && n.ref.includes('utredning'))).toEqual([]);
  });

  it('escalates a passed deadline to the chef only after the configured working days', async () => {
    const w = await createWorld({ start: '2026-03-13T08:00:00.000Z' }); // a Friday
    const id = await lexSarahUntil(w, 'rapport');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    // Omedelbara åtgärder: one day, so due Saturday 08:01Z; two working days later is Tuesday 08:00 Stockholm.
    const list = await due(w, id, '2026-03-20T00:00:00.000Z');
    expect(pick(list, 'frist_passerad', 'frist:')).toEqual(['user:erik 2026-03-14T08:01:00.000Z']);
    expect(pick(list, 'frist_passerad_chef', 'frist:').sort()).toEqual([
      'user:sara 2026-03-17T07:00:00.000Z',
      'user:sofia 2026-03-17T07:00:00.000Z',
      'user:vera 2026-03-17T07:00:00.000Z',
    ]);
    expect(pick(await due(w, id, '2026-03-17T06:59:59.000Z'), 'frist_passerad_chef')).toEqual([]);
    expect(pick(await due(w, id, '2026-03-20T00:00:00.000Z', { escalateAfterWorkingDays: 1 }), 'frist_passerad_chef', 'frist:')).toContain(
      'user:vera 2026-03-16T07:00:00.000Z',
    );
  });

  it('reminds the komplettering exactly three times, on working days, across Easter and the change to summer time', async () => {
    const { w, id } = await kompletteringFrom('2026-02-20');
    const list = await due(w, id, '2026-04-20T12:00:00.000Z');
    // Deadline 2026-04-20 (end of day). One month before: Fri 20 March, 08:00 CET. Two weeks before is
    // Easter Monday (6 April): moved to Thursday 2 April (Good Friday is a holiday), 08:00 CEST. Three days: Fri 17 April.
    expect(pick(list, 'paminnelse').sort()).toEqual(
      [
        'user:sara 2026-03-20T07:00:00.000Z',
        'user:sara 2026-04-02T06:00:00.000Z',
        'user:sara 2026-04-17T06:00:00.000Z',
        'user:sofia 2026-03-20T07:00:00.000Z',
        'user:sofia 2026-04-02T06:00:00.000Z',
        'user:sofia 2026-04-17T06:00:00.000Z',
      ].sort(),
    );
    // The komplettering has its own schedule: no generic "near" for it.
    expect(pick(list, 'frist_nara', 'frist:handlaggning.ivospar.komplettering')).toEqual([]);
    expect(list.find((n) => n.kind === 'paminnelse')!.dueAt).toBe('2026-04-20T21:59:59.999Z');
    // Before the first date nothing, between them only those passed; the plan names the next moment.
    expect(pick(await due(w, id, '2026-03-20T06:59:00.000Z'), 'paminnelse')).toEqual([]);
    const state = (await w.engine.get(id))!;
    expect(notificationPlan({ state, org: DEMO_ORG, people: DEMO_USERS, now: '2026-03-20T06:59:00.000Z' }).nextAt).toBe(
      '2026-03-20T07:00:00.000Z',
    );
    expect(notificationPlan({ state, org: DEMO_ORG, people: DEMO_USERS, now: '2026-03-20T07:00:00.000Z' }).nextAt).toBe(
      '2026-04-02T06:00:00.000Z',
    );
    expect(pick(await due(w, id, '2026-04-02T06:00:00.000Z'), 'paminnelse')).toHaveLength(4);
    // A sweep that comes only after the deadline still records all three (the server was down, or the clock moved on).
    expect(pick(await due(w, id, '2026-05-01T00:00:00.000Z'), 'paminnelse')).toHaveLength(6);
  });

  it('moves komplettering reminders off midsommar and jul to the working day before', async () => {
    // Sent 24 April: due 24 June. Three days before is Sunday 21 June; midsommarafton (19th) is off, so Thursday 18 June.
    const summer = await kompletteringFrom('2026-04-24');
    expect(pick(await due(summer.w, summer.id, '2026-06-24T12:00:00.000Z'), 'paminnelse').filter((s) => s.startsWith('user:sara'))).toEqual(
      ['user:sara 2026-05-22T06:00:00.000Z', 'user:sara 2026-06-10T06:00:00.000Z', 'user:sara 2026-06-18T06:00:00.000Z'],
    );
    // Sent 27 October: due Sunday 27 December. Three days before is julafton: Wednesday 23 December, 08:00 CET (back from summer time).
    const winter = await kompletteringFrom('2026-10-27');
    expect(pick(await due(winter.w, winter.id, '2026-12-27T12:00:00.000Z'), 'paminnelse').filter((s) => s.startsWith('user:sara'))).toEqual(
      ['user:sara 2026-11-27T07:00:00.000Z', 'user:sara 2026-12-11T07:00:00.000Z', 'user:sara 2026-12-23T07:00:00.000Z'],
    );
  });

  it(
    'reminds an åtgärd’s ansvarig two working days before its klart-datum and tells the enhetschef when it passed, around ' +
      'midsommar and jul',
    async () => {
      const w = await createWorld({ start: '2026-06-01T08:00:00.000Z' });
      const id = await lexSarahUntil(w, 'beslut');
      await w.step(
        id,
        'user:fredrik',
        'beslut.submit',
        example('lex-sarah-beslut', { klassificering: 'missforhallande', allvarligt: false }),
      );
      const base = example('lex-sarah-atgarder') as { atgarder: Record<string, unknown>[] };
      await w.step(id, 'user:erik', 'atgarder.submit', {
        ...base,
        atgarder: [
          { ...base.atgarder[0], klartDatum: '2026-06-22' },
          { ...base.atgarder[1], klartDatum: '2026-12-23' },
        ],
      });
      const list = await due(w, id, '2027-01-10T00:00:00.000Z');
      const [first, second] = (await w.engine.get(id))!.snapshot.context.atgarder;
      // Monday 22 June: Friday 19th is midsommarafton, so two working days before counted back is Wednesday 17th (Thu 18, Wed 17).
      expect(pick(await due(w, id, '2026-06-20T00:00:00.000Z'), 'frist_nara', `atgard:${first!.id}`)).toEqual([
        'user:anna 2026-06-17T06:00:00.000Z',
      ]);
      // Once the deadline has passed a late sweep no longer sends "near", only "passed".
      expect(pick(list, 'frist_nara', `atgard:${first!.id}`)).toEqual([]);
      expect(pick(list, 'frist_passerad', `atgard:${first!.id}`)).toEqual(['user:anna 2026-06-22T21:59:59.999Z']);
      expect(pick(list, 'frist_passerad_chef', `atgard:${first!.id}`)).toEqual(['user:erik 2026-06-24T06:00:00.000Z']);
      // Wednesday 23 December: julafton to annandag and the weekend are off, so the chef hears on Tuesday 29th, 08:00 CET.
      expect(pick(await due(w, id, '2026-12-22T00:00:00.000Z'), 'frist_nara', `atgard:${second!.id}`)).toEqual([
        'user:anna 2026-12-21T07:00:00.000Z',
      ]);
      expect(pick(list, 'frist_passerad_chef', `atgard:${second!.id}`)).toEqual(['user:erik 2026-12-29T07:00:00.000Z']);
      expect(pick(list, 'steg', `atgard:${first!.id}`)).toHaveLength(1);
    },
  );

  it('says nothing about a closed ärende and never puts case content in a notification', async () => {
    const w = await createWorld({ start: '2026-03-13T08:00:00.000Z' });
    const open = await lexSarahUntil(w, 'avslut');
    const texts = JSON.stringify(await due(w, open, '2027-01-01T00:00:00.000Z'));
    const rapport = example('lex-sarah-rapport-2') as Record<string, unknown>;
    expect(texts).not.toContain(String(rapport.handelse).slice(0, 20));
    expect(texts).not.toContain('Inför kontroll');
    const closed = await lexSarahUntil(w, 'avslutad');
    expect(await due(w, closed, '2027-01-01T00:00:00.000Z')).toEqual([]);
  });

  it('gives SAS and chefs one overview a week, from Monday 08:00 Stockholm, in summer and winter time', () => {
    // Sunday 29 March 2026, the day summer time starts: the week began Monday 23 March, 08:00 CET.
    expect(weeklyOverview('user:sara', 3, '2026-03-29T10:00:00.000Z')).toMatchObject({
      notifyAt: '2026-03-23T07:00:00.000Z',
      stepTitle: '3 försenade ärenden i dina enheter',
      arendeId: '',
    });
    // Monday 30 March before 08:00 CEST nothing new (last week's was due a week ago); at 06:00Z this week's.
    expect(weeklyOverview('user:sara', 1, '2026-03-30T05:59:00.000Z')).toBeUndefined();
    expect(weeklyOverview('user:sara', 1, '2026-03-30T06:00:00.000Z')).toMatchObject({
      notifyAt: '2026-03-30T06:00:00.000Z',
      stepTitle: '1 försenat ärende i dina enheter',
    });
    expect(weeklyOverview('user:sara', 0, '2026-03-30T06:00:00.000Z')).toBeUndefined();
    expect(weeklyOverview('user:sara', 2, '2026-04-01T12:00:00.000Z')!.key).toBe(
      weeklyOverview('user:sara', 5, '2026-04-05T12:00:00.000Z')!.key,
    );
  });
});
