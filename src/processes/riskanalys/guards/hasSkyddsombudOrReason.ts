import { readPath } from '../../../engine/behaviour/readPath';
import type { MachineEvent } from '../../../engine/model/ArendeContext';
import type { GuardImpl } from '../../../engine/model/GuardImpl';

const whenFalse = (ok: boolean, reason: string): string[] => (ok ? [] : [reason]);

function skyddsombudOk(ev: MachineEvent): boolean {
  const deltar = readPath(ev.data, 'skyddsombudDeltar') === true;
  const funktioner = readPath(ev.data, 'deltagare[].funktion');
  const listed = Array.isArray(funktioner) && funktioner.includes('skyddsombud');
  const reason = readPath(ev.data, 'skalUtanSkyddsombud');
  return (deltar && listed) || (!deltar && typeof reason === 'string' && reason.trim().length >= 10);
}

/** Riskanalys (AFS 2023:1): the skyddsombud takes part, or why not is written down. */
export const hasSkyddsombudOrReason: GuardImpl = {
  readsEventData: true,
  describe: () => 'Skyddsombud deltar, eller skälet till att det inte deltar är dokumenterat',
  test: (_c, ev) => skyddsombudOk(ev),
  explain: (_c, ev) =>
    whenFalse(
      skyddsombudOk(ev),
      'Skyddsombudet ska finnas bland deltagarna, eller så ska skälet till att skyddsombud inte deltar dokumenteras.',
    ),
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
