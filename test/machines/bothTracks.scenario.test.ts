import { describe, expect, it } from 'vitest';
import { createWorld, example } from '../support/world';
import type { World } from '../support/world';

/**
 * One händelse that is both a social-care missförhållande and a vårdskada runs lex Sarah and lex Maria side by side
 * from one avvikelse (issue 21): whichever route the bedömning took, the other can follow, once.
 */

async function assessed(w: World, vag: 'mas' | 'lex_sarah'): Promise<string> {
  const id = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
  await w.step(id, 'user:anna', 'rapport.submit', example('avvikelse-rapport-2'));
  await w.step(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 2, vag }));
  return id;
}

describe('lex Sarah and lex Maria from one avvikelse', () => {
  it("escalates to lex Sarah after the handover to the MAS, once, with both links and the avvikelse's jäv carried", async () => {
    const w = await createWorld();
    const id = await assessed(w, 'mas');
    const handed = await w.step(id, 'user:erik', 'overlamning.submit', example('avvikelse-overlamning-mas'));
    const also = await w.step(id, 'user:erik', 'eskalering.ocksa', example('avvikelse-eskalering'));
    const lexSarah = (await w.engine.get(also.linked!.arendeId))!;
    expect(lexSarah.open.processType).toBe('lex-sarah');
    expect(lexSarah.links).toEqual([{ rel: 'eskalerad_fran', arendeId: id }]);
    expect(lexSarah.snapshot.context.jav).toContain('user:anna');
    expect(also.state.links.map((l) => l.rel).sort()).toEqual(['eskalerad_till', 'overlamnad_till']);
    expect((await w.engine.get(handed.linked!.arendeId))!.open.processType).toBe('lex-maria');
    // The avvikelse goes on with its own analys meanwhile.
    expect(also.state.snapshot.value).toBe('analys');
    const again = await w.attempt(id, 'user:erik', 'eskalering.ocksa', example('avvikelse-eskalering'));
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.rejection.message).toContain('Händelsen är redan eskalerad till lex Sarah');
  });

  it('hands to the MAS after an escalation to lex Sarah', async () => {
    const w = await createWorld();
    const id = await assessed(w, 'lex_sarah');
    await w.step(id, 'user:erik', 'eskalering.submit', example('avvikelse-eskalering'));
    const also = await w.step(id, 'user:erik', 'overlamning.ocksa', example('avvikelse-overlamning-mas'));
    expect((await w.engine.get(also.linked!.arendeId))!.open.processType).toBe('lex-maria');
    expect(also.state.links.map((l) => l.rel).sort()).toEqual(['eskalerad_till', 'overlamnad_till']);
    await w.step(id, 'user:erik', 'avslut.submit', example('avvikelse-avslut'));
  });

  it("offers the second track only after the first, and names the avvikelse's reporter or the chef herself as rapportör", async () => {
    const w = await createWorld();
    const id = await assessed(w, 'mas');
    const early = await w.attempt(id, 'user:erik', 'eskalering.ocksa', example('avvikelse-eskalering'));
    expect(early.ok).toBe(false);
    await w.step(id, 'user:erik', 'overlamning.submit', example('avvikelse-overlamning-mas'));
    const someoneElse = await w.attempt(
      id,
      'user:erik',
      'eskalering.ocksa',
      example('avvikelse-eskalering', { rapportor: { namn: 'Sofia Åberg', befattning: 'SAS', anvandarId: 'user:sofia' } }),
    );
    expect(someoneElse.ok).toBe(false);
    if (!someoneElse.ok)
      expect(someoneElse.rejection.message).toBe('Rapportören är den som lämnade rapporten i ärendet eller du själv (Erik Holm).');
    await w.step(
      id,
      'user:erik',
      'eskalering.ocksa',
      example('avvikelse-eskalering', { rapportor: { namn: 'Erik Holm', befattning: 'Enhetschef' } }),
    );
  });
});
