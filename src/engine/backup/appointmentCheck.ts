import type { LoadedDefinition } from '../definition/loadDefinition';
import type { ArendeEvent } from '../model/ArendeEvent';
import { ERSATTARE_EVENT } from '../model/JavEvents';
import type { ErsattareData } from '../model/JavEvents';
import { ROLE_TITLES } from '../model/Role';
import { holdsRoleAnywhere } from '../org/holdsRole';
import type { Organisation } from '../model/Organisation';
import type { Directory } from '../ports/Directory';
import { stallsOf } from '../runtime/judging';
import { replay } from '../runtime/replay';

/**
 * An imported appointment must have been lawful when it was made, as the organisation's history says: the appointee
 * held the role somewhere then, and jäv had left the role's judging step without anyone (a file cannot appoint at will).
 */
export async function firstUnlawfulAppointment(
  loaded: LoadedDefinition,
  events: readonly ArendeEvent[],
  directory: Directory,
  org: Organisation,
  resolve: (id: string, version: number) => LoadedDefinition | undefined,
): Promise<{ seq: number; reason: string } | undefined> {
  for (const [i, e] of events.entries()) {
    if (e.type !== ERSATTARE_EVENT) continue;
    const data = e.stepData as ErsattareData;
    const role = ROLE_TITLES[data.role];
    const appointee = await directory.actorAt(data.userId, e.at);
    if (!appointee || !holdsRoleAnywhere(appointee, data.role))
      return { seq: e.seq, reason: `den utsedda ersättaren hade inte rollen ${role} någonstans i organisationen vid ${e.at}.` };
    if (!directory.holdersAt)
      return { seq: e.seq, reason: 'organisationens register kan inte visa om ärendet hade stannat på jäv när ersättaren utsågs.' };
    const before = replay(loaded, events.slice(0, i), { resolve });
    if (!before.ok) return { seq: before.seq, reason: before.reason };
    const people = await directory.holdersAt(data.role, e.at);
    if (!stallsOf(before.state, org, people).some((s) => s.role === data.role))
      return {
        seq: e.seq,
        reason: `ärendet hade inte stannat på jäv för rollen ${role} när ersättaren utsågs (${e.at}): någon i rollen kunde utföra steget.`,
      };
  }
  return undefined;
}
