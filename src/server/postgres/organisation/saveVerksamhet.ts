import type { Db } from '../Db';
import type { VerksamhetInput } from '../../../api/contract';
import { newId } from '../../organisation/newId';
import { namnOf, unknown } from './orgLookup';
import { recordChange } from './recordChange';

/** A new verksamhet in a förvaltning, or an existing one renamed or moved. */
export async function saveVerksamhet(tx: Db, input: VerksamhetInput & { id?: string }, by: string, at: string): Promise<string> {
  const forvaltning = await namnOf(tx, 'forvaltningar', input.forvaltningId);
  if (!forvaltning) throw unknown('Förvaltningen', input.forvaltningId);
  if (input.id) {
    if (!(await namnOf(tx, 'verksamheter', input.id))) throw unknown('Verksamheten', input.id);
    await tx.query('update verksamheter set namn = $2, forvaltning_id = $3, ort = $4 where id = $1', [
      input.id,
      input.namn,
      input.forvaltningId,
      input.ort ?? null,
    ]);
    await recordChange(tx, at, by, 'verksamhet', input.id, `Verksamheten ${input.namn} ändrades`, { input });
    return input.id;
  }
  const id = newId('verksamhet', input.namn);
  await tx.query('insert into verksamheter (id, namn, forvaltning_id, ort) values ($1, $2, $3, $4)', [
    id,
    input.namn,
    input.forvaltningId,
    input.ort ?? null,
  ]);
  await recordChange(tx, at, by, 'verksamhet', id, `Ny verksamhet: ${input.namn} (${forvaltning})`, { input });
  return id;
}
