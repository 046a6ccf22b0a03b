import type { Actor, Grant, GrantTable, Organisation, RoleId, ScopedRow, ScopeGrant, SummaryScope, WaitingFor } from '../engine/index';
import { inScope, KNOWS_RAPPORTOR, READING_ROLES, scopeCovers } from '../engine/index';

// The reading table (reading roles, grants) lives in the engine, which the verifier shares.
export { roleReadsProcess } from '../engine/index';

/**
 * Who may do what: one table, read by the server (which enforces it) and by the UI (which only
 * hides what the server would refuse). The engine still decides every step by role and enhet.
 */
export const PERMISSIONS = {
  /** "Alla ärenden": SAS, chefs and the MAS, scoped to what they may read (visibilityScope). */
  listAll: ['sas', 'enhetschef', 'verksamhetschef', 'forvaltningschef', 'mas'],
  /** Statistics and the kvalitetsberättelse. */
  reports: ['sas', 'forvaltningschef', 'processagare'],
  /** Edit, publish and import process definitions; move ärenden to a newer version. */
  processes: ['processagare'],
  /** Export and import of the whole record (a backup holds every ärende). */
  backup: ['administrator'],
  /** The integrity check of every chain and signature. */
  integrity: ['sas', 'administrator'],
  /** Loggkontroll: search who opened, printed or exported an ärende. */
  accessLog: ['sas', 'administrator'],
  /** The organisation as data: units, people, role assignments (no case content). */
  organisation: ['administrator'],
  /** Approve or reject a role that waits for a second person (issue 22); the server refuses one's own request. */
  approveRoles: ['administrator', 'forvaltningschef'],
  /** Read (never act on) one ärende outside one's units, stating why: those who stand in for each other (src/api/readingOutside.ts). */
  readOutside: ['sas', 'enhetschef', 'verksamhetschef'],
} as const satisfies Record<string, readonly RoleId[]>;

export type Permission = keyof typeof PERMISSIONS;

export function may(actor: Actor, permission: Permission): boolean {
  const roles: readonly RoleId[] = PERMISSIONS[permission];
  return actor.roles.some((a) => roles.includes(a.role));
}

/** Roles that list running ärenden by number, version, enhet, step and dates only (no content), to move them to a newer version. */
const PROCESS_ROW_ROLES: readonly RoleId[] = ['processagare'];

/** What a person who may not know the rapportör gets in her place: valid wherever a rapportör is required. */
export const HIDDEN_RAPPORTOR = {
  userId: 'dold:rapportor',
  namn: 'Rapportören (namnet visas inte för din roll)',
  befattning: 'Visas inte för din roll',
  /** In place of her name (or initials) inside a text: "Jag ([rapportören]) såg …". */
  iText: '[rapportören]',
  /** A list row's rubrik when the rapportör's names could not be read to mask them. */
  rubrik: 'Rubriken visas inte för din roll',
} as const;

/** The enheter an assignment's scope covers, or 'all' when it covers every one. */
function unitsOf(org: Organisation, assignments: Actor['roles']): readonly string[] | 'all' {
  const enheter = org.enheter.filter((e) => assignments.some((a) => scopeCovers(org, a, e.id))).map((e) => e.id);
  return enheter.length === org.enheter.length && enheter.length > 0 ? 'all' : enheter;
}

/**
 * The rows a person may see: the enheter their reading roles cover, what the packs' grants (`registry.grants`) add for
 * the roles she holds, and the rapporter they made.
 */
export function visibilityScope(table: GrantTable, org: Organisation, actor: Actor): SummaryScope {
  const grants: ScopeGrant[] = [];
  for (const [role, given] of Object.entries(table) as [RoleId, readonly Grant[]][]) {
    const held = actor.roles.filter((a) => a.role === role);
    if (held.length === 0) continue;
    const enheter = unitsOf(org, held);
    for (const g of given) grants.push({ enheter, processTypes: g.processTypes, ...(g.linkRel ? { linkRel: g.linkRel } : {}) });
  }
  const held = [...new Set(actor.roles.map((a) => a.role))];
  return {
    enheter: unitsOf(
      org,
      actor.roles.filter((a) => READING_ROLES.includes(a.role)),
    ),
    openedBy: actor.userId,
    ...(grants.length ? { grants } : {}),
    // The ärenden she is appointed to as ersättare (jäv left no one), in a role she still holds.
    ...(held.length ? { appointed: { userId: actor.userId, roles: held } } : {}),
  };
}

/** The role she is appointed to act in, in this ärende only (an ersättare), while she holds it somewhere; else undefined. */
export function appointedRoleOf(actor: Actor, row: ScopedRow): RoleId | undefined {
  return row.ersattare?.find((e) => e.userId === actor.userId && actor.roles.some((a) => a.role === e.role))?.role;
}

/** May the person read this ärende's content? */
export function mayRead(grants: GrantTable, org: Organisation, actor: Actor, row: ScopedRow): boolean {
  return inScope(visibilityScope(grants, org, actor), row);
}

/** Does this one assignment's grant cover the row? */
function grantCovers(org: Organisation, assignment: Actor['roles'][number], g: Grant, row: ScopedRow): boolean {
  return inScope(
    {
      enheter: [],
      grants: [{ enheter: unitsOf(org, [assignment]), processTypes: g.processTypes, ...(g.linkRel ? { linkRel: g.linkRel } : {}) }],
    },
    row,
  );
}

/** The role the person reads the ärende through (for the access log), or undefined when they may not. */
export function readingRoleOf(grants: GrantTable, org: Organisation, actor: Actor, row: ScopedRow): RoleId | undefined {
  const unit = actor.roles.find((a) => READING_ROLES.includes(a.role) && scopeCovers(org, a, row.enhetId));
  if (unit) return unit.role;
  for (const a of actor.roles) {
    if ((grants[a.role] ?? []).some((g) => grantCovers(org, a, g, row))) return a.role;
  }
  const appointed = appointedRoleOf(actor, row);
  if (appointed) return appointed;
  // Their own rapport: read as its rapportör, in whatever role they still hold (none if they have left).
  return row.openedBy === actor.userId ? (actor.roles.find((a) => a.role === 'medarbetare')?.role ?? actor.roles[0]?.role) : undefined;
}

/**
 * May the person who reads this ärende know who its rapportör is? Her own rapport, a role of KNOWS_RAPPORTOR
 * where it lies, or a grant that needs it; everyone else gets HIDDEN_RAPPORTOR from the server.
 */
export function mayKnowRapportor(grants: GrantTable, org: Organisation, actor: Actor, row: ScopedRow): boolean {
  if (row.openedBy === actor.userId) return true;
  if (actor.roles.some((a) => KNOWS_RAPPORTOR.includes(a.role) && scopeCovers(org, a, row.enhetId))) return true;
  const appointed = appointedRoleOf(actor, row);
  if (appointed && KNOWS_RAPPORTOR.includes(appointed)) return true;
  return actor.roles.some((a) => (grants[a.role] ?? []).some((g) => g.rapportor === true && grantCovers(org, a, g, row)));
}

/** The running ärenden a person may list without their content (number, version, enhet, step, dates): a processägare's units. */
export function processRowScope(org: Organisation, actor: Actor): SummaryScope {
  return {
    enheter: unitsOf(
      org,
      actor.roles.filter((a) => PROCESS_ROW_ROLES.includes(a.role)),
    ),
  };
}

/** What waits for the person: each role they hold, where they hold it. */
export function waitingForOf(org: Organisation, actor: Actor): WaitingFor[] {
  return [...new Set(actor.roles.map((a) => a.role))].map((role) => {
    const enheter = unitsOf(
      org,
      actor.roles.filter((a) => a.role === role),
    );
    return { role, enheter: enheter === 'all' ? 'all' : [...enheter].sort() };
  });
}

/** The role in which she sees a public submission for this enhet (for the access log); undefined when she may not. */
export function intakeRole(org: Organisation, actor: Actor, roles: readonly RoleId[], enhetId: string): RoleId | undefined {
  return actor.roles.find((a) => roles.includes(a.role) && scopeCovers(org, a, enhetId))?.role;
}

/**
 * The enheter whose public submissions (a pack's `publicIntake`) this person sees and registers: those where she
 * holds one of `roles`, the pack's `registeredBy`. Empty for a process without a public form.
 */
export function intakeEnheter(org: Organisation, actor: Actor, roles: readonly RoleId[]): string[] {
  return org.enheter
    .filter((e) => !e.stangd && actor.roles.some((a) => roles.includes(a.role) && scopeCovers(org, a, e.id)))
    .map((e) => e.id);
}
