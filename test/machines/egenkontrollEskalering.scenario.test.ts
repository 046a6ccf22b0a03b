import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { verifyDefinition } from '../../src/engine/internal';
import type { NamedRef, ProcessDefinition } from '../../src/engine/internal';
import { cloneDefinition, shippedDefinition } from '../support/catalog';
import { catalog, createWorld, defaultsFor, example, validator } from '../support/world';
import type { World } from '../support/world';
import { headlineOf } from '../support/headline';

const ESKALERA = 'eskalering.lex_sarah';

/** Erik plans a journal review and performs it, finding one avvikelse (nr 1) with its åtgärd. */
async function performed(w: World, withFinding = true): Promise<string> {
  const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
  await w.step(id, 'user:erik', 'planering.submit', example('egenkontroll-planering', { genomforasSenast: '2026-06-30' }));
  await w.step(id, 'user:erik', 'genomforande.submit', example('egenkontroll-genomforande', {}, withFinding ? 0 : 1));
  return id;
}

describe('egenkontroll: a finding escalated to lex Sarah (issue 25, item 5)', () => {
  it('opens a linked lex Sarah ärende prefilled from the finding, once, while the egenkontroll goes on with its åtgärder', async () => {
    const w = await createWorld();
    const id = await performed(w);
    expect((await w.engine.get(id))!.loaded.definition.version).toBe(2);
    // The form starts from the finding and the one escalating.
    expect(await defaultsFor(w, id, ESKALERA)).toMatchObject({
      avvikelseNr: 1,
      sammanfattning: 'Två genomförandeplaner var inte uppföljda inom sex månader.',
      rapportor: { namn: 'Erik Holm', befattning: 'Enhetschef' },
    });
    const ask = example('egenkontroll-eskalering');
    const r = await w.step(id, 'user:erik', ESKALERA, ask);
    expect(r.linked).toBeDefined();
    expect(r.state.snapshot.value).toBe('avslut');
    const lexSarah = (await w.engine.get(r.linked!.arendeId))!;
    expect(lexSarah.open).toMatchObject({ processType: 'lex-sarah', enhetId: 'enhet:solgarden' });
    expect(lexSarah.links).toEqual([{ rel: 'eskalerad_fran_egenkontroll', arendeId: id }]);
    expect(r.state.links).toEqual([{ rel: 'eskalerad_till', arendeId: lexSarah.arendeId }]);
    expect(REGISTRY.linkTitles['eskalerad_fran_egenkontroll']).toBe('Eskalerat från egenkontroll');
    expect(lexSarah.open.prefill).toEqual({
      handelse: ask.sammanfattning,
      upptacktHur: 'Vid egenkontrollen "Journalgranskning av genomförandeplaner" som genomfördes 2026-03-10.',
      rapportor: ask.rapportor,
    });
    expect(lexSarah.snapshot.value).toBe('rapport');

    const again = await w.attempt(id, 'user:erik', ESKALERA, ask);
    expect(again.ok || again.rejection.reasons).toEqual([
      'Ett fynd i egenkontrollen är redan eskalerat till lex Sarah: se det länkade ärendet.',
    ]);
  });

  it('refuses a finding the genomförande does not have, a medarbetare, and a rapportör who is neither she nor the planner', async () => {
    const w = await createWorld();
    const id = await performed(w);
    const ask = example('egenkontroll-eskalering');
    const stranger = await w.attempt(id, 'user:erik', ESKALERA, { ...ask, avvikelseNr: 7 });
    expect(stranger.ok || stranger.rejection.reasons).toEqual(['Avvikelse nr 7 finns inte i egenkontrollens genomförande.']);
    expect((await w.attempt(id, 'user:anna', ESKALERA, ask)).ok).toBe(false);
    const other = await w.attempt(id, 'user:erik', ESKALERA, { ...ask, rapportor: { namn: 'Maria Holm', befattning: 'Undersköterska' } });
    expect(other.ok || other.rejection.message).toMatch(/Rapportören är/);
    // Nothing was stored, nothing was opened.
    expect((await w.engine.get(id))!.links).toEqual([]);
    const none = await performed(w, false);
    expect((await w.attempt(none, 'user:erik', ESKALERA, ask)).ok).toBe(false);
  });

  it('is not offered before the check is performed', async () => {
    const w = await createWorld();
    const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'planering.submit', example('egenkontroll-planering', { genomforasSenast: '2026-06-30' }));
    expect((await w.attempt(id, 'user:erik', ESKALERA, example('egenkontroll-eskalering'))).ok).toBe(false);
  });
});

describe('the egenkontroll route to lex Sarah under the verifier', () => {
  const env = { catalog: catalog(), validator };
  const shipped = shippedDefinition('egenkontroll');
  type Transition = { guard?: NamedRef; target?: string };
  const avslut = (d: ProcessDefinition) => (d.machine.states as Record<string, { on?: Record<string, Transition> }>).avslut!.on!;
  const messages = (d: ProcessDefinition) => verifyDefinition(d, env).violations.map((v) => headlineOf(v.message));

  it('refuses a definition that drops the route, or escalates without opening the linked ärende', () => {
    expect(shipped.version).toBe(2);
    const dropped = cloneDefinition(shipped);
    delete avslut(dropped)[ESKALERA];
    const DROPPED = 'Kommandot "Eskalera fynd till lex Sarah" (enhetschef) saknas i processen. Det krävs enligt lag och får inte tas bort.';
    expect(messages(dropped)).toEqual([DROPPED]);
    const unlinked = cloneDefinition(shipped);
    avslut(unlinked)[ESKALERA]!.guard = { type: 'isRole', params: { role: 'enhetschef' } };
    expect(messages(unlinked)).toEqual(['Kommandot "Eskalera fynd till lex Sarah" saknar ett lagstadgat villkor: hasLink.']);
    const medarbetare = cloneDefinition(shipped);
    avslut(medarbetare)[ESKALERA]!.guard = {
      type: 'all',
      params: {
        guards: [
          { type: 'isRole', params: { role: 'medarbetare' } },
          { type: 'hasLink', params: { rel: 'eskalerad_till' } },
        ],
      },
    };
    expect(verifyDefinition(medarbetare, env).ok).toBe(false);
  });

  it('retires version 1, which has no route: no new egenkontroll opens on it', async () => {
    const w = await createWorld();
    expect(w.engine.registry.latest('egenkontroll')!.definition.version).toBe(2);
    expect(w.engine.registry.retired('egenkontroll', 1)?.map((v) => headlineOf(v.message))).toEqual([
      'Kommandot "Eskalera fynd till lex Sarah" (enhetschef) saknas i processen. Det krävs enligt lag och får inte tas bort.',
    ]);
    expect(w.engine.registry.retired('egenkontroll', 2)).toBeUndefined();
  });
});
