import type { Actor, RoleId } from '../engine/index';
import { PERMISSIONS } from './access';

/** Why someone reads an ärende outside their own units: the reasons the access log shows. */
export const READING_REASONS = {
  tjanstgorande_sas: 'Tjänstgörande SAS',
  jour: 'Jour eller beredskap',
  vikarie: 'Vikarierande chef',
  annat: 'Annat skäl',
} as const;

export type ReadingReason = keyof typeof READING_REASONS;

/** How long a stated reason opens the ärende for that person. */
export const READING_GRANT_HOURS = 8;

/** The role a person may read outside their units through, or undefined. */
export function outsideReaderRole(actor: Actor): RoleId | undefined {
  const roles: readonly RoleId[] = PERMISSIONS.readOutside;
  return actor.roles.find((a) => roles.includes(a.role))?.role;
}

/** The reason as the access log shows it: its title, and what was written for "Annat skäl". */
export function readingReasonText(reason: ReadingReason, text?: string): string {
  const more = text?.trim();
  return more ? `${READING_REASONS[reason]}: ${more}` : READING_REASONS[reason];
}
