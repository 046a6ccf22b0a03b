import { describe, expect, it } from 'vitest';
import { createWorld, example } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { HIDDEN_RAPPORTOR } from '../../api/access';
import { hashEvent, replay, stepperOf, toSummary } from '../../engine/internal';
import type { ArendeEvent, ArendeState } from '../../engine/internal';
import { nodeHasher } from '../../adapters/system/nodeHasher';
import { knowsRapportor, rapportorOf, redactOpener, redactRapportor } from './redactRapportor';
import { REGISTRY } from '../../processes/packs';

const ANNA = { namn: 'Anna Berg', befattning: 'Undersköterska', anvandarId: 'user:anna' };

/** Anna's own lex Sarah rapport, investigated with the rapport as its first underlag (author: Anna, as the form offers). */
async function ownRapport(w: World): Promise<string> {
  const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
  await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', { rapportor: ANNA }));
  await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
  await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
  const utredning = example('lex-sarah-utredning');
  const [first, ...rest] = utredning.underlag as Record<string, unknown>[];
  await w.step(id, 'user:sara', 'utredning.submit', {
    ...utredning,
    underlag: [{ ...first, forfattare: { namn: 'Anna Berg', titel: 'Undersköterska' } }, ...rest],
  });
  return id;
}

/** The redacted log replays on the client (no hashes, no strictness) to the same place as the stored one. */
function replayed(state: ArendeState, events: readonly ArendeEvent[]): ArendeState {
  const r = replay(state.loaded, events);
  if (!r.ok) throw new Error(r.reason);
  expect(r.state.snapshot.value).toEqual(state.snapshot.value);
  expect(r.state.status).toBe(state.status);
  return r.state;
}

describe('redactRapportor: the log for a role that may not know the rapportör (issue 10, item 5)', () => {
  it('hides her name, befattning and user id everywhere, also as the actor of her events, and still replays', async () => {
    const w = await createWorld();
    const state = (await w.engine.get(await ownRapport(w)))!;
    const stored = structuredClone(state.events);
    expect(rapportorOf(state.events)).toEqual({ userIds: new Set(['user:anna']), names: new Set(['Anna Berg']) });

    const redacted = redactRapportor(state.events);
    const text = JSON.stringify(redacted);
    for (const secret of ['user:anna', 'Anna Berg']) expect(text).not.toContain(secret);
    // The others who acted stay named.
    for (const known of ['user:erik', 'user:sara']) expect(text).toContain(known);
    const client = replayed(state, redacted);
    const rapport = client.snapshot.context.steps['rapport.submit']!;
    expect((rapport.data as { rapportor: unknown }).rapportor).toEqual({
      namn: HIDDEN_RAPPORTOR.namn,
      befattning: HIDDEN_RAPPORTOR.befattning,
    });
    expect(rapport.by.userId).toBe(HIDDEN_RAPPORTOR.userId);
    expect(client.openedBy).toBe(HIDDEN_RAPPORTOR.userId);
    expect(stepperOf(client).find((s) => s.key === 'rapport')?.doneBy).toBe(HIDDEN_RAPPORTOR.userId);
    // The copy of her name in the utredning's first underlag goes too; the placeholder still fits the forms.
    const utredning = client.snapshot.context.steps['utredning.submit']!.data as { underlag: { forfattare: unknown }[] };
    expect(utredning.underlag[0]!.forfattare).toEqual({ namn: HIDDEN_RAPPORTOR.namn, titel: HIDDEN_RAPPORTOR.befattning });
    for (const type of ['rapport.submit', 'utredning.submit'])
      expect(state.loaded.validators.get(type)!(client.snapshot.context.steps[type]!.data), type).toEqual([]);

    // The stored log is untouched, and a redacted copy can never pass for it.
    expect(state.events).toEqual(stored);
    const changed = redacted.find((e) => e.type === 'rapport.submit')!;
    expect(hashEvent(nodeHasher, changed)).not.toBe(changed.hash);
  });

  it("keeps the receiver of an oral rapport named: she registered it on the rapportör's behalf", async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:erik');
    await w.step(
      id,
      'user:erik',
      'rapport.submit',
      example('lex-sarah-rapport-2', {
        rapportor: { namn: 'Anna Berg', befattning: 'Undersköterska' },
        muntligRapport: true,
        mottagenAv: { namn: 'Erik Holm', titel: 'Enhetschef' },
      }),
    );
    const state = (await w.engine.get(id))!;
    // The server matched the named rapportör to her account (for jäv): that id is hers, not the receiver's.
    expect(rapportorOf(state.events).userIds).toEqual(new Set(['user:anna']));
    const redacted = redactRapportor(state.events);
    const text = JSON.stringify(redacted);
    expect(text).not.toContain('Anna Berg');
    expect(text).not.toContain('user:anna');
    expect(redacted.every((e) => e.actor.userId === 'user:erik')).toBe(true);
    const rapport = replayed(state, redacted).snapshot.context.steps['rapport.submit']!.data as { mottagenAv: unknown };
    expect(rapport.mottagenAv).toEqual({ namn: 'Erik Holm', titel: 'Enhetschef' });
    expect(knowsRapportor(state.events, 'user:erik')).toBe(true);
    expect(knowsRapportor(state.events, 'user:anna')).toBe(true);
    expect(knowsRapportor(state.events, 'user:olle')).toBe(false);
  });

  it("hides the rapportör an escalation carries into lex Sarah (prefill and jäv), and in the avvikelse's escalation step", async () => {
    const w = await createWorld();
    const avvikelse = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    await w.step(avvikelse, 'user:anna', 'rapport.submit', example('avvikelse-rapport-2'));
    await w.step(
      avvikelse,
      'user:erik',
      'bedomning.submit',
      example('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 2, vag: 'lex_sarah' }),
    );
    const escalated = await w.step(
      avvikelse,
      'user:erik',
      'eskalering.submit',
      example('avvikelse-eskalering', { rapportor: { ...ANNA, befattning: 'Undersköterska' } }),
    );
    const lexSarah = (await w.engine.get(escalated.linked!.arendeId))!;
    await w.step(lexSarah.arendeId, 'user:erik', 'rapport.submit', example('lex-sarah-rapport-2', { rapportor: ANNA }));

    for (const id of [avvikelse, lexSarah.arendeId]) {
      const state = (await w.engine.get(id))!;
      expect(JSON.stringify(state.events)).toContain('user:anna');
      const redacted = redactRapportor(state.events);
      expect(JSON.stringify(redacted), id).not.toMatch(/user:anna|Anna Berg/);
      expect(
        redacted.some((e) => e.actor.userId === 'user:erik'),
        id,
      ).toBe(true);
      replayed(state, redacted);
      expect(knowsRapportor(state.events, 'user:erik'), id).toBe(true);
      expect(knowsRapportor(state.events, 'user:vera'), id).toBe(false);
    }
    // In lex Sarah the rapport was filed by the enhetschef on Anna's behalf: he is not taken for the rapportör.
    expect(rapportorOf((await w.engine.get(lexSarah.arendeId))!.events).userIds).toEqual(new Set(['user:anna']));
  });

  it('masks her name in every text however it is written, keeps codes and ids, and still replays (issue 21)', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    const text = 'Jag (Anna Berg) såg det; anna larmade och ANNA BERG ringde. Se A.B. i journalen.';
    await w.step(
      id,
      'user:anna',
      'rapport.submit',
      example('lex-sarah-rapport-2', { rapportor: { ...ANNA, namn: 'anna berg' }, handelse: text }),
    );
    const omedelbara = example('lex-sarah-omedelbara-atgarder');
    (omedelbara.atgarder as { utfordAv: { namn: string } }[])[0]!.utfordAv.namn = 'AB';
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', omedelbara);
    const state = (await w.engine.get(id))!;
    // The organisation's spelling of her name joins the log's (a self-made avvikelse names no one at all).
    const who = { userIds: new Set(['user:anna']), names: new Set(['Anna Berg']) };
    const redacted = redactRapportor(state.events, who);
    const client = replayed(state, redacted);
    const rapport = client.snapshot.context.steps['rapport.submit']!.data as {
      handelse: string;
      handelsekategori: string;
      rapportor: unknown;
    };
    expect(rapport.handelse).toBe(
      'Jag ([rapportören]) såg det; [rapportören] larmade och [rapportören] ringde. Se [rapportören] i journalen.',
    );
    expect(rapport.handelsekategori).toBe(example('lex-sarah-rapport-2').handelsekategori);
    const atgarder = (client.snapshot.context.steps['omedelbara_atgarder.submit']!.data as { atgarder: { utfordAv: { namn: string } }[] })
      .atgarder;
    expect(atgarder.map((a) => a.utfordAv.namn)).toEqual([HIDDEN_RAPPORTOR.iText, HIDDEN_RAPPORTOR.namn]);
    expect(JSON.stringify(redacted)).not.toMatch(/anna|A\.B\./i);
  });

  it('never rewrites a code, date or id that happens to spell her name', () => {
    const events = [
      {
        arendeId: 'arende:x',
        seq: 1,
        type: 'rapport.submit',
        at: '2026-03-13T08:00:00.000Z',
        actor: { userId: 'user:erik', role: 'enhetschef' },
        stepData: {
          rapportor: { namn: 'Sarah Fall Nord' },
          kategori: 'fall',
          vag: 'lex_sarah',
          ivoAvdelning: 'nord',
          handelse: 'Nord såg att det var ett fall enligt lex Sarah.',
          egetFalt: ['sarah ringde'],
          utfordAv: { namn: 'sarah' },
          anvandarId: 'user:sarah.nord',
          datum: '2026-03-13',
        },
        prevHash: '',
        hash: 'h',
      },
    ] as unknown as ArendeEvent[];
    const data = redactRapportor(events)[0]!.stepData as Record<string, unknown>;
    expect(data).toMatchObject({
      kategori: 'fall',
      vag: 'lex_sarah',
      ivoAvdelning: 'nord',
      handelse: `${HIDDEN_RAPPORTOR.iText} såg att det var ett fall enligt lex Sarah.`,
    });
    // A field a process owner adds in a new version is free text like any other.
    expect(data.egetFalt).toEqual([`${HIDDEN_RAPPORTOR.iText} ringde`]);
    // Her first name alone, in lower case, as who acted; another person's id that holds it is left as it is.
    expect(data).toMatchObject({ utfordAv: { namn: HIDDEN_RAPPORTOR.iText }, anvandarId: 'user:sarah.nord', datum: '2026-03-13' });
  });

  it('hides the opener of a list row only where a process has a rapportör, and masks her in its rubrik', async () => {
    const w = await createWorld();
    const state = (await w.engine.get(await ownRapport(w)))!;
    expect(redactOpener(REGISTRY, toSummary(state))).toMatchObject({
      arendeId: state.arendeId,
      openedBy: HIDDEN_RAPPORTOR.userId,
      rubrik: HIDDEN_RAPPORTOR.rubrik,
    });
    const row = { ...toSummary(state), rubrik: 'Anna B. och asa oberg såg An…' };
    expect(redactOpener(REGISTRY, row, { userIds: new Set(['user:anna']), names: new Set(['Anna Berg', 'Åsa Öberg']) }).rubrik).toBe(
      '[rapportören] och [rapportören] såg [rapportören]…',
    );
    const risk = await w.open('riskanalys', 'enhet:solgarden', 'user:erik');
    const riskRow = toSummary((await w.engine.get(risk))!);
    expect(redactOpener(REGISTRY, riskRow)).toBe(riskRow);
  });
});
