import type { GrantTable } from '../model/Grant';
import type { RoleId } from '../model/Role';

// Who reads which ärenden: one table, used by the server to scope every read (src/api/access.ts) and by the
// verifier to refuse a step given to a role that could not open the ärende it must act in.

/**
 * Roles whose scope lets them read the ärenden of a unit (a medarbetare reads only her own rapporter).
 * The processägare reads none: she sees definitions and statistics, and running ärenden only as PROCESS_ROW_ROLES.
 * Other roles read through the packs' grants (`ProcessPack.grants`): the MAS, the skyddsombud, a medarbetare.
 */
export const READING_ROLES: readonly RoleId[] = ['enhetschef', 'verksamhetschef', 'sas', 'forvaltningschef'];

/**
 * Reading roles that need the rapportör's identity: the enhetschef receives the rapport and acts at once, the SAS
 * investigates and keeps the rapportör out of it, the förvaltningschef decides and checks jäv (issue 10, item 5).
 */
export const KNOWS_RAPPORTOR: readonly RoleId[] = ['enhetschef', 'sas', 'forvaltningschef'];

export type { Grant, GrantTable } from '../model/Grant';

/**
 * Does whoever holds `role` for an enhet read every ärende of `processType` there: through a reading role or a grant
 * without a link condition (the packs' `grants`)? (A medarbetare's own rapporter and the MAS's handed-over avvikelser
 * do not count.) The verifier uses it to refuse a step given to a role that could not open the ärende it must act in.
 */
export function roleReadsProcess(grants: GrantTable, role: RoleId, processType: string): boolean {
  if (READING_ROLES.includes(role)) return true;
  return (grants[role] ?? []).some((g) => g.linkRel === undefined && g.processTypes.includes(processType));
}
