import type { AtgardFacts } from '../model/ArendeFacts';

/** How far an ärende's åtgärder have come; `forsenade` are planned ones past their klart-datum. */
export interface AtgardLage {
  beslutade: number;
  genomforda: number;
  verifierade: number;
  forsenade: number;
  atertagna: number;
  /** Swedish summary, e.g. "2 av 3 verifierade, 1 försenad" or "Inga åtgärder". */
  text: string;
}

/** Counts an ärende's åtgärder; overdue means still planned and klart-datum before `today`. */
export function atgardLage(atgarder: readonly AtgardFacts[], today: string): AtgardLage {
  let beslutade = 0;
  let genomforda = 0;
  let verifierade = 0;
  let forsenade = 0;
  let atertagna = 0;
  for (const a of atgarder) {
    if (a.status === 'atertagen') {
      atertagna++;
      continue;
    }
    beslutade++;
    if (a.status === 'genomford' || a.status === 'verifierad') genomforda++;
    if (a.status === 'verifierad') verifierade++;
    if (a.status === 'planerad' && a.klartDatum !== '' && a.klartDatum < today) forsenade++;
  }
  let text = beslutade === 0 ? 'Inga åtgärder' : `${verifierade} av ${beslutade} verifierade`;
  const unverified = genomforda - verifierade;
  if (unverified > 0) text += `, ${unverified} ${unverified === 1 ? 'genomförd' : 'genomförda'} utan verifiering`;
  if (forsenade > 0) text += `, ${forsenade} ${forsenade === 1 ? 'försenad' : 'försenade'}`;
  return { beslutade, genomforda, verifierade, forsenade, atertagna, text };
}
