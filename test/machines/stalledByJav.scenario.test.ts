import { describe, expect, it } from 'vitest';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { deriveNotifications, ERSATTARE_EVENT, JAV_EVENT, replay, sealEvent } from '../../src/engine/internal';
import type { ArendeEvent, JavResult } from '../../src/engine/internal';
import { createWorld, example, lexSarahUntil } from '../support/world';
import type { World } from '../support/world';

/**
 * Jäv at the edges (issue 21): when jäv leaves no one able to judge, the ärende shows it (a stall with its own
 * deadline) and the förvaltningschef appoints an independent ersättare; jäv found mid-way is declared and recorded.
 * Every refusal leaves the log as it was.
 */

const length = async (w: World, id: string) => (await w.engine.get(id))!.events.length;

/** An avvikelse at Solgården reported by Erik, its only enhetschef: nobody may do the bedömning. */
async function chefsOwnAvvikelse(w: World): Promise<string> {
  const id = await w.open('avvikelse', 'enhet:solgarden', 'user:erik');
  await w.step(id, 'user:erik', 'rapport.submit', example('avvikelse-rapport'));
  return id;
}

function expectRefused(r: JavResult, code: string, message?: string | RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.rejection.code).toBe(code);
  if (message) expect(r.rejection.message).toMatch(message);
}

const appoint = (w: World, id: string, by: string, userId: string, role = 'enhetschef' as const) =>
  w.engine.appointErsattare(
    id,
    { userId, role, motivering: 'Erik rapporterade själv avvikelsen; Lina Ek är enhetschef i en annan verksamhet.' },
    by,
  );

describe("an avvikelse reported by the enhet's only enhetschef", () => {
  it(
    'stalls at the bedömning with a deadline, tells the förvaltningschef, who appoints another enhetschef who then judges — in ' +
      'that ärende only',
    async () => {
      const w = await createWorld();
      const id = await chefsOwnAvvikelse(w);
      const reportedAt = (await w.engine.get(id))!.events[1]!.at;
      const [stall, ...more] = await w.engine.stalls(id);
      expect(more).toEqual([]);
      // Friday 13 March + five working days: the end of Friday 20 March in Stockholm (CET).
      expect(stall).toMatchObject({
        stepKey: 'bedomning',
        stepTitle: 'Bedömning',
        role: 'enhetschef',
        since: reportedAt,
        dueAt: '2026-03-20T22:59:59.999Z',
      });

      const notes = deriveNotifications({ state: (await w.engine.get(id))!, org: DEMO_ORG, people: DEMO_USERS, now: w.clock.now() }).filter(
        (n) => n.kind === 'stannat',
      );
      expect(notes.map((n) => n.recipientId)).toEqual(['user:fredrik']);
      expect(notes[0]).toMatchObject({
        stepTitle: 'Utse en ersättare: alla som kan göra "Bedömning" (enhetschef) är jäviga',
        dueAt: stall!.dueAt,
      });

      const view = await w.engine.javView(id, 'user:fredrik');
      expect(view.appoint).toEqual([{ role: 'enhetschef', candidates: [{ userId: 'user:lina', namn: 'Lina Ek', titel: 'Enhetschef' }] }]);
      expect(view.noAppointer).toBe(false);
      // Everyone who reads it sees the stall; only the förvaltningschef gets the form.
      expect((await w.engine.javView(id, 'user:sara')).stalls).toHaveLength(1);
      expect((await w.engine.javView(id, 'user:sara')).appoint).toBeUndefined();

      const refusedLina = await w.attempt(id, 'user:lina', 'bedomning.submit', example('avvikelse-bedomning'));
      expect(refusedLina.ok || refusedLina.rejection.code).toBe('wrong_unit');

      const r = await appoint(w, id, 'user:fredrik', 'user:lina');
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.event).toMatchObject({
        type: ERSATTARE_EVENT,
        actor: { userId: 'user:fredrik', role: 'forvaltningschef' },
        stepData: { userId: 'user:lina', role: 'enhetschef' },
      });
      expect(r.summary.ersattare).toEqual([{ userId: 'user:lina', role: 'enhetschef' }]);
      expect(await w.engine.stalls(id)).toEqual([]);
      // She is told the step is hers.
      const hers = deriveNotifications({ state: r.state, org: DEMO_ORG, people: DEMO_USERS, now: w.clock.now() }).filter(
        (n) => n.recipientId === 'user:lina',
      );
      expect(hers.map((n) => n.kind)).toContain('steg');

      const judged = await w.step(id, 'user:lina', 'bedomning.submit', example('avvikelse-bedomning'));
      expect(judged.event.actor).toEqual({ userId: 'user:lina', role: 'enhetschef' });

      // Nothing else opens to her: another Solgården avvikelse is not hers.
      const other = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
      await w.step(other, 'user:anna', 'rapport.submit', example('avvikelse-rapport'));
      const elsewhere = await w.attempt(other, 'user:lina', 'bedomning.submit', example('avvikelse-bedomning'));
      expect(elsewhere.ok || elsewhere.rejection.code).toBe('wrong_unit');
      expect(await w.engine.summaries({ scope: { enheter: [], appointed: { userId: 'user:lina', roles: ['enhetschef'] } } })).toEqual([
        expect.objectContaining({ arendeId: id }),
      ]);

      // The log replays strictly, as an import re-checks it.
      const state = (await w.engine.get(id))!;
      expect(replay(state.loaded, state.events, { strict: true }).ok).toBe(true);
    },
  );

  it(
    "refuses an appointee who is jävig, one without the role, a förvaltningschef's self-appointment, someone else appointing, and " +
      'an ärende that has not stalled — storing nothing',
    async () => {
      const w = await createWorld();
      const id = await chefsOwnAvvikelse(w);
      const n = await length(w, id);
      expectRefused(await appoint(w, id, 'user:fredrik', 'user:erik'), 'jav', /jävig/);
      expectRefused(
        await appoint(w, id, 'user:fredrik', 'user:anna'),
        'invalid_data',
        'Ersättare: Anna Berg har inte rollen enhetschef någonstans i organisationen. Välj någon som har den.',
      );
      expectRefused(
        await appoint(w, id, 'user:fredrik', 'user:nobody'),
        'invalid_data',
        'Ersättare: personen finns inte i organisationen.',
      );
      expectRefused(await appoint(w, id, 'user:sara', 'user:lina'), 'wrong_role');
      expectRefused(
        await w.engine.appointErsattare(id, { userId: 'user:lina', role: 'enhetschef', motivering: '  ' }, 'user:fredrik'),
        'invalid_data',
        'Motivering: skriv kort varför.',
      );
      expectRefused(
        await w.engine.appointErsattare(id, { userId: 'user:lina', role: 'enhetschef', motivering: 'Se 19121212-1212' }, 'user:fredrik'),
        'invalid_data',
        /personnumret/,
      );
      expect(await length(w, id)).toBe(n);

      const plain = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
      await w.step(plain, 'user:anna', 'rapport.submit', example('avvikelse-rapport'));
      expectRefused(await appoint(w, plain, 'user:fredrik', 'user:lina'), 'guard_failed', /har inte stannat på jäv/);
      expect(await length(w, plain)).toBe(2);

      await appoint(w, id, 'user:fredrik', 'user:lina');
      expectRefused(
        await appoint(w, id, 'user:fredrik', 'user:lina'),
        'guard_failed',
        'Ersättare: personen är redan utsedd som enhetschef i ärendet.',
      );
    },
  );
});

describe('a lex Sarah rapport naming both SAS and the förvaltningschef as inblandade', () => {
  it('stalls at the utredning; the jävig förvaltningschef cannot appoint; the administratör is told to give the role', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    const inblandade = [{ namn: 'Sara Nyberg' }, { namn: 'Sofia Åberg' }, { namn: 'Fredrik Dahl' }];
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', { inblandade }));
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
    const stalls = await w.engine.stalls(id);
    expect(stalls.map((s) => [s.stepKey, s.role])).toEqual([['utredning', 'sas']]);
    const view = await w.engine.javView(id, 'user:fredrik');
    expect(view).toMatchObject({ noAppointer: true });
    expect(view.appoint).toBeUndefined();
    const n = await length(w, id);
    expectRefused(
      await appoint(w, id, 'user:fredrik', 'user:sara', 'sas' as never),
      'jav',
      'Du är själv jävig i ärendet och kan därför inte utse en ersättare.',
    );
    expect(await length(w, id)).toBe(n);
    const notes = deriveNotifications({ state: (await w.engine.get(id))!, org: DEMO_ORG, people: DEMO_USERS, now: w.clock.now() }).filter(
      (x) => x.kind === 'stannat',
    );
    expect(notes.map((x) => x.recipientId)).toEqual(['user:adam']);
    expect(notes[0]!.stepTitle).not.toMatch(/Solgård|Anna|Sara|Sofia|Fredrik/);
  });
});

describe('jäv declared during the work', () => {
  it('moves the utredning from the SAS who declares jäv to the other SAS', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    expectRefused(await w.engine.declareJav(id, { motivering: '' }, 'user:sara'), 'invalid_data', 'Motivering: skriv kort varför.');
    expectRefused(await w.engine.declareJav(id, { motivering: 'Jag är släkt med en av de inblandade.' }, 'user:anna'), 'wrong_role');
    expect((await w.engine.javView(id, 'user:sara')).declare).toEqual({ role: 'sas', steps: ['Utredning'] });
    const r = await w.engine.declareJav(id, { motivering: 'Jag är släkt med en av de inblandade.' }, 'user:sara');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event).toMatchObject({
      type: JAV_EVENT,
      actor: { userId: 'user:sara', role: 'sas' },
      stepData: { motivering: 'Jag är släkt med en av de inblandade.' },
    });
    expect(r.state.snapshot.context.jav).toContain('user:sara');
    expect((await w.engine.javView(id, 'user:sara')).declare).toBeUndefined();
    expectRefused(await w.engine.declareJav(id, { motivering: 'Igen.' }, 'user:sara'), 'jav', 'Du är redan jävig i ärendet.');
    const own = await w.attempt(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    expect(own.ok || own.rejection.code).toBe('jav');
    expect(await w.engine.stalls(id)).toEqual([]);
    await w.step(id, 'user:sofia', 'utredning.submit', example('lex-sarah-utredning'));
  });

  it(
    'stalls the ärende when the only SAS free of jäv declares it, counting from the declaration; the förvaltningschef has no one ' +
      'to appoint',
    async () => {
      const w = await createWorld();
      const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
      await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', { inblandade: [{ namn: 'Sofia Åberg' }] }));
      await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
      await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
      expect(await w.engine.stalls(id)).toEqual([]);
      w.clock.advance(3 * 24 * 3_600_000);
      const r = await w.engine.declareJav(id, { motivering: 'Den enskilde är min granne.' }, 'user:sara');
      expect(r.ok).toBe(true);
      const [stall] = await w.engine.stalls(id);
      expect(stall).toMatchObject({ stepKey: 'utredning', role: 'sas', since: r.ok ? r.event.at : '' });
      expect((await w.engine.javView(id, 'user:fredrik')).appoint).toEqual([{ role: 'sas', candidates: [] }]);
    },
  );
});

describe('an import re-checks appointments and who acted through them', () => {
  it("takes a backup with an appointee's step, and refuses one whose appointment was made when nothing had stalled", async () => {
    const w = await createWorld();
    const id = await chefsOwnAvvikelse(w);
    await appoint(w, id, 'user:fredrik', 'user:lina');
    await w.step(id, 'user:lina', 'bedomning.submit', example('avvikelse-bedomning'));
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup()));
    const elsewhere = await createWorld({ start: '2026-03-16T08:00:00.000Z' });
    const imported = await elsewhere.engine.importBackup(file);
    expect(imported.ok ? imported : imported.errors).toMatchObject({ ok: true, arenden: 1 });

    // The same appointment in an ärende nobody was jävig in: crafted with valid hashes, refused on import.
    const x = await createWorld({ seed: 'x' });
    const plain = await x.open('avvikelse', 'enhet:solgarden', 'user:anna');
    await x.step(plain, 'user:anna', 'rapport.submit', example('avvikelse-rapport'));
    const state = (await x.engine.get(plain))!;
    const forged = craftAppointment(state.events, 'user:lina');
    const crafted = JSON.parse(JSON.stringify(await x.engine.exportBackup()));
    crafted.events = [...crafted.events, forged];
    const result = await (await createWorld({ start: '2026-03-16T08:00:00.000Z' })).engine.importBackup(crafted);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toMatch(/hade inte stannat på jäv för rollen enhetschef/);

    // An appointee who is jävig herself: strict replay refuses it as the service would have.
    const y = await createWorld({ seed: 'y' });
    const stalled = await chefsOwnAvvikelse(y);
    const javig = JSON.parse(JSON.stringify(await y.engine.exportBackup()));
    javig.events = [...javig.events, craftAppointment((await y.engine.get(stalled))!.events, 'user:erik')];
    const refused = await (await createWorld({ start: '2026-03-16T08:00:00.000Z' })).engine.importBackup(javig);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.join(' ')).toMatch(/utsedd ersättare\) håller inte: Ersättare: personen är jävig i ärendet/);
  });
});

function craftAppointment(events: readonly ArendeEvent[], userId: string): ArendeEvent {
  const last = events.at(-1)!;
  return sealEvent(nobleHasher, {
    id: 'event:forged',
    arendeId: last.arendeId,
    seq: last.seq + 1,
    type: ERSATTARE_EVENT,
    stepData: { userId, role: 'enhetschef', motivering: 'Förfalskad.' },
    actor: { userId: 'user:fredrik', role: 'forvaltningschef' },
    at: new Date(Date.parse(last.at) + 60_000).toISOString(),
    prevHash: last.hash,
  });
}
