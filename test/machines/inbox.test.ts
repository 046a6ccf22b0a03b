import { describe, expect, it } from 'vitest';
import { DEMO_ORG, demoUser } from '../../src/demo/demoOrganisation';
import { inboxFor } from '../../src/engine/index';
import { createWorld, example, lexSarahUntil } from '../support/world';

describe('Mina uppgifter', () => {
  it('shows each role what waits for it in its units, earliest deadline first, with overdue marked', async () => {
    const w = await createWorld();
    const a = await lexSarahUntil(w, 'rapport');
    await w.step(a, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    w.clock.advance(3 * 86_400_000);
    const b = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    await w.step(b, 'user:anna', 'rapport.submit', example('avvikelse-rapport'));
    const c = await w.open('avvikelse', 'enhet:larkan', 'user:maja');
    await w.step(c, 'user:maja', 'rapport.submit', example('avvikelse-rapport'));

    const summaries = await w.store.summaries();
    const erik = inboxFor(summaries, demoUser('user:erik'), DEMO_ORG, w.clock.now());
    expect(erik.map((i) => i.summary.arendeId)).toEqual([a, b]);
    expect(erik[0]).toMatchObject({ overdue: true, steps: [{ key: 'omedelbara_atgarder', role: 'enhetschef' }] });
    expect(erik[1]!.overdue).toBe(false);
    expect(inboxFor(summaries, demoUser('user:lina'), DEMO_ORG, w.clock.now()).map((i) => i.summary.arendeId)).toEqual([c]);
    expect(inboxFor(summaries, demoUser('user:anna'), DEMO_ORG, w.clock.now())).toEqual([]);
    expect(summaries.find((s) => s.arendeId === b)).toMatchObject({
      kategori: 'fall',
      rubrik: expect.stringMatching(/^Den enskilde föll/),
    });
  });
});

describe('stepper', () => {
  it('shows done (who, when), current and upcoming steps, and the IVO track as not needed when not allvarligt', async () => {
    const { stepperOf } = await import('../../src/engine/index');
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'beslut');
    let steps = stepperOf((await w.engine.get(id))!);
    expect(steps.find((s) => s.key === 'rapport')).toMatchObject({ status: 'done', doneBy: 'user:anna', mandated: true });
    expect(steps.find((s) => s.key === 'beslut')).toMatchObject({ status: 'current', role: 'forvaltningschef' });
    expect(steps.find((s) => s.key === 'avslut')!.status).toBe('upcoming');
    expect(steps.find((s) => s.key === 'anmalan_ivo')).toMatchObject({ status: 'upcoming', track: 'Anmälan till IVO' });
    await w.step(
      id,
      'user:fredrik',
      'beslut.submit',
      example('lex-sarah-beslut', { allvarligt: false, klassificering: 'missforhallande' }),
    );
    steps = stepperOf((await w.engine.get(id))!);
    expect(steps.find((s) => s.key === 'anmalan_ivo')!.status).toBe('skipped');
    expect(steps.find((s) => s.key === 'atgarder')!.status).toBe('current');
  });
});

describe('report (open and first step in one write)', () => {
  it('stores nothing when the rapport is invalid, and both events when it is valid', async () => {
    const w = await createWorld();
    const bad = await w.engine.report('avvikelse', 'enhet:solgarden', { handelse: '' }, 'user:anna');
    expect(bad.ok).toBe(false);
    expect(await w.store.allEvents()).toEqual([]);
    const good = await w.engine.report('avvikelse', 'enhet:solgarden', example('avvikelse-rapport'), 'user:anna');
    expect(good.ok).toBe(true);
    expect((await w.store.allEvents()).map((e) => e.type)).toEqual(['arende.open', 'rapport.submit']);
  });
});

describe('closing conditions', () => {
  it('lists exactly what stops SAS from closing, then nothing when all holds', async () => {
    const { closingConditions } = await import('../../src/engine/index');
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'uppfoljning');
    const before = closingConditions((await w.engine.get(id))!);
    expect(before[0]).toMatchObject({ met: false, details: ['Uppföljning (SAS) är inte klart.'] });
    expect(before.find((c) => c.text.startsWith('Varje åtgärd'))).toMatchObject({ met: false });
    expect(before.find((c) => c.text === 'Beslut är fattat')).toMatchObject({ met: true });
    const done = await lexSarahUntil(w, 'avslut');
    expect(closingConditions((await w.engine.get(done))!).every((c) => c.met)).toBe(true);
  });
});
