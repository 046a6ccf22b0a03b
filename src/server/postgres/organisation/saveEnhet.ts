import type { Db } from '../Db';
import type { EnhetInput } from '../../../api/contract';
import { stockholmDate } from '../../../engine/index';
import { ApiFailure } from '../../http/apiError';
import { enhetDatesProblem } from '../../organisation/enhetDates';
import { newId } from '../../organisation/newId';
import { earliestArende } from './earliestArende';
import { namnOf, unknown } from './orgLookup';
import type { OrgWrite } from './orgLookup';
import { recordChange } from './recordChange';

type Input = EnhetInput & { id?: string };
interface Before {
  verksamhet_id: string;
  closed_at: string | null;
  slut_datum: string | null;
}

/** A new enhet, or an existing one changed, moved, closed or opened again; its dates are checked against its ärenden. */
export function saveEnhet(write: OrgWrite, input: Input, by: string, at: string): Promise<string> {
  if (input.slutDatum && !input.stangd)
    return Promise.reject(
      new ApiFailure(
        422,
        'invalid_data',
        'Ett slutdatum anges bara för en stängd enhet: markera enheten som stängd, eller lämna slutdatumet tomt.',
      ),
    );
  return write(async (tx) => {
    const verksamhet = await namnOf(tx, 'verksamheter', input.verksamhetId);
    if (!verksamhet) throw unknown('Verksamheten', input.verksamhetId);
    const { rows } = input.id
      ? await tx.query<Before>('select verksamhet_id, closed_at, slut_datum from enheter where id = $1', [input.id])
      : { rows: [] };
    const before = rows[0];
    if (input.id && !before) throw unknown('Enheten', input.id);
    // Closing without a last day given: the day it was first closed (today for a new closing).
    const slut = input.stangd ? (input.slutDatum ?? before?.slut_datum ?? stockholmDate(before?.closed_at ?? at)) : undefined;
    const problem = enhetDatesProblem({
      startDatum: input.startDatum,
      slutDatum: slut,
      earliestArende: input.id ? await earliestArende(tx, input.id) : undefined,
    });
    if (problem) throw new ApiFailure(422, 'invalid_data', problem);
    const values = [input.namn, input.verksamhetId, input.adress ?? null, input.postort ?? null, input.verksamhetsform ?? null];
    const dates = [input.startDatum ?? null, slut ?? null];
    if (input.id && before) return updateEnhet(tx, input.id, input, before, verksamhet, { values, dates }, by, at);
    const id = newId('enhet', input.namn);
    await tx.query(
      'insert into enheter (id, namn, verksamhet_id, adress, postort, verksamhetsform, closed_at, start_datum, slut_datum) ' +
        'values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [id, ...values, input.stangd ? at : null, ...dates],
    );
    await recordChange(tx, at, by, 'enhet', id, `Ny enhet: ${input.namn} (${verksamhet})`, { input });
    return id;
  });
}

async function updateEnhet(
  tx: Db,
  id: string,
  input: Input,
  before: Before,
  verksamhet: string,
  row: { values: unknown[]; dates: unknown[] },
  by: string,
  at: string,
): Promise<string> {
  // Closing keeps the date it was first closed; its ärenden stay where they are, readable and open.
  const closedAt = input.stangd ? (before.closed_at ?? at) : null;
  await tx.query(
    'update enheter set namn = $2, verksamhet_id = $3, adress = $4, postort = $5, verksamhetsform = $6, closed_at = $7, ' +
      'start_datum = $8, slut_datum = $9 where id = $1',
    [id, ...row.values, closedAt, ...row.dates],
  );
  const moved = before.verksamhet_id !== input.verksamhetId ? ` och flyttades till ${verksamhet}` : '';
  const closed = input.stangd && !before.closed_at ? ' och stängdes' : !input.stangd && before.closed_at ? ' och öppnades igen' : '';
  await recordChange(tx, at, by, 'enhet', id, `Enheten ${input.namn} ändrades${moved}${closed}`, { input });
  return id;
}
