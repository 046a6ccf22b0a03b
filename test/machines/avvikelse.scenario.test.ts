import { describe, expect, it } from 'vitest';
import { createWorld, example } from '../support/world';
import type { World } from '../support/world';

async function reported(w: World, patch: Record<string, unknown> = {}): Promise<string> {
  const id = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
  await w.step(id, 'user:anna', 'rapport.submit', example('avvikelse-rapport', patch));
  return id;
}

describe('avvikelse', () => {
  it('walks rapport → bedömning → analys → åtgärd → uppföljning → avslut', async () => {
    const w = await createWorld();
    const id = await reported(w);
    await w.step(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning'));
    await w.step(id, 'user:erik', 'analys.submit', example('avvikelse-analys'));
    await w.step(id, 'user:erik', 'atgarder.submit', example('avvikelse-atgard'));
    const [atgard] = (await w.engine.get(id))!.snapshot.context.atgarder;
    const blocked = await w.attempt(id, 'user:erik', 'uppfoljning.submit', example('avvikelse-uppfoljning'));
    expect(blocked.ok || blocked.rejection.reasons?.[0]).toMatch(/inte verifierad/);
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: atgard!.id }));
    await w.step(id, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId: atgard!.id }));
    await w.step(id, 'user:erik', 'uppfoljning.submit', example('avvikelse-uppfoljning'));
    await w.step(id, 'user:erik', 'avslut.submit', example('avvikelse-avslut'));
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it('escalates to a linked lex Sarah ärende with the facts copied and links both ways', async () => {
    const w = await createWorld();
    const id = await reported(w, { enskildReferens: 'ENR-2026-0099' });
    await w.step(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 2, vag: 'lex_sarah' }));
    const r = await w.step(id, 'user:erik', 'eskalering.submit', example('avvikelse-eskalering'));
    expect(r.linked).toBeDefined();
    const lexSarah = (await w.engine.get(r.linked!.arendeId))!;
    expect(lexSarah.open.processType).toBe('lex-sarah');
    expect(lexSarah.links).toEqual([{ rel: 'eskalerad_fran', arendeId: id }]);
    expect(lexSarah.open.prefill).toMatchObject({ enskildReferens: 'ENR-2026-0099', rapportor: { namn: 'Anna Berg' } });
    expect(r.state.links).toEqual([{ rel: 'eskalerad_till', arendeId: lexSarah.arendeId }]);
    // The escalated avvikelse can now be closed; the lex Sarah ärende starts at its rapport.
    expect(r.state.snapshot.value).toBe('avslut');
    expect(lexSarah.snapshot.value).toBe('rapport');
    await w.step(id, 'user:erik', 'avslut.submit', example('avvikelse-avslut'));
  });

  it('refuses a bedömning by the rapportör (jäv) and by a medarbetare', async () => {
    const w = await createWorld();
    const id = await w.open('avvikelse', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'rapport.submit', example('avvikelse-rapport'));
    const own = await w.attempt(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning'));
    expect(own.ok || own.rejection.code).toBe('jav');
    const staff = await w.attempt(id, 'user:anna', 'bedomning.submit', example('avvikelse-bedomning'));
    expect(staff.ok || staff.rejection.code).toBe('wrong_role');
  });

  it('refuses konsekvens 4 with local handling, and a category outside the list', async () => {
    const w = await createWorld();
    const bad = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    const cat = await w.attempt(bad, 'user:anna', 'rapport.submit', example('avvikelse-rapport', { kategori: 'annat' }));
    expect(cat.ok || cat.rejection.fieldErrors?.[0]?.pointer).toBe('/kategori');
    const id = await reported(w);
    const r = await w.attempt(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning', { konsekvens: 4, vag: 'lokal' }));
    expect(r.ok || r.rejection.code).toBe('invalid_data');
    if (!r.ok) expect(r.rejection.fieldErrors?.map((e) => e.pointer)).toContain('/vag');
  });

  it('explains to a medarbetare why she cannot act', async () => {
    const w = await createWorld();
    const id = await reported(w);
    const options = await w.engine.available(id, 'user:anna');
    const bedomning = options.find((o) => o.type === 'bedomning.submit')!;
    expect(bedomning).toMatchObject({ allowed: false, role: 'enhetschef' });
    expect(bedomning.why?.message).toContain('ska utföras av enhetschef');
  });
});
