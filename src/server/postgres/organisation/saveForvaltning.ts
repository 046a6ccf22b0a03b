import type { Db } from '../Db';
import type { ForvaltningInput } from '../../../api/contract';
import { namnOf, unknown } from './orgLookup';
import { recordChange } from './recordChange';

/** The förvaltning's details (nämnd, organisationsnummer, diarieprefix, IVO-avdelning); a förvaltning is never added here. */
export async function saveForvaltning(tx: Db, input: ForvaltningInput & { id: string }, by: string, at: string): Promise<string> {
  if (!(await namnOf(tx, 'forvaltningar', input.id))) throw unknown('Förvaltningen', input.id);
  await tx.query(
    'update forvaltningar set namn = $2, namnd = $3, organisationsnummer = $4, diarie_prefix = $5, ivo_avdelning = $6 where id = $1',
    [input.id, input.namn, input.namnd ?? null, input.organisationsnummer ?? null, input.diariePrefix ?? null, input.ivoAvdelning ?? null],
  );
  await recordChange(tx, at, by, 'forvaltning', input.id, `Förvaltningens uppgifter ändrades: ${input.namn}`, { input });
  return input.id;
}
