import { describe, expect, it } from 'vitest';
import { computeObligations, verifyDefinition } from '../../src/engine/internal';
import type { ProcessDefinition } from '../../src/engine/internal';
import { shippedDefinition } from '../support/catalog';
import { catalog, createWorld, example, validator } from '../support/world';
import type { World } from '../support/world';
import { riskanalysUntilGodkannande } from '../support/riskanalysWorld';
import { headlineOf } from '../support/headline';

/** Up to the godkännande, the skyddsombud having agreed. */
function untilGodkannande(w: World, planeradStart = '2026-09-01'): Promise<string> {
  return riskanalysUntilGodkannande(w, { planeradStart, view: example('riskanalys-skyddsombud') });
}

describe('riskanalys inför förändring', () => {
  it('is approved by the verksamhetschef before the start date and followed up', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w);
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    // The follow-up comes after the change has started: not before the planned start, and not in the future.
    const early = await w.attempt(id, 'user:erik', 'uppfoljning.submit', example('riskanalys-uppfoljning', { datum: '2026-03-13' }));
    expect(early.ok || early.rejection.message).toContain(
      'Datumet för uppföljningen (2026-03-13) kan inte vara före förändringens planerade start (2026-09-01).',
    );
    const ahead = await w.attempt(id, 'user:erik', 'uppfoljning.submit', example('riskanalys-uppfoljning'));
    expect(ahead.ok || ahead.rejection.message).toContain(
      'Datumet för uppföljningen (2026-12-01) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    );
    w.clock.set('2026-12-02T08:00:00.000Z');
    await w.step(id, 'user:erik', 'uppfoljning.submit', example('riskanalys-uppfoljning'));
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it('refuses approval on or after the planned start date', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w, '2026-03-20');
    w.clock.set('2026-03-20T07:00:00.000Z');
    const r = await w.attempt(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    expect(r.ok || r.rejection.code).toBe('guard_failed');
    if (!r.ok)
      expect(r.rejection.message).toContain(
        'före förändringens planerade start (2026-03-20); i dag är det 2026-03-20. Enhetschefen kan planera om starten',
      );
  });

  it('sends the plan back and requires it again before approval', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w);
    await w.step(id, 'user:vera', 'godkannande.aterremittera', example('riskanalys-aterremiss'));
    const early = await w.attempt(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    expect(early.ok || early.rejection.code).toBe('step_not_reached');
    await w.step(id, 'user:erik', 'handlingsplan.submit', example('riskanalys-handlingsplan'));
    await w.step(id, 'user:olle', 'skyddsombud.submit', example('riskanalys-skyddsombud'));
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
  });

  it('refuses a participant list without skyddsombud unless a reason is recorded', async () => {
    const w = await createWorld();
    const id = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
    await w.step(id, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning'));
    const deltagare = [{ namn: 'Erik Holm', funktion: 'enhetschef' }];
    const r = await w.attempt(id, 'user:erik', 'deltagare.submit', { deltagare, skyddsombudDeltar: false });
    expect(r.ok || r.rejection.fieldErrors?.[0]?.pointer).toBe('/skalUtanSkyddsombud');
    await w.step(id, 'user:erik', 'deltagare.submit', {
      deltagare,
      skyddsombudDeltar: false,
      skalUtanSkyddsombud: 'Skyddsombudet har avböjt att delta vid två tillfällen.',
    });
  });

  it('refuses a plan that leaves a high risk without åtgärd, naming the risk', async () => {
    const w = await createWorld();
    const id = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
    await w.step(id, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning'));
    await w.step(id, 'user:erik', 'deltagare.submit', example('riskanalys-deltagare'));
    await w.step(id, 'user:erik', 'identifiera.submit', example('riskanalys-identifiera'));
    const unvalued = await w.attempt(id, 'user:erik', 'vardera.submit', { varderingar: [{ nr: 1, sannolikhet: 3, konsekvens: 4 }] });
    expect(unvalued.ok || unvalued.rejection.message).toContain('Risk nr 2 saknar värdering');
    await w.step(id, 'user:erik', 'vardera.submit', example('riskanalys-vardera'));
    const plan = example('riskanalys-handlingsplan');
    const r = await w.attempt(id, 'user:erik', 'handlingsplan.submit', {
      atgarder: (plan.atgarder as { nr: number }[]).filter((a) => a.nr !== 1),
    });
    expect(r.ok || r.rejection.message).toContain('Risk nr 1 har hög riskpoäng eller konsekvens 4 men saknar åtgärd.');
    const otherUnit = await w.attempt(id, 'user:lina', 'handlingsplan.submit', plan);
    expect(otherUnit.ok || otherUnit.rejection.code).toBe('wrong_unit');
  });
});

describe('a riskanalys whose start has passed is not stuck (issue 11, item 6)', () => {
  it('refuses a planned start today or in the past at creation, with a clear message, and stores nothing', async () => {
    const w = await createWorld();
    const id = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
    for (const planeradStart of ['2026-03-01', '2026-03-13']) {
      const r = await w.attempt(id, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning', { planeradStart }));
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.rejection.message).toContain(
          `Förändringens planerade start (${planeradStart}) måste ligga efter i dag (2026-03-13). Riskanalysen ska göras och ` +
            `godkännas innan förändringen börjar.`,
        );
    }
    expect((await w.store.eventsOf(id)).map((e) => e.type)).not.toContain('beskrivning.submit');
  });

  it('lets the enhetschef re-plan the start with a reason; approval must precede the new date, the deadline follows', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w, '2026-03-20');
    const due = async () => computeObligations((await w.engine.get(id))!, w.clock.now()).find((o) => o.id === 'godkannande')!;
    expect((await due()).dueAt).toBe('2026-03-19T22:59:59.999Z');
    w.clock.set('2026-03-23T08:00:00.000Z');
    expect((await due()).overdue).toBe(true);
    expect((await w.attempt(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'))).ok).toBe(false);

    const past = await w.attempt(id, 'user:erik', 'planering.omplanera', {
      planeradStart: '2026-03-23',
      skal: 'Godkännandet hann inte göras i tid.',
    });
    expect(past.ok || past.rejection.message).toContain('Den nya planerade starten (2026-03-23) måste ligga efter i dag (2026-03-23).');
    const noReason = await w.attempt(id, 'user:erik', 'planering.omplanera', { planeradStart: '2026-04-15' });
    expect(noReason.ok).toBe(false);
    const notHers = await w.attempt(id, 'user:vera', 'planering.omplanera', {
      planeradStart: '2026-04-15',
      skal: 'Godkännandet hann inte göras i tid.',
    });
    expect(notHers.ok).toBe(false);

    await w.step(id, 'user:erik', 'planering.omplanera', { planeradStart: '2026-04-15', skal: 'Godkännandet hann inte göras i tid.' });
    expect(await due()).toMatchObject({ dueAt: '2026-04-14T21:59:59.999Z', overdue: false });
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    const uppfoljning = computeObligations((await w.engine.get(id))!, w.clock.now()).find((o) => o.id === 'uppfoljning')!;
    expect(uppfoljning.dueAt).toBe('2026-08-13T21:59:59.999Z'); // 120 days after the new start
    w.clock.set('2026-08-01T08:00:00.000Z');
    await w.step(id, 'user:erik', 'uppfoljning.submit', example('riskanalys-uppfoljning', { datum: '2026-07-31' }));
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it('lets the verksamhetschef stop the analysis with a motivation when the change is not made', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w, '2026-03-20');
    w.clock.set('2026-03-25T08:00:00.000Z');
    const byChef = await w.attempt(id, 'user:erik', 'analys.avbryt', example('riskanalys-avbrytande'));
    expect(byChef.ok).toBe(false);
    const bare = await w.attempt(id, 'user:vera', 'analys.avbryt', { forandringenGenomforsInte: true });
    expect(bare.ok).toBe(false);
    await w.step(id, 'user:vera', 'analys.avbryt', example('riskanalys-avbrytande'));
    const state = (await w.engine.get(id))!;
    expect(state.status).toBe('closed');
    expect(state.snapshot.value).toBe('avbruten');
  });

  it('does not verify a version that drops the stop, the start-date check or the re-planned date', () => {
    const env = { catalog: catalog(), validator };
    const shipped = shippedDefinition('riskanalys');
    const analys = (d: ProcessDefinition) => d.machine.states['analys']!;
    const noStop = structuredClone(shipped);
    delete analys(noStop).on!['analys.avbryt'];
    expect(verifyDefinition(noStop, env).violations.map((v) => headlineOf(v.message))).toContain(
      'Processen måste kunna avslutas genom "Avbryt riskanalysen" (verksamhetschef). Den vägen får inte tas bort.',
    );
    const anyoneStops = structuredClone(shipped);
    (analys(anyoneStops).on!['analys.avbryt'] as { guard: unknown }).guard = { type: 'isRole', params: { role: 'enhetschef' } };
    expect(verifyDefinition(anyoneStops, env).violations.map((v) => v.code)).toContain('wrong_role');
    const pastStart = structuredClone(shipped);
    (pastStart.machine.states['beskrivning']!.on!['beskrivning.submit'] as { guard: unknown }).guard = {
      type: 'isRole',
      params: { role: 'enhetschef' },
    };
    expect(verifyDefinition(pastStart, env).violations.map((v) => headlineOf(v.message))).toContain(
      'Steget "Beskriv förändringen" saknar ett lagstadgat villkor: isDateAfterToday.',
    );
    const oldDate = JSON.parse(JSON.stringify(shipped).replace(',"replannedBy":"planering.omplanera"', '')) as ProcessDefinition;
    expect(verifyDefinition(oldDate, env).violations.map((v) => headlineOf(v.message))).toContain(
      'Steget "Godkännande" saknar ett lagstadgat villkor: isBeforeStepDate.',
    );
  });
});

describe('the skyddsombud takes part (issue 11, item 7)', () => {
  it('gives an invited skyddsombud a task before approval; their view is recorded, objections need a text', async () => {
    const w = await createWorld();
    const id = await riskanalysUntilGodkannande(w);
    expect((await w.store.summary(id))!.activeSteps.map((s) => [s.title, s.role])).toEqual([['Skyddsombudets synpunkter', 'skyddsombud']]);
    const early = await w.attempt(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    expect(early.ok || early.rejection.code).toBe('step_not_reached');
    expect((await w.attempt(id, 'user:olle', 'skyddsombud.submit', { namn: 'Olle Strand', stallningstagande: 'invandningar' })).ok).toBe(
      false,
    );
    expect((await w.attempt(id, 'user:erik', 'skyddsombud.submit', example('riskanalys-skyddsombud'))).ok).toBe(false);
    await w.step(id, 'user:olle', 'skyddsombud.submit', example('riskanalys-skyddsombud', {}, 1));
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    expect((await w.engine.get(id))!.snapshot.context.steps['skyddsombud.submit']!.data).toMatchObject({
      stallningstagande: 'invandningar',
    });
  });

  it('goes straight to approval when the reason why no skyddsombud takes part is recorded', async () => {
    const w = await createWorld();
    const id = await riskanalysUntilGodkannande(w, { deltagare: 1 });
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
  });

  it('does not verify a version where the plan goes to approval without the invited skyddsombud', () => {
    const env = { catalog: catalog(), validator };
    const d = structuredClone(shippedDefinition('riskanalys'));
    const plan = d.machine.states['analys']!.states!['handlingsplan']!.on!;
    plan['handlingsplan.submit'] = (plan['handlingsplan.submit'] as unknown[])[1] as never;
    expect(
      verifyDefinition(d, env)
        .violations.map((v) => headlineOf(v.message))
        .join(' '),
    ).toContain('skyddsombudet deltar och skyddsombudets synpunkter inte är gjord (saknar "Skyddsombudets synpunkter")');
  });
});
