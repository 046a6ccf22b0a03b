import type { DemoSeeder } from './demoSeeder';

/** An avvikelse taken through its first `until` steps (rapport, bedömning with `vag`, analys, åtgärder). */
async function avvikelse(s: DemoSeeder, enhet: string, reporter: string, chef: string, until: number, vag = 'lokal'): Promise<string> {
  const { ex, happenedNow } = s;
  const id = await s.open('avvikelse', enhet, reporter);
  const dates = { handelseDatum: happenedNow().date, upptacktDatum: happenedNow().date };
  const plan: [string, string, unknown][] = [
    ['rapport.submit', reporter, ex('avvikelse-rapport', dates, s.count % 2)],
    ['bedomning.submit', chef, ex('avvikelse-bedomning', { vag })],
    ['analys.submit', chef, ex('avvikelse-analys')],
    ['atgarder.submit', chef, ex('avvikelse-atgard')],
  ];
  for (const [type, user, data] of plan.slice(0, until)) await s.step(id, user, type, data);
  return id;
}

/** Avvikelser waiting, in analys, with åtgärder followed up, closed, and one escalated to lex Sarah. */
export async function seedAvvikelser(s: DemoSeeder): Promise<void> {
  const { ex, step } = s;
  await avvikelse(s, 'enhet:larkan', 'user:maja', 'user:lina', 1); // waits for bedömning
  await avvikelse(s, 'enhet:solgarden', 'user:anna', 'user:erik', 2); // in analys
  await avvikelse(s, 'enhet:hemtjanst-norr', 'user:erik', 'user:erik', 1); // reported by the chef himself: he may not assess it (jäv)
  const avvFollowUp = await avvikelse(s, 'enhet:solgarden', 'user:anna', 'user:erik', 4);
  await step(avvFollowUp, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: (await s.atgarder(avvFollowUp))[0]!.id }));
  const avvClosed = await avvikelse(s, 'enhet:solgarden', 'user:anna', 'user:erik', 4);
  for (const a of await s.atgarder(avvClosed)) {
    await step(avvClosed, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: a.id }));
    await step(avvClosed, 'user:erik', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: a.id }));
  }
  await step(avvClosed, 'user:erik', 'uppfoljning.submit', ex('avvikelse-uppfoljning'));
  await step(avvClosed, 'user:erik', 'avslut.submit', ex('avvikelse-avslut'));
  const escalated = await avvikelse(s, 'enhet:larkan', 'user:maja', 'user:lina', 1);
  await step(escalated, 'user:lina', 'bedomning.submit', ex('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 2, vag: 'lex_sarah' }));
  // The lex Sarah rapportör is the avvikelse's own reporter (Maja, who sent it).
  const maja = { namn: 'Maja Lind', befattning: 'Stödassistent', anvandarId: 'user:maja' };
  await step(escalated, 'user:lina', 'eskalering.submit', ex('avvikelse-eskalering', { rapportor: maja }));
}

/** A läkemedel event handed to the MAS: her lex Maria-bedömning waits in her inbox. */
export async function seedLakemedelToMas(s: DemoSeeder): Promise<void> {
  const { ex, step, happenedNow } = s;
  const lakemedel = await s.open('avvikelse', 'enhet:solgarden', 'user:anna');
  await step(
    lakemedel,
    'user:anna',
    'rapport.submit',
    ex('avvikelse-rapport-2', {
      handelseDatum: happenedNow().date,
      upptacktDatum: happenedNow().date,
      lagrum: 'hsl',
      kategori: 'lakemedel',
      handelse: 'Den enskilde fick kvällsdosen av sina blodförtunnande läkemedel två gånger. Dosen signerades inte vid första tillfället.',
      konsekvens: 'Sjuksköterskan kontrollerade den enskilde under natten. Inga blödningar har upptäckts.',
      omedelbarAtgard: 'Sjuksköterskan och läkaren kontaktades direkt.',
    }),
    4,
  );
  await step(lakemedel, 'user:erik', 'bedomning.submit', ex('avvikelse-bedomning', { konsekvens: 3, sannolikhet: 2, vag: 'mas' }), 4);
  const sammanfattning =
    'Dubbel kvällsdos av blodförtunnande läkemedel; dosen signerades inte första gången. Ingen blödning har upptäckts.';
  await step(lakemedel, 'user:erik', 'overlamning.submit', ex('avvikelse-overlamning-mas', { sammanfattning }), 4);
}
