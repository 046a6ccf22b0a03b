import type { RoleId } from './Role';

/** A reading grant; `rapportor` when it needs to know who reported (to ask about what was handed over). */
export interface Grant {
  processTypes: readonly string[];
  linkRel?: string;
  rapportor?: true;
}

/** What each role may read beyond its reading units, built from the packs' grants (`createPackRegistry`). */
export type GrantTable = Partial<Record<RoleId, readonly Grant[]>>;
