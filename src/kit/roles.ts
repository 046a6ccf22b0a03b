import { HIDDEN_RAPPORTOR } from '../api/access';
import type { Actor, Organisation, RoleAssignment } from '../engine/index';
import { ROLE_TITLES } from '../engine/index';

/** "enhetschef för Solgårdens särskilda boende" */
export function describeAssignment(org: Organisation, a: RoleAssignment): string {
  const scope =
    a.scope.kind === 'enhet'
      ? org.enheter.find((e) => e.id === a.scope.id)?.namn
      : a.scope.kind === 'verksamhet'
        ? org.verksamheter.find((v) => v.id === a.scope.id)?.namn
        : org.forvaltningar.find((f) => f.id === a.scope.id)?.namn;
  return `${ROLE_TITLES[a.role]} för ${scope ?? a.scope.id}`;
}

/** Open enheter where the actor holds any role (for "Ny rapport"; a closed enhet takes no new rapporter). */
export function enheterOf(org: Organisation, actor: Actor) {
  return org.enheter.filter(
    (e) =>
      !e.stangd &&
      actor.roles.some((a) => {
        if (a.scope.kind === 'enhet') return a.scope.id === e.id;
        if (a.scope.kind === 'verksamhet') return a.scope.id === e.verksamhetId;
        return org.verksamheter.find((v) => v.id === e.verksamhetId)?.forvaltningId === a.scope.id;
      }),
  );
}

/** A person's name from the people the server gave the session; the id when unknown; the placeholder for a hidden rapportör. */
export function userName(people: readonly { userId: string; namn: string }[], userId: string): string {
  if (userId === HIDDEN_RAPPORTOR.userId) return HIDDEN_RAPPORTOR.namn;
  return people.find((u) => u.userId === userId)?.namn ?? userId;
}

/** The person's befattning and work contact details, where the organisation has them (for forms' defaults). */
export function contactOf(actor: Actor): { titel?: string; telefon?: string; epost?: string } {
  return {
    ...(actor.titel ? { titel: actor.titel } : {}),
    ...(actor.telefon ? { telefon: actor.telefon } : {}),
    ...(actor.epost ? { epost: actor.epost } : {}),
  };
}
