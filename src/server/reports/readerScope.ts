import { PERMISSIONS } from '../../api/access';
import type { Actor, ArendeFacts, Organisation } from '../../engine/internal';
import { scopeCovers } from '../../engine/internal';

/** What one reader's report covers: the organisation as far as her report roles reach, and those enheter (undefined: all). */
export interface ReaderScope {
  org: Organisation;
  enheter: ReadonlySet<string> | undefined;
  /** The same reach as a key, for remembering a computed report. */
  key: string;
}

/**
 * A report counts the ärenden of the enheter where the reader holds a role that gives reports (a förvaltningschef her
 * förvaltning, a SAS of one verksamhet that verksamhet); the organisation it names shrinks with it.
 */
export function readerScope(org: Organisation, actor: Actor): ReaderScope {
  const roles: readonly string[] = PERMISSIONS.reports;
  const held = actor.roles.filter((a) => roles.includes(a.role));
  const enheter = org.enheter.filter((e) => held.some((a) => scopeCovers(org, a, e.id)));
  // Every enhet: ärenden on an enhet no longer in the organisation still count, as before.
  if (enheter.length === org.enheter.length) return { org, enheter: undefined, key: '*' };
  const ids = new Set(enheter.map((e) => e.id));
  const verksamheter = org.verksamheter.filter((v) => enheter.some((e) => e.verksamhetId === v.id));
  const forvaltningar = org.forvaltningar.filter((f) => verksamheter.some((v) => v.forvaltningId === f.id));
  return { org: { forvaltningar, verksamheter, enheter }, enheter: ids, key: [...ids].sort().join(',') };
}

/** The facts a reader's report aggregates. */
export function factsInScope(facts: readonly ArendeFacts[], scope: ReaderScope): readonly ArendeFacts[] {
  const { enheter } = scope;
  return enheter ? facts.filter((f) => enheter.has(f.enhetId)) : facts;
}
