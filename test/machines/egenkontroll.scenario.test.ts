import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { computeObligations, verifyDefinition } from '../../src/engine/internal';
import type { NamedRef, ProcessDefinition } from '../../src/engine/internal';
import { cloneDefinition, shippedDefinition } from '../support/catalog';
import { catalog, createWorld, defaultsFor, example, validator } from '../support/world';
import type { World } from '../support/world';
import { headlineOf } from '../support/headline';

const CHECK = 'genomforande';
/** Example 0 of the genomförande: one avvikelse (nr 1) and one åtgärd for it; example 1: no avvikelser. */
const withDeviation = (patch: Record<string, unknown> = {}) => example('egenkontroll-genomforande', patch, 0);
const withoutDeviation = () => example('egenkontroll-genomforande', {}, 1);

/** Erik, enhetschef at Solgården, plans a journal review due `due`. */
async function planned(w: World, due = '2026-06-30'): Promise<string> {
  const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
  await w.step(id, 'user:erik', 'planering.submit', example('egenkontroll-planering', { genomforasSenast: due }));
  return id;
}

const obligation = async (w: World, id: string) => computeObligations((await w.engine.get(id))!, w.clock.now()).find((o) => o.id === CHECK);

describe('egenkontroll', () => {
  it('turns a deviation into an åtgärd that is reported, verified and only then lets the egenkontroll close', async () => {
    const w = await createWorld();
    const id = await planned(w);
    const summary = (await w.store.summary(id))!;
    // The list row: what is checked, and the type of check as its kategori.
    expect(summary.rubrik).toBe('Journalgranskning av genomförandeplaner');
    expect(summary.kategori).toBe('journalgranskning');
    expect(summary.activeSteps.map((s) => [s.title, s.role])).toEqual([['Genomförande', 'enhetschef']]);

    const performed = await w.step(id, 'user:erik', 'genomforande.submit', withDeviation());
    expect(performed.state.snapshot.value).toBe('avslut');
    const [atgard] = performed.state.snapshot.context.atgarder;
    expect(atgard).toMatchObject({
      vad: 'Följ upp de två planerna och inför en påminnelse i kalendern.',
      klartDatum: '2026-06-15',
      status: 'planerad',
    });
    expect(await obligation(w, id)).toMatchObject({ status: 'met', late: false });

    const early = await w.attempt(id, 'user:erik', 'avslut.submit', example('egenkontroll-avslut'));
    expect(early.ok).toBe(false);
    expect(early.ok || early.rejection.reasons).toEqual([
      'Åtgärden "Följ upp de två planerna och inför en påminnelse i kalendern." är planerad men inte verifierad.',
    ]);
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: atgard!.id }));
    const reported = await w.attempt(id, 'user:erik', 'avslut.submit', example('egenkontroll-avslut'));
    expect(reported.ok || reported.rejection.reasons?.[0]).toMatch(/är genomförd men inte verifierad/);
    const verified = await w.step(id, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId: atgard!.id }));
    expect(verified.state.snapshot.context.atgarder[0]!.status).toBe('verifierad');
    await w.step(id, 'user:erik', 'avslut.submit', example('egenkontroll-avslut'));
    const closed = (await w.engine.get(id))!;
    expect(closed.status).toBe('closed');
    expect(closed.events.map((e) => e.type)).toEqual([
      'arende.open',
      'planering.submit',
      'genomforande.submit',
      'atgard.rapportera',
      'atgard.verifiera',
      'avslut.submit',
    ]);
  });

  it('goes from a genomförande without deviations straight to an avslut that needs no åtgärd', async () => {
    const w = await createWorld();
    const id = await planned(w);
    const performed = await w.step(id, 'user:erik', 'genomforande.submit', withoutDeviation());
    expect(performed.state.snapshot.context.atgarder).toEqual([]);
    await w.step(id, 'user:erik', 'avslut.submit', example('egenkontroll-avslut'));
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it('refuses a deviation without its åtgärd, an åtgärd for a missing deviation, and a check dated in the future', async () => {
    const w = await createWorld();
    const id = await planned(w);
    const avvikelser = [
      { nr: 1, beskrivning: 'Två genomförandeplaner var inte uppföljda.' },
      { nr: 2, beskrivning: 'En plan saknade underskrift.' },
    ];
    const one = withDeviation({ avvikelser });
    const missing = await w.attempt(id, 'user:erik', 'genomforande.submit', one);
    expect(missing.ok || missing.rejection.reasons).toEqual(['Avvikelse nr 2 saknar åtgärd.']);
    const atgard = (withDeviation().atgarder as Record<string, unknown>[])[0]!;
    const dangling = await w.attempt(
      id,
      'user:erik',
      'genomforande.submit',
      withDeviation({ atgarder: [atgard, { ...atgard, avvikelseNr: 3 }] }),
    );
    expect(dangling.ok || dangling.rejection.reasons).toEqual(['En åtgärd gäller avvikelse nr 3, som inte finns.']);
    const future = await w.attempt(id, 'user:erik', 'genomforande.submit', withDeviation({ genomfordDatum: '2026-03-14' }));
    expect(future.ok || future.rejection.fieldErrors?.[0]?.message).toBe(
      'Datumet då kontrollen genomfördes (2026-03-14) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    );
    const sameNr = await w.attempt(
      id,
      'user:erik',
      'genomforande.submit',
      withDeviation({ avvikelser: avvikelser.map((a) => ({ ...a, nr: 1 })) }),
    );
    expect(sameNr.ok || sameNr.rejection.reasons).toEqual(['Avvikelse nr 1 finns på flera rader. Ge varje rad ett eget nummer.']);
    expect((await w.engine.get(id))!.events).toHaveLength(2);
    // Both deviations with an åtgärd each: accepted, two åtgärder to follow up.
    const both = await w.step(
      id,
      'user:erik',
      'genomforande.submit',
      withDeviation({ avvikelser, atgarder: [atgard, { ...atgard, avvikelseNr: 2, vad: 'Komplettera underskriften.' }] }),
    );
    expect(both.state.snapshot.context.atgarder).toHaveLength(2);
  });

  it("refuses a planned date outside the plan's year", async () => {
    const w = await createWorld();
    const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
    const r = await w.attempt(
      id,
      'user:erik',
      'planering.submit',
      example('egenkontroll-planering', { ar: 2026, genomforasSenast: '2027-01-15' }),
    );
    // The skeleton's date rule answers before the definition's own guard: the same words, whatever the rutin says.
    expect(r.ok || r.rejection.fieldErrors?.map((e) => e.message)).toEqual([
      'Datumet då kontrollen senast ska vara genomförd (2027-01-15) ligger inte i planens år 2026.',
    ]);
    expect((await w.engine.get(id))!.events).toHaveLength(1);
  });

  it('refuses crafted events: the genomförande by a medarbetare or by the chef of another enhet, and skipping it to close', async () => {
    const w = await createWorld();
    const id = await planned(w);
    const byStaff = await w.attempt(id, 'user:anna', 'genomforande.submit', withoutDeviation());
    expect(byStaff.ok || byStaff.rejection.code).toBe('wrong_role');
    const elsewhere = await w.attempt(id, 'user:lina', 'genomforande.submit', withoutDeviation());
    expect(elsewhere.ok).toBe(false);
    const skipping = await w.attempt(id, 'user:erik', 'avslut.submit', example('egenkontroll-avslut'));
    expect(skipping.ok || skipping.rejection.code).toBe('step_not_reached');
    const planning = await w.attempt(id, 'user:anna', 'planering.submit', example('egenkontroll-planering'));
    expect(planning.ok).toBe(false);
    expect((await w.engine.get(id))!.events.map((e) => e.type)).toEqual(['arende.open', 'planering.submit']);
  });

  it('is overdue once its planned date has passed in Stockholm, moves with a re-planning, and is met late after it', async () => {
    const w = await createWorld();
    const id = await planned(w, '2026-03-20');
    // Due at the end of the planned day in Stockholm (CET: 23:00 UTC).
    expect(await obligation(w, id)).toMatchObject({
      kind: 'sla',
      status: 'open',
      overdue: false,
      dueAt: '2026-03-20T22:59:59.999Z',
      role: 'enhetschef',
    });
    w.clock.set('2026-03-20T22:30:00.000Z');
    expect(await obligation(w, id)).toMatchObject({ overdue: false, dueSoon: true });
    w.clock.set('2026-03-21T00:00:00.000Z');
    expect(await obligation(w, id)).toMatchObject({ status: 'open', overdue: true });
    expect((await w.store.summary(id))!.deadlines.map((d) => d.dueAt)).toContain('2026-03-20T22:59:59.999Z');

    // A re-planning needs a date after today and a reason; then the clock counts from the new date.
    const past = await w.attempt(
      id,
      'user:erik',
      'planering.omplanera',
      example('egenkontroll-omplanering', { genomforasSenast: '2026-03-21' }),
    );
    expect(past.ok || past.rejection.reasons?.[0]).toMatch(/måste ligga efter i dag/);
    await w.step(id, 'user:erik', 'planering.omplanera', example('egenkontroll-omplanering', { genomforasSenast: '2026-04-15' }));
    expect(await obligation(w, id)).toMatchObject({ status: 'open', overdue: false, dueAt: '2026-04-15T21:59:59.999Z' });
    w.clock.set('2026-04-16T08:00:00.000Z');
    expect(await obligation(w, id)).toMatchObject({ overdue: true });
    await w.step(id, 'user:erik', 'genomforande.submit', withoutDeviation());
    expect(await obligation(w, id)).toMatchObject({ status: 'met', late: true });
  });
});

describe('the next occasion of a recurring check', () => {
  const nextDefaults = (w: World, id: string) => defaultsFor(w, id, 'planering.nasta');

  it('is suggested one period after the planned date, opens as its own linked ärende with the same plan, and only once', async () => {
    const w = await createWorld();
    // Example 0 is done every half year; the planned date is the month's last day, and so is the next one.
    const id = await planned(w, '2026-06-30');
    expect(await nextDefaults(w, id)).toEqual({ genomforasSenast: '2026-12-31', ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' } });
    await w.step(id, 'user:erik', 'planering.omplanera', example('egenkontroll-omplanering', { genomforasSenast: '2026-07-15' }));
    expect((await nextDefaults(w, id)).genomforasSenast).toBe('2027-01-15');

    const ask = example('egenkontroll-nasta', { genomforasSenast: '2027-01-15', ansvarig: { namn: 'Sara Ek', titel: 'Sjuksköterska' } });
    expect((await w.attempt(id, 'user:anna', 'planering.nasta', ask)).ok).toBe(false);
    const past = await w.attempt(id, 'user:erik', 'planering.nasta', { ...ask, genomforasSenast: '2026-03-01' });
    expect(past.ok || past.rejection.reasons?.[0]).toMatch(/måste ligga efter i dag/);
    const made = await w.step(id, 'user:erik', 'planering.nasta', ask);
    // The current occasion goes on where it was.
    expect(made.state.snapshot.value).toBe('genomforande');
    const link = made.state.links.find((l) => l.rel === 'nasta_tillfalle')!;
    expect(REGISTRY.linkTitles.nasta_tillfalle).toBe('Nästa tillfälle');
    const next = (await w.engine.get(link.arendeId))!;
    expect(next.open).toMatchObject({ processType: 'egenkontroll', enhetId: 'enhet:solgarden' });
    expect(next.links).toEqual([{ rel: 'foregaende_tillfalle', arendeId: id }]);
    const plan = example('egenkontroll-planering');
    expect(next.open.prefill).toEqual({
      rubrik: plan.rubrik,
      kontroll: plan.kontroll,
      syfte: plan.syfte,
      frekvens: plan.frekvens,
      planeradMetod: plan.planeradMetod,
      ar: 2027,
      genomforasSenast: '2027-01-15',
      ansvarig: { namn: 'Sara Ek', titel: 'Sjuksköterska' },
    });

    const again = await w.attempt(id, 'user:erik', 'planering.nasta', { ...ask, genomforasSenast: '2027-02-15' });
    expect(again.ok || again.rejection.reasons).toEqual(['Nästa tillfälle är redan planerat: se det länkade ärendet.']);

    // The next occasion is planned from the prefill and then has its own deadline.
    const planning = await w.step(link.arendeId, 'user:erik', 'planering.submit', next.open.prefill);
    expect(
      computeObligations(planning.state, w.clock.now())
        .find((o) => o.id === CHECK)
        ?.dueAt.slice(0, 10),
    ).toBe('2027-01-15');
  });

  it('can also be planned after the check is performed, and a one-off check gets no suggested date', async () => {
    const w = await createWorld();
    const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
    await w.step(
      id,
      'user:erik',
      'planering.submit',
      example('egenkontroll-planering', { frekvens: 'en_gang', genomforasSenast: '2026-04-30' }),
    );
    expect((await nextDefaults(w, id)).genomforasSenast).toBeUndefined();
    await w.step(id, 'user:erik', 'genomforande.submit', withoutDeviation());
    const made = await w.step(id, 'user:erik', 'planering.nasta', example('egenkontroll-nasta', { genomforasSenast: '2026-10-31' }));
    expect(made.state.snapshot.value).toBe('avslut');
    expect(made.state.links.map((l) => l.rel)).toEqual(['nasta_tillfalle']);
  });
});

describe('the egenkontroll definition under the verifier', () => {
  const env = { catalog: catalog(), validator };
  const shipped = shippedDefinition('egenkontroll');
  type Transition = { guard?: NamedRef; target?: string };
  const states = (d: ProcessDefinition) =>
    d.machine.states as Record<string, { on?: Record<string, Transition | Transition[]>; meta?: { obligations?: { days?: number }[] } }>;
  const messages = (d: ProcessDefinition) => verifyDefinition(d, env).violations.map((v) => headlineOf(v.message));

  it('accepts the shipped definition', () => {
    expect(messages(shipped)).toEqual([]);
  });

  it('rejects closing with unverified åtgärder', () => {
    const d = cloneDefinition(shipped);
    const close = states(d).avslut!.on!['avslut.submit'] as Transition;
    close.guard = { type: 'isRole', params: { role: 'enhetschef' } };
    expect(messages(d)).toContain('Steget "Uppföljning och avslut" saknar ett lagstadgat villkor: hasAllAtgarderVerified.');
  });

  it('rejects a genomförande that lets a deviation go without an åtgärd', () => {
    const d = cloneDefinition(shipped);
    const perform = states(d).genomforande!.on!['genomforande.submit'] as Transition;
    perform.guard = { type: 'isRole', params: { role: 'enhetschef' } };
    expect(messages(d)).toContain('Steget "Genomförande" saknar ett lagstadgat villkor: hasItemForEvery.');
  });

  it('rejects a definition that skips the genomförande, or drops or lengthens the planned date', () => {
    const skip = cloneDefinition(shipped);
    (states(skip).planering!.on!['planering.submit'] as Transition).target = 'avslut';
    expect(verifyDefinition(skip, env).ok).toBe(false);
    const longer = cloneDefinition(shipped);
    states(longer).genomforande!.meta!.obligations![0]!.days = 7;
    const dropped = cloneDefinition(shipped);
    delete states(dropped).genomforande!.meta!.obligations;
    for (const d of [longer, dropped])
      expect(
        messages(d).some((m) =>
          m.startsWith('Steget "Genomförande" måste ha lagens tidskrav: Egenkontrollen ska genomföras senast planerat datum.'),
        ),
      ).toBe(true);
  });
});
