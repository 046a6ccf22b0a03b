import { readPath } from '../behaviour/readPath';
import type { AtgardStatusRule, LegalSkeleton, RapportorRule } from '../model/LegalSkeleton';
import type { AtgardStatus } from '../model/ArendeContext';
import { sameName } from '../org/sameName';
import type { Actor } from '../model/Organisation';
import type { ArendeState } from './ArendeState';
import { reject } from './Rejection';
import type { Rejection } from './Rejection';

/**
 * The legal skeleton's rules that the engine itself enforces on every new submission, whatever the definition's
 * guards say (a process owner cannot edit them out, and running ärenden on older versions get them too):
 * who the rapportör is, and who may verify or withdraw an åtgärd. Replay keeps what was written before.
 * `data` undefined: only what can be judged before the form is filled in (for the list of available actions).
 */
export function skeletonRefusal(state: ArendeState, type: string, data: unknown, actor: Actor): Rejection | undefined {
  const skeleton: LegalSkeleton | undefined = state.loaded.pack.skeleton;
  if (!skeleton) return undefined;
  const rapportor =
    skeleton.rapportor?.events.includes(type) && data !== undefined ? rapportorRefusal(skeleton.rapportor, state, data, actor) : undefined;
  return rapportor ?? atgardRefusal(skeleton, state, type, data, actor);
}

const field = (path: string, label: string, message: string) => ({
  fieldErrors: [{ pointer: `/${path.replaceAll('.', '/')}`, label, message }],
});

/** Does the data name the same person as `who` (`{ namn, anvandarId }`): by user id when both have one, else by name? */
function samePerson(data: unknown, path: string, who: { namn: string; anvandarId?: unknown }): boolean {
  const namn = readPath(data, `${path}.namn`);
  const id = readPath(data, `${path}.anvandarId`);
  return id !== undefined && who.anvandarId !== undefined ? id === who.anvandarId : typeof namn === 'string' && sameName(namn, who.namn);
}

/**
 * The rapportör is the signed-in person (or, where the rule says so, the ärende's opener); an oral rapport names its
 * rapportör and records the one signed in as its receiver; an ärende opened from another keeps the rapportör that
 * ärende recorded (its signed prefill).
 */
function rapportorRefusal(rule: RapportorRule, state: ArendeState, data: unknown, actor: Actor): Rejection | undefined {
  if (rule.oral && readPath(data, rule.oral.flag) === true) {
    const receiver = readPath(data, `${rule.oral.receiver}.namn`);
    if (typeof receiver === 'string' && sameName(receiver, actor.namn)) return undefined;
    const message =
      `Den som tar emot en muntlig rapport och registrerar den är den som är inloggad (${actor.namn}). Ange ditt eget namn under ` +
      `"Mottagen av".`;
    return reject('invalid_data', message, field(`${rule.oral.receiver}.namn`, 'Mottagen av', message));
  }
  const carried = readPath(state.open.prefill, rule.path) as { namn?: unknown; anvandarId?: unknown } | undefined;
  if (samePerson(data, rule.path, { namn: actor.namn, anvandarId: actor.userId })) return undefined;
  if (typeof carried?.namn === 'string' && samePerson(data, rule.path, { namn: carried.namn, anvandarId: carried.anvandarId }))
    return undefined;
  if (rule.opener && readPath(data, `${rule.path}.anvandarId`) === state.openedBy) return undefined;
  const who = rule.opener
    ? `den som lämnade rapporten i ärendet eller du själv (${actor.namn})`
    : `den som är inloggad och lämnar rapporten (${actor.namn})`;
  const oral = rule.oral
    ? ' Har du tagit emot rapporten muntligt av någon annan, svara Ja på "Lämnades rapporten muntligt?" och ange dig själv som mottagare.'
    : '';
  const message = `Rapportören är ${who}.${oral}`;
  return reject('invalid_data', message, field(`${rule.path}.namn`, 'Rapportör', message));
}

/** The status rule a command is bound by, if it is one of the skeleton's åtgärd commands. */
function statusRuleOf(skeleton: LegalSkeleton, type: string): [AtgardStatus, AtgardStatusRule] | undefined {
  const found = Object.entries(skeleton.atgarder?.status ?? {}).find(([, r]) => r.events.includes(type));
  return found as [AtgardStatus, AtgardStatusRule] | undefined;
}

/**
 * Verifying or withdrawing an åtgärd is judging it: not for the rapportör or an inblandad (jäv), and a verification
 * never by the åtgärd's own ansvarig, by user id or by name.
 */
function atgardRefusal(skeleton: LegalSkeleton, state: ArendeState, type: string, data: unknown, actor: Actor): Rejection | undefined {
  const found = statusRuleOf(skeleton, type);
  if (!found) return undefined;
  const [status, rule] = found;
  const verb = status === 'verifierad' ? 'verifiera' : 'återta';
  if (rule.independent && state.snapshot.context.jav.includes(actor.userId))
    return reject('jav', `Du är rapportör eller inblandad i händelsen och får därför inte ${verb} åtgärder i ärendet (jäv).`);
  if (status !== 'verifierad' || data === undefined) return undefined;
  const atgard = state.snapshot.context.atgarder.find((a) => a.id === readPath(data, 'atgardId'));
  const ansvarig = atgard?.ansvarig as { namn?: unknown; anvandarId?: unknown } | undefined;
  const own = ansvarig?.anvandarId === actor.userId || (typeof ansvarig?.namn === 'string' && sameName(ansvarig.namn, actor.namn));
  return own
    ? reject(
        'jav',
        `Du är ansvarig för åtgärden "${atgard!.vad}" och kan därför inte själv verifiera dess effekt. Någon annan i rollen ` +
          `verifierar den.`,
      )
    : undefined;
}
