import type { DemoSeeder } from './demoSeeder';

const DAY = 86_400_000;

/**
 * A riskanalys planned to start 5 days after the seed began and never approved: its start has passed,
 * so the enhetschef must re-plan it (or the verksamhetschef stop it) before it can be approved.
 */
export async function seedPassedRiskanalys(s: DemoSeeder): Promise<void> {
  const { ex, step } = s;
  const passed = await s.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
  const forandring = 'Nattpatrullerna i Hemtjänst Norr slås ihop till en patrull.';
  await step(passed, 'user:erik', 'beskrivning.submit', ex('riskanalys-beskrivning', { planeradStart: s.day(5), forandring }), 2);
  for (const key of ['deltagare', 'identifiera', 'vardera', 'handlingsplan'])
    await step(passed, 'user:erik', `${key}.submit`, ex(`riskanalys-${key}`), 2);
  await step(passed, 'user:olle', 'skyddsombud.submit', ex('riskanalys-skyddsombud'), 2);
}

/** Two riskanalyser of a change a month ahead: one waits for the skyddsombud, one was just described. */
export async function seedRiskanalyser(s: DemoSeeder): Promise<void> {
  const { ex, step } = s;
  const risk = await s.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
  const start = new Date(new Date(s.now).getTime() + 30 * DAY).toISOString().slice(0, 10);
  await step(risk, 'user:erik', 'beskrivning.submit', ex('riskanalys-beskrivning', { planeradStart: start }));
  for (const key of ['deltagare', 'identifiera', 'vardera', 'handlingsplan'])
    await step(risk, 'user:erik', `${key}.submit`, ex(`riskanalys-${key}`));
  const risk2 = await s.open('riskanalys', 'enhet:solgarden', 'user:erik');
  await step(risk2, 'user:erik', 'beskrivning.submit', ex('riskanalys-beskrivning', { planeradStart: start }));
}
