import type { Organisation } from '../model/Organisation';

/** Which part of the organisation a report covers; the narrowest given level wins. */
export interface OrgFilter {
  forvaltningId?: string;
  verksamhetId?: string;
  enhetId?: string;
}

/**
 * The enheter a filter covers (förvaltning → verksamheter → enheter), or undefined for "all
 * ärenden" when no filter is given, so ärenden on enheter missing from the organisation still count.
 */
export function enheterInScope(org: Organisation, filter: OrgFilter | undefined): ReadonlySet<string> | undefined {
  if (!filter || (!filter.forvaltningId && !filter.verksamhetId && !filter.enhetId)) return undefined;
  if (filter.enhetId) return new Set([filter.enhetId]);
  const verksamheter = new Set(
    org.verksamheter
      .filter((v) => (filter.verksamhetId ? v.id === filter.verksamhetId : v.forvaltningId === filter.forvaltningId))
      .map((v) => v.id),
  );
  return new Set(org.enheter.filter((e) => verksamheter.has(e.verksamhetId)).map((e) => e.id));
}
