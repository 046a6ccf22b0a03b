import type { Db } from '../Db';
import { ApiFailure } from '../../http/apiError';

export const SCOPE_TABLES = { enhet: 'enheter', verksamhet: 'verksamheter', forvaltning: 'forvaltningar' } as const;
export const SCOPE_NOUNS = { enhet: 'Enheten', verksamhet: 'Verksamheten', forvaltning: 'Förvaltningen' } as const;

export const unknown = (what: string, id: string) => new ApiFailure(422, 'invalid_data', `${what} "${id}" finns inte i organisationen.`);

/** The name of a förvaltning, verksamhet, enhet or person, or undefined when there is none with that id. */
export async function namnOf(
  tx: Db,
  table: 'forvaltningar' | 'verksamheter' | 'enheter' | 'users',
  id: string,
): Promise<string | undefined> {
  const { rows } = await tx.query<{ namn: string }>(`select namn from ${table} where id = $1`, [id]);
  return rows[0]?.namn;
}

/** One change in one transaction, after which this instance reads it at once (others hear the tables' NOTIFY). */
export type OrgWrite = <T>(fn: (tx: Db) => Promise<T>) => Promise<T>;
