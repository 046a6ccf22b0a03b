import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { computeObligations, newItemDefaults, stepDefaults } from '../../src/engine/index';
import { DEMO_ORG } from '../../src/demo/demoOrganisation';
import { catalog, createWorld, example, today } from '../support/world';
import type { World } from '../support/world';

const DAY = 86_400_000;

/** A synpunkt Anna received and entered at Solgården (example 0: no answer wanted; example 1: an answer by letter). */
async function received(w: World, index = 0, patch: Record<string, unknown> = {}): Promise<string> {
  const id = await w.open('synpunkter', 'enhet:solgarden', 'user:anna');
  await w.step(id, 'user:anna', 'inkommen.submit', example('synpunkter-inkommen', patch, index));
  return id;
}

/** Reports and verifies every åtgärd, as the enhetschef follows them up. */
async function followUp(w: World, id: string): Promise<void> {
  for (const a of (await w.engine.get(id))!.snapshot.context.atgarder) {
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: a.id }));
    await w.step(id, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId: a.id }));
  }
}

describe('synpunkter och klagomål', () => {
  it('handles a klagomål without a wish for an answer in the enhet: inkommen → registrering → utredning → avslut', async () => {
    const w = await createWorld();
    const id = await received(w);
    const registrerad = await w.step(id, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
    // The list row: what it is about, and the kategori the registrering chose.
    expect(registrerad.summary.rubrik).toMatch(/^Dottern till en boende ringde/);
    expect(registrerad.summary.kategori).toBe('bemotande');
    const utredd = await w.step(id, 'user:erik', 'utredning.submit', example('synpunkter-utredning'));
    // No answer was asked for: straight to avslut, with the utredning's åtgärd to follow up.
    expect(utredd.state.snapshot.value).toBe('avslut');
    expect(utredd.state.snapshot.context.atgarder).toHaveLength(1);
    const early = await w.attempt(id, 'user:erik', 'avslut.submit', example('synpunkter-avslut'));
    expect(early.ok || early.rejection.reasons?.[0]).toMatch(/inte verifierad/);
    await followUp(w, id);
    await w.step(id, 'user:erik', 'avslut.submit', example('synpunkter-avslut'));
    const closed = (await w.engine.get(id))!;
    expect(closed.status).toBe('closed');
    expect(closed.events.map((e) => e.type)).not.toContain('aterkoppling.submit');
  });

  it('cannot close a synpunkt whose giver wanted an answer before the återkoppling, due two weeks after the registrering', async () => {
    const w = await createWorld();
    const id = await received(w, 1);
    const registrerad = await w.step(id, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
    const utredd = await w.step(id, 'user:erik', 'utredning.submit', example('synpunkter-utredning'));
    expect(utredd.state.snapshot.value).toBe('aterkoppling');
    await followUp(w, id);
    // Every åtgärd is verified, yet avslut is not a step that can be taken yet.
    const early = await w.attempt(id, 'user:erik', 'avslut.submit', example('synpunkter-avslut'));
    expect(early.ok || early.rejection.code).toBe('step_not_reached');
    const options = await w.engine.available(id, 'user:erik');
    expect(options.find((o) => o.type === 'aterkoppling.submit')?.allowed).toBe(true);
    expect(options.find((o) => o.type === 'avslut.submit')?.allowed).not.toBe(true);

    const state = (await w.engine.get(id))!;
    const [aterkoppling] = computeObligations(state, w.clock.now()).filter((o) => o.id === 'aterkoppling');
    expect(aterkoppling).toMatchObject({ kind: 'sla', status: 'open', overdue: false, role: 'enhetschef' });
    expect(Date.parse(aterkoppling!.dueAt) - Date.parse(registrerad.event.at)).toBe(14 * DAY);
    w.clock.advance(15 * DAY);
    expect(computeObligations((await w.engine.get(id))!, w.clock.now()).find((o) => o.id === 'aterkoppling')).toMatchObject({
      status: 'open',
      overdue: true,
    });

    await w.step(id, 'user:erik', 'aterkoppling.submit', example('synpunkter-aterkoppling'));
    const svarat = (await w.engine.get(id))!;
    expect(computeObligations(svarat, w.clock.now()).find((o) => o.id === 'aterkoppling')).toMatchObject({ status: 'met', late: true });
    await w.step(id, 'user:erik', 'avslut.submit', example('synpunkter-avslut'));
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it(
    'escalates a klagomål that reveals a missförhållande to a linked lex Sarah ärende, links both ways and still answers the ' + 'giver',
    async () => {
      const w = await createWorld();
      const id = await received(w, 1, {
        enskildReferens: 'ENR-2026-0099',
        berordPersonal: [{ namn: 'Omar Haddad', anvandarId: 'user:omar' }],
      });
      const registrerad = await w.step(id, 'user:erik', 'registrering.submit', example('synpunkter-registrering', {}, 1));
      expect(registrerad.state.snapshot.value).toBe('eskalering');
      const r = await w.step(id, 'user:erik', 'eskalering.submit', example('synpunkter-eskalering'));
      expect(r.linked).toBeDefined();
      const lexSarah = (await w.engine.get(r.linked!.arendeId))!;
      expect(lexSarah.open.processType).toBe('lex-sarah');
      expect(lexSarah.open.enhetId).toBe('enhet:solgarden');
      expect(lexSarah.links).toEqual([{ rel: 'eskalerad_fran_synpunkt', arendeId: id }]);
      expect(r.state.links).toEqual([{ rel: 'eskalerad_till', arendeId: lexSarah.arendeId }]);
      expect(REGISTRY.linkTitles['eskalerad_fran_synpunkt']).toBe('Eskalerat från synpunkt/klagomål');
      const eskalering = example('synpunkter-eskalering');
      expect(lexSarah.open.prefill).toEqual({
        handelse: eskalering.sammanfattning,
        upptacktHur: 'Genom ett klagomål som kom in 2026-03-11 muntligt.',
        enskildReferens: 'ENR-2026-0099',
        rapportor: eskalering.rapportor,
        inblandade: [{ namn: 'Omar Haddad', anvandarId: 'user:omar' }],
        konsekvens: { beskrivning: eskalering.konsekvens },
      });
      // The staff the klagomål is about may not investigate it in lex Sarah either.
      expect(lexSarah.snapshot.context.jav).toContain('user:omar');
      expect(lexSarah.snapshot.value).toBe('rapport');
      // The giver asked for an answer: the synpunkt waits for its återkoppling, then closes; lex Sarah goes on.
      expect(r.state.snapshot.value).toBe('aterkoppling');
      await w.step(id, 'user:erik', 'aterkoppling.submit', example('synpunkter-aterkoppling'));
      await w.step(id, 'user:erik', 'avslut.submit', example('synpunkter-avslut'));
      expect((await w.engine.get(id))!.status).toBe('closed');
      expect((await w.engine.get(lexSarah.arendeId))!.status).toBe('open');
    },
  );

  it('hands a klagomål about hälso- och sjukvård to the MAS and goes on with its own utredning', async () => {
    const w = await createWorld();
    const id = await received(w);
    await w.step(id, 'user:erik', 'registrering.submit', example('synpunkter-registrering', {}, 2));
    const r = await w.step(id, 'user:erik', 'overlamning.submit', example('synpunkter-overlamning-mas'));
    const lexMaria = (await w.engine.get(r.linked!.arendeId))!;
    expect(lexMaria.open.processType).toBe('lex-maria');
    expect(lexMaria.links).toEqual([{ rel: 'overlamnad_fran_synpunkt', arendeId: id }]);
    expect(r.state.links).toEqual([{ rel: 'overlamnad_till', arendeId: lexMaria.arendeId }]);
    expect(lexMaria.open.prefill).toMatchObject({
      handelse: example('synpunkter-overlamning-mas').sammanfattning,
      enskildReferens: 'ENR-2026-0042',
    });
    expect(r.state.snapshot.value).toBe('utredning');
  });

  it('refuses the registrering to the one who gave her own synpunkt (jäv), to staff it is about, and to a medarbetare', async () => {
    const w = await createWorld();
    // Erik, as staff at Solgården, gives his own förslag: he may not register it.
    const own = await w.open('synpunkter', 'enhet:solgarden', 'user:erik');
    await w.step(own, 'user:erik', 'inkommen.submit', example('synpunkter-inkommen', {}, 2));
    const refused = await w.attempt(own, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
    expect(refused.ok || refused.rejection.code).toBe('jav');
    const staff = await w.attempt(own, 'user:anna', 'registrering.submit', example('synpunkter-registrering'));
    expect(staff.ok || staff.rejection.code).toBe('wrong_role');

    // A klagomål about Erik himself (named without a user id): he may not register it either.
    const about = await received(w, 0, { berordPersonal: [{ namn: 'Erik Holm' }] });
    const aboutHim = await w.attempt(about, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
    expect(aboutHim.ok || aboutHim.rejection.code).toBe('jav');

    // One he only received on someone else's behalf he registers as usual.
    const taken = await w.open('synpunkter', 'enhet:solgarden', 'user:erik');
    await w.step(taken, 'user:erik', 'inkommen.submit', example('synpunkter-inkommen'));
    await w.step(taken, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
  });

  it('asks for how to answer only when an answer is wanted, and refuses a personnummer', async () => {
    const w = await createWorld();
    const id = await w.open('synpunkter', 'enhet:solgarden', 'user:anna');
    const { svarSatt: _svarSatt, ...utanSatt } = example('synpunkter-inkommen', {}, 1);
    const r = await w.attempt(id, 'user:anna', 'inkommen.submit', utanSatt);
    expect(r.ok || r.rejection.fieldErrors?.map((e) => e.pointer)).toContain('/svarSatt');
    const pnr = await w.attempt(
      id,
      'user:anna',
      'inkommen.submit',
      example('synpunkter-inkommen', { beskrivning: 'Gäller 19121212-1212 som bor på avdelning B.' }),
    );
    expect(pnr.ok || pnr.rejection.code).toBe('invalid_data');
    await w.step(id, 'user:anna', 'inkommen.submit', example('synpunkter-inkommen'));
  });

  it('offers today, what came in and the answer the way the person asked for it as starting data (from the pack)', async () => {
    const w = await createWorld();
    const id = await received(w, 1);
    const input = { organisation: DEMO_ORG, today: today(w), person: { namn: 'Erik Holm', role: 'enhetschef' as const } };
    const form = (type: string, state = w.engine.get(id)) => state.then((s) => catalog().forms[s!.loaded.formOf.get(type)!]!);
    await w.step(id, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
    const state = (await w.engine.get(id))!;
    expect(newItemDefaults(state, await form('utredning.submit'), input)).toEqual({
      atgarder: { ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' } },
    });
    await w.step(id, 'user:erik', 'utredning.submit', example('synpunkter-utredning'));
    const atAterkoppling = (await w.engine.get(id))!;
    const inkommen = example('synpunkter-inkommen', {}, 1);
    expect(stepDefaults(atAterkoppling, 'aterkoppling.submit', await form('aterkoppling.submit'), input)).toEqual({
      datum: today(w),
      satt: inkommen.svarSatt,
    });
  });
});
