import { readPath } from '../../../engine/behaviour/readPath';
import type { ArendeContext, MachineEvent } from '../../../engine/model/ArendeContext';
import type { GuardImpl } from '../../../engine/model/GuardImpl';

const MOTIVATED = (v: unknown) => typeof v === 'string' && v.trim().length >= 10;

/** Why the ärende may not close for lack of real åtgärder (issue: closing without åtgärder), one reason each. */
function missingRealAtgarder(ctx: ArendeContext, ev: MachineEvent): string[] {
  const out: string[] = [];
  const beslut = ctx.steps['beslut.submit']?.data;
  const klass = readPath(beslut, 'klassificering');
  const kept = ctx.atgarder.filter((a) => a.status !== 'atertagen');
  if (
    (klass === 'missforhallande' || klass === 'pataglig_risk') &&
    kept.length === 0 &&
    !(readPath(beslut, 'ingaAtgarder') === true && MOTIVATED(readPath(beslut, 'ingaAtgarderMotivering')))
  )
    out.push(
      'Beslutet gäller ett missförhållande eller en påtaglig risk, men ärendet har ingen åtgärd. Lägg till minst en åtgärd, ' +
        'eller låt förvaltningschefen motivera i beslutet varför ingen åtgärd behövs.',
    );
  for (const a of ctx.atgarder) {
    if (a.status !== 'verifierad' || a.effekt !== 'ingen_effekt') continue;
    const followed = kept.some((b) => b.addedSeq > a.updatedSeq);
    // The SAS's decision is part of the uppföljning (this event, or the recorded one when closing).
    const decided =
      MOTIVATED(readPath(ev.data, 'ingenEffektBeslut')) || MOTIVATED(readPath(ctx.steps['uppfoljning.submit']?.data, 'ingenEffektBeslut'));
    if (!followed && !decided)
      out.push(
        `Åtgärden "${a.vad}" har inte fått någon effekt. Lägg till en ny åtgärd, eller dokumentera i uppföljningen beslutet om ` +
          `varför ingen ny åtgärd behövs.`,
      );
  }
  return out;
}

/** Lex Sarah: a missförhållande has real åtgärder (or a motivated beslut), and one without effect is followed up. */
export const hasRealAtgarder: GuardImpl = {
  readsEventData: true,
  describe: () =>
    'Ett missförhållande eller en påtaglig risk har minst en åtgärd (eller ett motiverat beslut att ingen behövs), och en ' +
    'åtgärd utan effekt följs av en ny åtgärd eller ett dokumenterat beslut',
  test: (c, ev) => missingRealAtgarder(c, ev).length === 0,
  explain: (c, ev) => missingRealAtgarder(c, ev),
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
