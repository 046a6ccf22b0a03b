import { describe, expect, it } from 'vitest';
import { createWorld, example } from '../support/world';
import type { World } from '../support/world';

async function untilGodkannande(w: World, start = '2026-09-01'): Promise<string> {
  const id = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
  await w.step(id, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning', { planeradStart: start }));
  await w.step(id, 'user:erik', 'deltagare.submit', example('riskanalys-deltagare'));
  await w.step(id, 'user:erik', 'identifiera.submit', example('riskanalys-identifiera'));
  await w.step(id, 'user:erik', 'vardera.submit', example('riskanalys-vardera'));
  await w.step(id, 'user:erik', 'handlingsplan.submit', example('riskanalys-handlingsplan'));
  return id;
}

describe('riskanalys inför förändring', () => {
  it('is approved by the verksamhetschef before the start date and followed up', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w);
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    await w.step(id, 'user:erik', 'uppfoljning.submit', example('riskanalys-uppfoljning'));
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it('refuses approval on or after the planned start date', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w, '2026-03-13');
    const r = await w.attempt(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    expect(r.ok || r.rejection.code).toBe('guard_failed');
    if (!r.ok) expect(r.rejection.message).toContain('före förändringens planerade start (2026-03-13)');
  });

  it('sends the plan back and requires it again before approval', async () => {
    const w = await createWorld();
    const id = await untilGodkannande(w);
    await w.step(id, 'user:vera', 'godkannande.aterremittera', example('riskanalys-aterremiss'));
    const early = await w.attempt(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
    expect(early.ok || early.rejection.code).toBe('step_not_reached');
    await w.step(id, 'user:erik', 'handlingsplan.submit', example('riskanalys-handlingsplan'));
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskanalys-godkannande'));
  });

  it('refuses a participant list without skyddsombud unless a reason is recorded', async () => {
    const w = await createWorld();
    const id = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
    await w.step(id, 'user:erik', 'beskrivning.submit', example('riskanalys-beskrivning'));
    const deltagare = [{ namn: 'Erik Holm', funktion: 'enhetschef' }];
    const r = await w.attempt(id, 'user:erik', 'deltagare.submit', { deltagare, skyddsombudDeltar: false });
    expect(r.ok || r.rejection.fieldErrors?.[0]?.pointer).toBe('/skalUtanSkyddsombud');
    await w.step(id, 'user:erik', 'deltagare.submit', { deltagare, skyddsombudDeltar: false, skalUtanSkyddsombud: 'Skyddsombudet har avböjt att delta vid två tillfällen.' });
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
    const r = await w.attempt(id, 'user:erik', 'handlingsplan.submit', { atgarder: (plan.atgarder as { nr: number }[]).filter((a) => a.nr !== 1) });
    expect(r.ok || r.rejection.message).toContain('Risk nr 1 har hög riskpoäng eller konsekvens 4 men saknar åtgärd.');
    const otherUnit = await w.attempt(id, 'user:lina', 'handlingsplan.submit', plan);
    expect(otherUnit.ok || otherUnit.rejection.code).toBe('wrong_unit');
  });
});
