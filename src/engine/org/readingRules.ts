import type { RoleId } from '../model/Role';

// Who reads which ärenden: one table, used by the server to scope every read (src/api/access.ts) and by the
// verifier to refuse a step given to a role that could not open the ärende it must act in.

/**
 * Roles whose scope lets them read the ärenden of a unit (a medarbetare reads only her own rapporter).
 * The processägare reads none: she sees definitions and statistics, and running ärenden only as PROCESS_ROW_ROLES.
 * The skyddsombud reads through a grant (GRANTS): the analyses she takes part in, nothing about an enskild.
 */
export const READING_ROLES: readonly RoleId[] = ['enhetschef', 'verksamhetschef', 'sas', 'forvaltningschef'];

/**
 * Reading roles that need the rapportör's identity: the enhetschef receives the rapport and acts at once, the SAS
 * investigates and keeps the rapportör out of it, the förvaltningschef decides and checks jäv (issue 10, item 5).
 */
export const KNOWS_RAPPORTOR: readonly RoleId[] = ['enhetschef', 'sas', 'forvaltningschef'];

/** A reading grant; `rapportor` when it needs to know who reported (to ask about what was handed over). */
export interface Grant {
  processTypes: readonly string[];
  linkRel?: string;
  rapportor?: true;
}

/**
 * What a role may read beyond its reading units: the MAS reads the lex Maria-bedömningar of her units
 * and the avvikelser handed to her there, not the rest of their ärenden (domain.md §3); the skyddsombud the
 * riskanalyser and riskregister of her units (AFS 2023:1), never a rapport about an enskild, nor its rapportör.
 */
// The processes whose steps hand over to the MAS; packs.test.ts checks it against the packs that open `overlamnad_till`.
export const HANDING_TO_MAS: readonly string[] = ['avvikelse', 'synpunkter'];

export const GRANTS: Partial<Record<RoleId, readonly Grant[]>> = {
  mas: [
    { processTypes: ['lex-maria'], rapportor: true },
    { processTypes: HANDING_TO_MAS, linkRel: 'overlamnad_till', rapportor: true },
  ],
  skyddsombud: [{ processTypes: ['riskanalys', 'riskregister'] }],
};

/**
 * Does whoever holds `role` for an enhet read every ärende of `processType` there: through a reading role or a grant
 * without a link condition? (A medarbetare's own rapporter and the MAS's handed-over avvikelser do not count.) The
 * verifier uses it to refuse a step given to a role that could not open the ärende it must act in.
 */
export function roleReadsProcess(role: RoleId, processType: string): boolean {
  if (READING_ROLES.includes(role)) return true;
  return (GRANTS[role] ?? []).some((g) => g.linkRel === undefined && g.processTypes.includes(processType));
}
