import { example } from './world';
import type { World } from './world';

export type SkyddsombudView = { namn: string; stallningstagande: 'instammer' | 'invandningar'; invandningar?: string };

/**
 * A riskanalys at Hemtjänst Norr up to its godkännande (the example plan, or `planeradStart`); the skyddsombud
 * (Olle) records `view` when given, else an invited skyddsombud's step is still waiting.
 */
export async function riskanalysUntilGodkannande(
  w: World,
  opts: { deltagare?: number; view?: SkyddsombudView | Readonly<Record<string, unknown>>; planeradStart?: string } = {},
): Promise<string> {
  const id = await w.open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
  await w.step(
    id,
    'user:erik',
    'beskrivning.submit',
    example('riskanalys-beskrivning', opts.planeradStart ? { planeradStart: opts.planeradStart } : {}),
  );
  await w.step(id, 'user:erik', 'deltagare.submit', example('riskanalys-deltagare', {}, opts.deltagare ?? 0));
  await w.step(id, 'user:erik', 'identifiera.submit', example('riskanalys-identifiera'));
  await w.step(id, 'user:erik', 'vardera.submit', example('riskanalys-vardera'));
  await w.step(id, 'user:erik', 'handlingsplan.submit', example('riskanalys-handlingsplan'));
  if (opts.view) await w.step(id, 'user:olle', 'skyddsombud.submit', opts.view);
  return id;
}
