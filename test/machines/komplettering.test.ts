import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { collectArendeFacts, computeObligations, verifyDefinition } from '../../src/engine/internal';
import type { ProcessDefinition } from '../../src/engine/internal';
import { loadShippedDefinitions, shippedDefinition } from '../support/catalog';
import { catalog, createWorld, example, lexSarahUntil, today, validator } from '../support/world';
import type { World } from '../support/world';
import { headlineOf } from '../support/headline';

const DAY = 86_400_000;
const IVO = 'handlaggning.ivospar';

/** Opens the IVO track early and has the anmälan approved, before any utredning exists. */
async function approvedBeforeUtredning(w: World): Promise<string> {
  const id = await lexSarahUntil(w, 'utredning');
  await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
  await w.step(id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo', { utredningBifogas: true }));
  await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande'));
  return id;
}

/** A state of the definition's machine by its path. */
function stateAt(
  def: ProcessDefinition,
  path: string,
): Record<string, unknown> & { meta: Record<string, unknown>; on: Record<string, unknown> } {
  let node = def.machine as unknown as { states: Record<string, unknown> };
  for (const key of path.split('.')) node = node.states[key] as typeof node;
  return node as never;
}

describe('komplettering follows from the log, not from a checkbox', () => {
  it('refuses a claim that the utredning was attached; demands the komplettering when the anmälan went before it', async () => {
    const w = await createWorld();
    const id = await approvedBeforeUtredning(w);
    const claimed = await w.attempt(id, 'user:sara', 'anmalan_skickad.submit', {
      ...example('lex-sarah-anmalan-skickad-2', { skickadDatum: today(w) }),
      utredningBifogad: true,
    });
    expect(claimed.ok).toBe(false);
    await w.step(id, 'user:sara', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: today(w) }));
    expect((await w.engine.get(id))!.snapshot.value).toMatchObject({ handlaggning: { ivospar: 'komplettering' } });

    // Everything else done: the SAS still cannot close before the komplettering is sent.
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(
      id,
      'user:sara',
      'bedomning.submit',
      example('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: true }),
    );
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { klassificering: 'missforhallande', allvarligt: true }));
    await w.step(id, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
    for (const a of (await w.engine.get(id))!.snapshot.context.atgarder) {
      await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: a.id }));
      await w.step(id, 'user:sara', 'atgard.verifiera', example('atgard-verifiera', { atgardId: a.id }));
    }
    await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning'));
    const early = await w.attempt(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
    expect(early.ok).toBe(false);
    await w.step(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering'));
    await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it('needs no komplettering when the utredning was finished before the anmälan was sent', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'avslutad', { allvarligt: true });
    const types = (await w.engine.get(id))!.events.map((e) => e.type);
    expect(types.indexOf('utredning.submit')).toBeLessThan(types.indexOf('anmalan_skickad.submit'));
    expect(types).not.toContain('komplettering.submit');
  });

  it('refuses a sent date in the future or before the approval, and runs two months from the recorded date', async () => {
    const w = await createWorld();
    const id = await approvedBeforeUtredning(w);
    const future = await w.attempt(
      id,
      'user:sara',
      'anmalan_skickad.submit',
      example('lex-sarah-anmalan-skickad-2', { skickadDatum: '2026-03-14' }),
    );
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.rejection.message).toContain('Datumet då anmälan skickades (2026-03-14) kan inte ligga i framtiden');
    const before = await w.attempt(
      id,
      'user:sara',
      'anmalan_skickad.submit',
      example('lex-sarah-anmalan-skickad-2', { skickadDatum: '2026-03-12' }),
    );
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.rejection.message).toContain('kan inte vara före godkännandet (2026-03-13)');
    expect((await w.store.eventsOf(id)).some((e) => e.type === 'anmalan_skickad.submit')).toBe(false);

    w.clock.advance(3 * DAY); // registered three days after it was sent
    await w.step(id, 'user:sara', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: '2026-03-13' }));
    const komplettering = computeObligations((await w.engine.get(id))!, w.clock.now()).find((o) => o.id === 'komplettering')!;
    expect(komplettering.dueAt).toBe('2026-05-13T21:59:59.999Z');

    // Sent on 14 May: late by the recorded date (though not by the registration) – the replay and the reports agree.
    w.clock.set('2026-05-14T08:00:00.000Z');
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering'));
    const state = (await w.engine.get(id))!;
    expect(computeObligations(state, w.clock.now()).find((o) => o.id === 'komplettering')).toMatchObject({ status: 'met', late: true });
    const [facts] = collectArendeFacts({
      packs: REGISTRY,
      summaries: [(await w.store.summary(id))!],
      events: await w.store.eventsOf(id),
      definitions: loadShippedDefinitions(),
    });
    expect(facts!.lateObligations.map((o) => o.id)).toContain('komplettering');
  });
});

describe('the verifier keeps the komplettering in the skeleton', () => {
  const verify = (def: ProcessDefinition) => verifyDefinition(def, { catalog: catalog(), validator });
  const variant = (change: (def: ProcessDefinition) => void) => {
    const def = structuredClone(shippedDefinition('lex-sarah'));
    change(def);
    return verify(def);
  };

  it('refuses version 1, where a checkbox decided whether a komplettering was due', () => {
    const v1 = loadShippedDefinitions().find((d) => d.id === 'lex-sarah' && d.version === 1)!;
    const result = verify(v1);
    expect(result.ok).toBe(false);
    const skipped = result.violations.find((v) => v.code === 'conditional_step_skipped')!;
    expect(skipped.message).toContain('utredningen var inte klar när anmälan skickades');
    expect(skipped.path!.map((s) => s.event)).toContain('anmalan_skickad.submit');
  });

  it('refuses a definition that removes, lengthens, re-bases or counts in working days the two-month deadline', () => {
    const obligations = (def: ProcessDefinition) =>
      stateAt(def, `${IVO}.komplettering`).meta.obligations as { months: number; from: Record<string, unknown> }[];
    for (const change of [
      (def: ProcessDefinition) => void (stateAt(def, `${IVO}.komplettering`).meta.obligations = []),
      (def: ProcessDefinition) => void (obligations(def)[0]!.months = 3),
      (def: ProcessDefinition) => void Object.assign(obligations(def)[0]!, { months: 0, days: 62 }),
      (def: ProcessDefinition) => void (obligations(def)[0]!.from = { event: 'anmalan_skickad.submit' }),
      // Counted in working days it ends later than the law's two months (issue 27).
      (def: ProcessDefinition) => void Object.assign(obligations(def)[0]!, { workingDays: true }),
    ]) {
      const result = variant(change);
      expect(result.ok).toBe(false);
      expect(result.violations.map((v) => v.code)).toContain('missing_obligation');
    }
  });

  it('refuses a definition that lets the komplettering be skipped or the sent date go unchecked', () => {
    const skip = variant((def) => {
      const on = stateAt(def, `${IVO}.anmalan_skickad`).on as Record<string, { target: string }[]>;
      on['anmalan_skickad.submit'] = on['anmalan_skickad.submit']!.filter((t) => t.target !== 'komplettering');
    });
    expect(skip.ok).toBe(false);
    expect(skip.violations.map((v) => v.code)).toContain('conditional_step_skipped');

    const unchecked = variant((def) => {
      const on = stateAt(def, `${IVO}.anmalan_skickad`).on as Record<string, { guard: { params: { guards: { type: string }[] } } }[]>;
      for (const t of on['anmalan_skickad.submit']!)
        t.guard.params.guards = t.guard.params.guards.filter((g) => g.type !== 'isDateBetweenStepAndToday');
    });
    expect(unchecked.ok).toBe(false);
    expect(unchecked.violations.map((v) => headlineOf(v.message))).toContain(
      'Steget "Anmälan till IVO – skickad" saknar ett lagstadgat villkor: isDateBetweenStepAndToday.',
    );
  });
});

describe('a version the skeleton has since been tightened against', () => {
  it('stays readable for its running ärenden but takes no new ones, and nothing migrates onto it', async () => {
    const w = await createWorld();
    expect(w.engine.registry.retired('lex-sarah', 1)?.length).toBeGreaterThan(0);
    expect(w.engine.registry.retired('lex-sarah', 2)?.length).toBeGreaterThan(0);
    expect(w.engine.registry.retired('lex-sarah', 3)).toBeUndefined();
    expect(w.engine.registry.latest('lex-sarah')!.definition.version).toBe(3);
    const id = await lexSarahUntil(w, 'utredning');
    expect((await w.engine.get(id))!.loaded.definition.version).toBe(3);
    for (const old of [1, 2]) {
      const back = await w.engine.migrate(id, old, {}, 'user:petra', 'Tillbaka');
      expect(back.ok).toBe(false);
      if (!back.ok) expect(back.rejection.message).toContain(`Version ${old} följer inte längre lagskelettet`);
    }
  });
});

describe('upgrading a database where a process owner already used the number', () => {
  it('publishes the shipped versions 2 and 3 as the next free versions, once, and opens new ärenden on the newest', async () => {
    const v1 = loadShippedDefinitions().find((d) => d.id === 'lex-sarah' && d.version === 1)!;
    const ownV2 = {
      ...structuredClone(v1),
      version: 2,
      published: { at: '2026-02-01T08:00:00.000Z', by: 'user:petra', note: 'Egen rutin.' },
    };
    const store = new MemoryEventStore();
    for (const d of loadShippedDefinitions().filter((x) => x.id !== 'lex-sarah' || x.version === 1)) await store.putDefinition(d);
    await store.putDefinition(ownV2);

    const w = await createWorld({ store });
    const versions = () =>
      w.engine.registry
        .versions('lex-sarah')
        .map((l) => [
          l.definition.version,
          l.definition.published?.by ?? 'levererad',
          !!w.engine.registry.retired('lex-sarah', l.definition.version),
        ]);
    // The shipped versions 2 and 3 follow as 3 and 4; only the newest takes new ärenden.
    expect(versions()).toEqual([
      [1, 'levererad', true],
      [2, 'user:petra', true],
      [3, 'kvalitetsflode', true],
      [4, 'kvalitetsflode', false],
    ]);
    expect(w.engine.registry.latest('lex-sarah')!.definition.version).toBe(4);

    // A second start finds them by their content and adds nothing.
    const again = await createWorld({ store });
    expect(again.engine.registry.versions('lex-sarah')).toHaveLength(4);
    expect((await store.definitions()).filter((d) => d.id === 'lex-sarah')).toHaveLength(4);
  });
});
