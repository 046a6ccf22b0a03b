import type { GuardImpl } from '../../../engine/model/GuardImpl';
import { ivoContradicted } from './ivoContradicted';

const whenFalse = (ok: boolean, reason: string): string[] => (ok ? [] : [reason]);

/** Lex Sarah: the IVO track was opened and the beslut then said not allvarligt. */
export const isIvoContradicted: GuardImpl = {
  readsEventData: false,
  describe: () => 'Anmälan till IVO påbörjades eller skickades, och beslutet säger att det inte är allvarligt',
  test: (c) => ivoContradicted(c),
  explain: (c) =>
    whenFalse(
      ivoContradicted(c),
      'Ett besked till IVO behövs bara när anmälan påbörjades eller skickades och beslutet sedan säger att det inte är allvarligt.',
    ),
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
