import { describe, expect, it } from 'vitest';
import { computeObligations } from '../../src/engine/index';
import { createWorld, example, lexSarahUntil, today } from '../support/world';

describe('lex Sarah: happy paths', () => {
  it('walks rapport → … → avslut without IVO and closes the ärende', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'avslutad');
    const state = (await w.engine.get(id))!;
    expect(state.status).toBe('closed');
    expect(state.snapshot.value).toBe('avslutad');
    expect(state.events.map((e) => e.type)).toEqual([
      'arende.open',
      'rapport.submit',
      'omedelbara_atgarder.submit',
      'registrering.submit',
      'utredning.submit',
      'bedomning.submit',
      'beslut.submit',
      'atgarder.submit',
      'atgard.rapportera',
      'atgard.verifiera',
      'atgard.rapportera',
      'atgard.verifiera',
      'uppfoljning.submit',
      'avslut.submit',
    ]);
    expect(state.events.find((e) => e.type === 'beslut.submit')!.actor).toEqual({ userId: 'user:fredrik', role: 'forvaltningschef' });
    expect((await w.engine.verifyIntegrity()).ok).toBe(true);
  });

  it('takes the IVO track when the beslut says allvarligt, with komplettering when the utredning was not attached', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'avslutad', { allvarligt: true, utredningBifogad: false });
    const state = (await w.engine.get(id))!;
    expect(state.status).toBe('closed');
    const types = state.events.map((e) => e.type);
    expect(types).toContain('anmalan_godkannande.submit');
    expect(types.indexOf('komplettering.submit')).toBeLessThan(types.indexOf('avslut.submit'));
  });

  it('opens the IVO track early on "allvarligt" without pausing the utredning', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    let state = (await w.engine.get(id))!;
    expect(state.snapshot.value).toEqual({ handlaggning: { utredningsspar: 'utredning', ivospar: 'anmalan_ivo' } });
    await w.step(id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo', { utredningBifogas: false }));
    await w.step(id, 'user:sara', 'utredning.anteckning', example('lex-sarah-utredning-anteckning'));
    await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande'));
    await w.step(id, 'user:sara', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: today(w) }));
    state = (await w.engine.get(id))!;
    expect(state.snapshot.value).toEqual({ handlaggning: { utredningsspar: 'utredning', ivospar: 'komplettering' } });

    // Komplettering needs the finished utredning.
    const early = await w.attempt(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering'));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.rejection.message).toContain('Utredningen måste vara klar');

    // The two-month legal obligation runs from the anmälan's recorded sent date and becomes overdue after its last day.
    const komplettering = () => computeObligations(state, w.clock.now()).find((o) => o.id === 'komplettering')!;
    expect(komplettering().kind).toBe('legal');
    expect(komplettering().status).toBe('open');
    expect(komplettering().startedAt.slice(0, 10)).toBe('2026-03-13');
    expect(komplettering().dueAt).toBe('2026-05-13T21:59:59.999Z');
    w.clock.advance(62 * 86_400_000);
    expect(komplettering().overdue).toBe(true);
  });
});

describe('lex Sarah: every rejection rule names what is wrong', () => {
  it('refuses a step that is not reached yet', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    const r = await w.attempt(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection.code).toBe('step_not_reached');
    expect(r.rejection.message).toBe('"Utredning" kan inte utföras nu. Ärendet väntar på: Omedelbara åtgärder (enhetschef).');
  });

  it('refuses the wrong role', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    const r = await w.attempt(id, 'user:anna', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    expect(r.ok || r.rejection).toMatchObject({ code: 'wrong_role', requiredRole: 'enhetschef' });
    if (!r.ok) expect(r.rejection.message).toBe('"Omedelbara åtgärder" ska utföras av enhetschef. Du har inte den rollen.');
  });

  it('refuses the right role in the wrong unit', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    const r = await w.attempt(id, 'user:lina', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    expect(r.ok || r.rejection.code).toBe('wrong_unit');
    if (!r.ok) expect(r.rejection.message).toContain('inte för Solgårdens särskilda boende');
  });

  it('refuses invalid data and names the field in Swedish', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    const { rapportor: _dropped, ...withoutRapportor } = example('lex-sarah-rapport-2');
    const r = await w.attempt(id, 'user:anna', 'rapport.submit', withoutRapportor);
    expect(r.ok || r.rejection.code).toBe('invalid_data');
    if (r.ok) return;
    expect(r.rejection.fieldErrors?.[0]).toMatchObject({ pointer: '/rapportor' });
    expect(r.rejection.message).toMatch(/Rapportör.* måste fyllas i\./);
    expect((await w.engine.get(id))!.events).toHaveLength(1);
  });

  it('refuses a personnummer where only a reference is allowed', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    const r = await w.attempt(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', { enskildReferens: '19451212-1234' }));
    expect(r.ok || r.rejection.code).toBe('invalid_data');
    if (!r.ok) expect(r.rejection.fieldErrors?.[0]?.pointer).toBe('/enskildReferens');
  });

  it('refuses a rapportör who tries to investigate (jäv)', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:sara');
    await w.step(
      id,
      'user:sara',
      'rapport.submit',
      example('lex-sarah-rapport-2', { rapportor: { namn: 'Sara Nyberg', befattning: 'SAS', anvandarId: 'user:sara' } }),
    );
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
    const r = await w.attempt(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    expect(r.ok || r.rejection.code).toBe('jav');
    if (!r.ok) expect(r.rejection.message).toContain('rapportör eller inblandad');
    // Another SAS may investigate.
    await w.step(id, 'user:sofia', 'utredning.submit', example('lex-sarah-utredning'));
  });

  it('refuses a person marked as involved from deciding', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    await w.step(
      id,
      'user:anna',
      'rapport.submit',
      example('lex-sarah-rapport-2', { inblandade: [{ namn: 'Fredrik Dahl', anvandarId: 'user:fredrik' }] }),
    );
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(id, 'user:sara', 'bedomning.submit', example('lex-sarah-bedomning'));
    const r = await w.attempt(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut'));
    expect(r.ok || r.rejection.code).toBe('jav');
  });

  it('keeps "Avslut" closed until every åtgärd is verified, and says which ones are missing', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'uppfoljning');
    const options = await w.engine.available(id, 'user:sara');
    const uppfoljning = options.find((o) => o.type === 'uppfoljning.submit')!;
    expect(uppfoljning.allowed).toBe(false);
    expect(uppfoljning.why?.reasons?.length).toBe(2);
    expect(uppfoljning.why?.reasons?.[0]).toMatch(/^Åtgärden ".*" är planerad men inte verifierad\.$/);
    const avslut = options.find((o) => o.type === 'avslut.submit')!;
    expect(avslut.why?.code).toBe('step_not_reached');
    const r = await w.attempt(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning'));
    expect(r.ok || r.rejection.code).toBe('guard_failed');

    // SAS cannot verify an åtgärd that is not reported done; the enhetschef cannot verify at all.
    const atgard = (await w.engine.get(id))!.snapshot.context.atgarder[0]!;
    const early = await w.attempt(id, 'user:sara', 'atgard.verifiera', example('atgard-verifiera', { atgardId: atgard.id }));
    expect(early.ok || early.rejection.message).toContain('den måste vara genomförd');
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: atgard.id }));
    const byChef = await w.attempt(id, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId: atgard.id }));
    expect(byChef.ok || byChef.rejection.code).toBe('wrong_role');
    const unknown = await w.attempt(id, 'user:sara', 'atgard.verifiera', example('atgard-verifiera', { atgardId: 'atgard:finns-inte' }));
    expect(unknown.ok || unknown.rejection.message).toContain('Det finns ingen åtgärd med id "atgard:finns-inte"');
  });

  it('lets only SAS close, and nothing after closing', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'avslut');
    const byChef = await w.attempt(id, 'user:erik', 'avslut.submit', example('lex-sarah-avslut'));
    expect(byChef.ok || byChef.rejection.code).toBe('wrong_role');
    await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
    const after = await w.attempt(id, 'user:sara', 'utredning.anteckning', example('lex-sarah-utredning-anteckning'));
    expect(after.ok || after.rejection).toMatchObject({ code: 'closed', message: 'Ärendet är avslutat. Inga fler steg kan utföras.' });
  });

  it('refuses events that do not exist in the process, and a beslut before the bedömning', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    const crafted = await w.attempt(id, 'user:sara', 'arende.hoppa_over', {});
    expect(crafted.ok || crafted.rejection.code).toBe('unknown_event');
    const beslut = await w.attempt(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut'));
    expect(beslut.ok || beslut.rejection.code).toBe('step_not_reached');
    expect((await w.engine.get(id))!.events).toHaveLength(4);
  });

  it('refuses to open a lex Sarah ärende for someone without a role in the enhet', async () => {
    const w = await createWorld();
    const r = await w.engine.open('lex-sarah', 'enhet:solgarden', 'user:maja');
    expect(r.ok || r.rejection.code).toBe('wrong_role');
  });
});
