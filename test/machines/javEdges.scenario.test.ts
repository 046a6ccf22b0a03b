import { describe, expect, it } from 'vitest';
import { createWorld, example, lexSarahUntil } from '../support/world';
import type { World } from '../support/world';

/**
 * Jäv at the edges (issue 21): rules the engine keeps whatever a definition's guards say. Every refusal leaves the
 * log as it was.
 */

async function events(w: World, id: string): Promise<number> {
  return (await w.engine.get(id))!.events.length;
}

describe('who may verify and withdraw an åtgärd', () => {
  it("refuses the åtgärd's own ansvarig verifying its effect; another SAS may", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'uppfoljning');
    await w.step(
      id,
      'user:erik',
      'atgard.lagg_till',
      example('atgard-lagg-till', {
        atgard: { ...(example('atgard-lagg-till').atgard as object), ansvarig: { namn: 'sara nyberg', titel: 'SAS' } },
      }),
    );
    const own = (await w.engine.get(id))!.snapshot.context.atgarder.at(-1)!;
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: own.id }));
    const before = await events(w, id);
    const r = await w.attempt(id, 'user:sara', 'atgard.verifiera', example('atgard-verifiera', { atgardId: own.id }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.code).toBe('jav');
      expect(r.rejection.message).toBe(
        `Du är ansvarig för åtgärden "${own.vad}" och kan därför inte själv verifiera dess effekt. Någon annan i rollen verifierar den.`,
      );
    }
    expect(await events(w, id)).toBe(before);
    await w.step(id, 'user:sofia', 'atgard.verifiera', example('atgard-verifiera', { atgardId: own.id }));
  });

  it('refuses a jävig SAS (the rapportör) withdrawing or verifying an åtgärd in her own ärende, in the list of actions too', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:sara');
    await w.step(
      id,
      'user:sara',
      'rapport.submit',
      example('lex-sarah-rapport-2', { rapportor: { namn: 'Sara Nyberg', befattning: 'SAS', anvandarId: 'user:sara' } }),
    );
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sofia', 'registrering.submit', example('lex-sarah-registrering'));
    await w.step(id, 'user:sofia', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(
      id,
      'user:sofia',
      'bedomning.submit',
      example('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: false }),
    );
    await w.step(
      id,
      'user:fredrik',
      'beslut.submit',
      example('lex-sarah-beslut', { klassificering: 'missforhallande', allvarligt: false }),
    );
    await w.step(id, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
    const [first] = (await w.engine.get(id))!.snapshot.context.atgarder;
    const before = await events(w, id);
    const r = await w.attempt(id, 'user:sara', 'atgard.aterta', example('atgard-aterta', { atgardId: first!.id }));
    expect(r.ok || r.rejection.code).toBe('jav');
    if (!r.ok)
      expect(r.rejection.message).toBe('Du är rapportör eller inblandad i händelsen och får därför inte återta åtgärder i ärendet (jäv).');
    expect(await events(w, id)).toBe(before);
    const offered = await w.engine.available(id, 'user:sara');
    expect(offered.find((o) => o.type === 'atgard.aterta')).toMatchObject({ allowed: false, why: { code: 'jav' } });
    await w.step(id, 'user:sofia', 'atgard.aterta', example('atgard-aterta', { atgardId: first!.id }));
  });
});

describe('the rapportör is the one who sends the rapport', () => {
  it('refuses a rapport naming someone else as rapportör, by user id or by name', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    for (const rapportor of [
      { namn: 'Sofia Åberg', befattning: 'SAS', anvandarId: 'user:sofia' },
      { namn: 'Sofia Åberg', befattning: 'SAS' },
    ]) {
      const r = await w.attempt(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2', { rapportor }));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.rejection.code).toBe('invalid_data');
        expect(r.rejection.message).toContain('Rapportören är den som är inloggad och lämnar rapporten (Anna Berg).');
        expect(r.rejection.fieldErrors?.[0]?.pointer).toBe('/rapportor/namn');
      }
    }
    expect(await events(w, id)).toBe(1);
    // Her own name, however written, is her.
    await w.step(
      id,
      'user:anna',
      'rapport.submit',
      example('lex-sarah-rapport-2', { rapportor: { namn: 'anna  berg', befattning: 'Undersköterska' } }),
    );
  });

  it('lets an oral rapport name its rapportör only when the one signed in is recorded as its receiver', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:sara');
    const oral = example('lex-sarah-rapport-2', {}, 1);
    const r = await w.attempt(id, 'user:sara', 'rapport.submit', oral);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.rejection.message).toBe(
        'Den som tar emot en muntlig rapport och registrerar den är den som är inloggad (Sara Nyberg). Ange ditt eget namn ' +
          'under "Mottagen av".',
      );
    await w.step(id, 'user:sara', 'rapport.submit', { ...oral, mottagenAv: { namn: 'Sara Nyberg', titel: 'SAS' } });
  });
});
