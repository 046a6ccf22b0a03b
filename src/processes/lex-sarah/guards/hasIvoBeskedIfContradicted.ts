import { readPath } from '../../../engine/behaviour/readPath';
import type { ArendeContext } from '../../../engine/model/ArendeContext';
import type { GuardImpl } from '../../../engine/model/GuardImpl';
import { ivoContradicted } from './ivoContradicted';

/** Why what IVO was told is missing when the beslut contradicted the IVO track. */
function missingIvoBesked(ctx: ArendeContext): string[] {
  if (!ivoContradicted(ctx)) return [];
  const beslut = ctx.steps['beslut.submit']!;
  const sent = ctx.steps['anmalan_skickad.submit'] !== undefined;
  const note = ctx.steps['ivo.besked'];
  if (!note || note.seq < beslut.seq)
    return [
      `${sent ? 'Anmälan har skickats till IVO' : 'Anmälan till IVO påbörjades'}, men beslutet säger att det inte är ett ` +
        `allvarligt missförhållande. Dokumentera vad IVO har fått veta (komplettering eller återkallelse) innan ärendet avslutas.`,
    ];
  if (sent && readPath(note.data, 'typ') === 'ej_skickad')
    return ['Anmälan har skickats till IVO: beskedet till IVO måste vara en komplettering eller en återkallelse.'];
  return [];
}

/** Lex Sarah: when the beslut contradicts the IVO track, what IVO was told is recorded before avslut. */
export const hasIvoBeskedIfContradicted: GuardImpl = {
  readsEventData: false,
  describe: () =>
    'Har anmälan till IVO påbörjats eller skickats och beslutet säger inte allvarligt, är det dokumenterat vad IVO har fått veta',
  test: (c) => missingIvoBesked(c).length === 0,
  explain: (c) => missingIvoBesked(c),
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
