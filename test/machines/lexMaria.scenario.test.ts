import { describe, expect, it } from 'vitest';
import { mayRead, visibilityScope } from '../../src/api/access';
import { DEMO_ORG, demoUser } from '../../src/demo/demoOrganisation';
import { stepDefaults, verifyDefinition } from '../../src/engine/internal';
import { cloneDefinition, shippedDefinition } from '../support/catalog';
import { reRoleStep } from '../support/mutations';
import { catalog, createWorld, example, today, validator } from '../support/world';
import type { World } from '../support/world';
import { headlineOf } from '../support/headline';

const ANMALS = example('lex-maria-bedomning');
const ANMALS_INTE = example('lex-maria-bedomning', { anmalas: false });

/** An avvikelse about a double dose, judged by the enhetschef and handed to the MAS. */
async function handedOver(w: World, inblandade: { namn: string }[] = []): Promise<{ avvikelse: string; lexMaria: string }> {
  const avvikelse = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
  await w.step(
    avvikelse,
    'user:anna',
    'rapport.submit',
    example('avvikelse-rapport-2', { lagrum: 'hsl', enskildReferens: 'VS-2026-0153', inblandade }),
  );
  await w.step(avvikelse, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning', { vag: 'mas' }));
  const r = await w.step(avvikelse, 'user:erik', 'overlamning.submit', example('avvikelse-overlamning-mas'));
  return { avvikelse, lexMaria: r.linked!.arendeId };
}

describe('lex Maria: "Överlämna till MAS" opens a linked lex Maria-bedömning', () => {
  it('links both ways, copies the facts, and lets the avvikelse go on with its local analysis', async () => {
    const w = await createWorld();
    const { avvikelse, lexMaria } = await handedOver(w);
    const av = (await w.engine.get(avvikelse))!;
    const lm = (await w.engine.get(lexMaria))!;
    expect(av.links).toEqual([{ rel: 'overlamnad_till', arendeId: lexMaria }]);
    expect(lm.links).toEqual([{ rel: 'overlamnad_fran', arendeId: avvikelse }]);
    expect(lm.open.processType).toBe('lex-maria');
    expect(lm.open.enhetId).toBe('enhet:solgarden');
    expect(lm.open.prefill).toMatchObject({
      handelse: example('avvikelse-overlamning-mas').sammanfattning,
      enskildReferens: 'VS-2026-0153',
      enhetensMotivering: example('avvikelse-overlamning-mas').motivering,
    });
    // The avvikelse is not closed by the handover: the enhet still analyses and acts.
    expect(av.snapshot.value).toBe('analys');
    expect(lm.snapshot.value).toBe('bedomning');
    // The MAS's form starts from the avvikelse's facts and her own name.
    const form = catalog().forms['lex-maria-bedomning']!;
    const defaults = stepDefaults(lm, 'bedomning.submit', form, {
      organisation: DEMO_ORG,
      today: today(w),
      person: { namn: 'Karin Sjöberg', role: 'mas' },
    });
    expect(defaults).toMatchObject({
      enskildReferens: 'VS-2026-0153',
      bedomare: { namn: 'Karin Sjöberg', titel: 'Medicinskt ansvarig sjuksköterska' },
    });
  });

  it('before this version, "mas" went straight to local analysis and nothing reached the MAS', async () => {
    const w = await createWorld();
    const id = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    await w.step(id, 'user:anna', 'rapport.submit', example('avvikelse-rapport-2'));
    const r = await w.step(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning', { vag: 'mas' }));
    expect(r.state.snapshot.value).toBe('overlamning');
    const skipped = await w.attempt(id, 'user:erik', 'analys.submit', example('avvikelse-analys'));
    expect(skipped.ok).toBe(false);
  });

  it('only the MAS judges; "anmäls" makes the anmälan mandatory before avslut, with a date between the bedömning and today', async () => {
    const w = await createWorld();
    const { lexMaria } = await handedOver(w);
    const byChef = await w.attempt(lexMaria, 'user:erik', 'bedomning.submit', ANMALS);
    expect(byChef.ok || byChef.rejection.code).toBe('wrong_role');
    const bySas = await w.attempt(lexMaria, 'user:sara', 'bedomning.submit', ANMALS);
    expect(bySas.ok || bySas.rejection.code).toBe('wrong_role');
    await w.step(lexMaria, 'user:karin', 'bedomning.submit', ANMALS);
    const early = await w.attempt(lexMaria, 'user:karin', 'avslut.submit', example('lex-maria-avslut'));
    expect(early.ok).toBe(false);
    const future = await w.attempt(lexMaria, 'user:karin', 'anmalan.submit', example('lex-maria-anmalan', { skickadDatum: '2099-01-01' }));
    expect(future.ok || future.rejection.message).toContain(
      'Datumet då anmälan skickades (2099-01-01) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    );
    // Before the händelse (the skeleton's date rule), and before the bedömning (the definition's guard).
    const beforeHandelse = await w.attempt(
      lexMaria,
      'user:karin',
      'anmalan.submit',
      example('lex-maria-anmalan', { skickadDatum: '2026-01-01' }),
    );
    expect(beforeHandelse.ok || beforeHandelse.rejection.message).toContain(
      'Datumet då anmälan skickades (2026-01-01) kan inte vara före händelsen (2026-03-03).',
    );
    const before = await w.attempt(lexMaria, 'user:karin', 'anmalan.submit', example('lex-maria-anmalan', { skickadDatum: '2026-03-05' }));
    expect(before.ok || before.rejection.reasons?.join(' ')).toMatch(/före bedömningen/);
    await w.step(lexMaria, 'user:karin', 'anmalan.submit', example('lex-maria-anmalan', { skickadDatum: today(w) }));
    await w.step(lexMaria, 'user:karin', 'avslut.submit', example('lex-maria-avslut'));
    expect((await w.engine.get(lexMaria))!.status).toBe('closed');
  });

  it('"anmäls inte" goes to avslut with the motivation recorded', async () => {
    const w = await createWorld();
    const { lexMaria } = await handedOver(w);
    const r = await w.step(lexMaria, 'user:karin', 'bedomning.submit', ANMALS_INTE);
    expect(r.state.snapshot.value).toBe('avslut');
    expect(r.state.snapshot.context.steps['bedomning.submit']!.data).toMatchObject({ anmalas: false, motivering: ANMALS_INTE.motivering });
    await w.step(lexMaria, 'user:karin', 'avslut.submit', example('lex-maria-avslut'));
  });

  it('carries jäv: the rapportör of the avvikelse and a MAS named as inblandad may not judge the lex Maria-bedömning', async () => {
    const w = await createWorld();
    const { lexMaria } = await handedOver(w, [{ namn: 'Karin Sjöberg' }]);
    const lm = (await w.engine.get(lexMaria))!;
    expect(lm.snapshot.context.jav).toEqual(expect.arrayContaining(['user:anna', 'user:karin']));
    const r = await w.attempt(lexMaria, 'user:karin', 'bedomning.submit', ANMALS);
    expect(r.ok || r.rejection.code).toBe('jav');
  });

  it('the MAS reads the lex Maria-bedömningar and the avvikelser handed to her, nothing else', async () => {
    const w = await createWorld();
    const { avvikelse, lexMaria } = await handedOver(w);
    const other = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    await w.step(other, 'user:anna', 'rapport.submit', example('avvikelse-rapport-2'));
    const karin = demoUser('user:karin');
    const rows = await w.engine.summaries({ scope: visibilityScope(catalog().packs.grants, DEMO_ORG, karin) });
    expect(rows.map((r) => r.arendeId).sort()).toEqual([avvikelse, lexMaria].sort());
    const row = (id: string) => w.engine.summaries({ ids: [id] }).then((r) => r[0]!);
    expect(mayRead(catalog().packs.grants, DEMO_ORG, karin, await row(lexMaria))).toBe(true);
    expect(mayRead(catalog().packs.grants, DEMO_ORG, karin, await row(other))).toBe(false);
    // A medarbetare does not read the lex Maria-bedömning of her own rapport.
    expect(mayRead(catalog().packs.grants, DEMO_ORG, demoUser('user:anna'), await row(lexMaria))).toBe(false);
    // The MAS's inbox holds her bedömning.
    const inbox = await w.engine.summaries({
      scope: visibilityScope(catalog().packs.grants, DEMO_ORG, karin),
      waitingFor: [{ role: 'mas', enheter: 'all' }],
      status: 'open',
    });
    expect(inbox.map((r) => r.arendeId)).toEqual([lexMaria]);
  });
});

describe('the verifier keeps the route to the MAS', () => {
  const env = () => ({ catalog: catalog(), validator });
  type Transitions = { target?: string; guard?: { params?: { guards?: { type: string; params?: { value?: unknown } }[] } } }[];

  it('refuses an avvikelse whose "Överlämna till MAS" leads to local analysis without the handover', () => {
    const def = cloneDefinition(shippedDefinition('avvikelse'));
    const bedomning = def.machine.states.bedomning!.on!['bedomning.submit'] as Transitions;
    const toMas = bedomning.find((t) => t.guard?.params?.guards?.some((g) => g.type === 'dataEquals' && g.params?.value === 'mas'))!;
    toMas.target = 'analys';
    const result = verifyDefinition(def, env());
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => headlineOf(v.message)).join('\n')).toMatch(
      /bedömningen lämnar händelsen till MAS och överlämningen till MAS inte är gjord/,
    );
  });

  it('refuses a lex Maria-bedömning where "anmäls" can close without the anmälan, or where the MAS is not the one who judges', () => {
    const def = cloneDefinition(shippedDefinition('lex-maria'));
    const bedomning = def.machine.states.bedomning!.on!['bedomning.submit'] as Transitions;
    bedomning[0]!.target = 'avslut';
    const skipped = verifyDefinition(def, env());
    expect(skipped.ok).toBe(false);
    expect(skipped.violations.map((v) => headlineOf(v.message)).join('\n')).toMatch(
      /fast MAS har bedömt att händelsen ska anmälas och anmälan till IVO enligt lex Maria inte är gjord/,
    );
    const reRoled = verifyDefinition(reRoleStep(shippedDefinition('lex-maria'), 'bedomning', 'sas'), env());
    expect(reRoled.violations.map((v) => headlineOf(v.message))).toContain(
      'Steget "Lex Maria-bedömning" ska utföras av MAS, men definitionen anger SAS. Ansvarig roll för ett obligatoriskt steg ' +
        'får inte ändras.',
    );
  });
});
