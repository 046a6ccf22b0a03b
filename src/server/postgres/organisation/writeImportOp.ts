import type { Db } from '../Db';
import { ROLE_TITLES } from '../../../engine/index';
import type { ImportOp } from '../../organisation/importTypes';
import { emailBefore, emailChanged } from './emailChanged';
import { loginSubjectChanged } from './loginSubjectChanged';
import { requestLoginSubject } from './loginSubjectRequest';
import { recordChange } from './recordChange';

const SOURCE = ' (import från CSV-fil)';

type Op<K extends ImportOp['op']> = Extract<ImportOp, { op: K }>;

/** One write of a planned import, kept in the organisation's change log like the same edit made by hand. */
export async function writeImportOp(tx: Db, op: ImportOp, by: string, at: string): Promise<void> {
  switch (op.op) {
    case 'verksamhet': {
      await tx.query('insert into verksamheter (id, namn, forvaltning_id) values ($1, $2, $3)', [op.id, op.namn, op.forvaltningId]);
      return recordChange(tx, at, by, 'verksamhet', op.id, `Ny verksamhet: ${op.namn} (${op.forvaltning})${SOURCE}`, {
        source: 'csv',
        row: op.row,
        input: { namn: op.namn, forvaltningId: op.forvaltningId },
      });
    }
    case 'enhet':
      return writeEnhet(tx, op, by, at);
    case 'person':
      return writePerson(tx, op, by, at);
    case 'roll':
      return writeRoll(tx, op, by, at);
  }
}

async function writeEnhet(tx: Db, op: Op<'enhet'>, by: string, at: string): Promise<void> {
  const data = { source: 'csv', row: op.row };
  const values = [
    op.id,
    op.fields.adress ?? null,
    op.fields.postort ?? null,
    op.fields.verksamhetsform ?? null,
    op.fields.startDatum ?? null,
  ];
  if (op.isNew) {
    await tx.query(
      'insert into enheter (id, adress, postort, verksamhetsform, start_datum, namn, verksamhet_id) values ($1, $2, $3, $4, ' +
        '$5, $6, $7)',
      [...values, op.namn, op.verksamhetId],
    );
    return recordChange(tx, at, by, 'enhet', op.id, `Ny enhet: ${op.namn} (${op.verksamhet})${SOURCE}`, {
      ...data,
      input: { namn: op.namn, verksamhetId: op.verksamhetId, ...op.fields },
    });
  }
  await tx.query('update enheter set adress = $2, postort = $3, verksamhetsform = $4, start_datum = $5 where id = $1', values);
  return recordChange(tx, at, by, 'enhet', op.id, `Enheten ${op.namn} ändrades: ${op.changed.join(', ')}${SOURCE}`, {
    ...data,
    input: op.fields,
  });
}

async function writePerson(tx: Db, op: Op<'person'>, by: string, at: string): Promise<void> {
  const data = { source: 'csv', row: op.row };
  const f = op.fields;
  const values = [op.userId, f.namn, f.titel ?? null, f.telefon ?? null, f.epost ?? null, f.loginSubject ?? null];
  if (op.isNew) {
    await tx.query('insert into users (id, namn, titel, telefon, epost, login_subject, created_at) values ($1, $2, $3, $4, $5, $6, $7)', [
      ...values,
      at,
    ]);
    const login = f.loginSubject ? `, inloggnings-id ${f.loginSubject}` : '';
    return recordChange(tx, at, by, 'person', op.userId, `Ny person: ${f.namn}${login}${SOURCE}`, { ...data, namn: f.namn });
  }
  const mailBefore = await emailBefore(tx, op.userId);
  // As by hand: a new or changed id waits for a second person, one taken away ends at once.
  const waits = f.loginSubject !== undefined && op.loginBefore !== f.loginSubject;
  if (waits) values[5] = op.loginBefore ?? null;
  await tx.query('update users set namn = $2, titel = $3, telefon = $4, epost = $5, login_subject = $6 where id = $1', values);
  await recordChange(tx, at, by, 'person', op.userId, `Uppgifterna om ${f.namn} ändrades: ${op.changed.join(', ')}${SOURCE}`, {
    ...data,
    namn: f.namn,
  });
  await emailChanged(tx, { userId: op.userId, namn: f.namn, before: mailBefore, after: f.epost, by, at }, SOURCE);
  if (waits) await requestLoginSubject(tx, { userId: op.userId, namn: f.namn, loginSubject: f.loginSubject!, by, at }, SOURCE);
  else if (op.loginBefore !== f.loginSubject)
    await loginSubjectChanged(
      tx,
      { userId: op.userId, namn: f.namn, before: op.loginBefore, after: f.loginSubject, by, at },
      { suffix: SOURCE, data },
    );
}

async function writeRoll(tx: Db, op: Op<'roll'>, by: string, at: string): Promise<void> {
  if (op.pending) return writeRequest(tx, op, by, at);
  const { rows } = await tx.query<{ id: string }>(
    'insert into role_assignments (user_id, role, scope_kind, scope_id, valid_from) values ($1, $2, $3, $4, $5) returning id',
    [op.userId, op.role, op.scope.kind, op.scope.id, at],
  );
  return recordChange(
    tx,
    at,
    by,
    'roll_tilldelad',
    op.userId,
    `${op.namn} fick rollen ${ROLE_TITLES[op.role]} för ${op.scopeName}${SOURCE}`,
    {
      source: 'csv',
      row: op.row,
      assignmentId: Number(rows[0]!.id),
      role: op.role,
      scope: op.scope,
    },
  );
}

/** A role that reads case content waits for a second person, as when given by hand (issue 22). */
async function writeRequest(tx: Db, op: Op<'roll'>, by: string, at: string): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into role_requests (user_id, role, scope_kind, scope_id, requested_by, requested_at) values ($1, $2, $3, $4, $5, $6)
     returning id`,
    [op.userId, op.role, op.scope.kind, op.scope.id, by, at],
  );
  const text = `${op.namn} föreslogs för rollen ${ROLE_TITLES[op.role]} för ${op.scopeName} (väntar på godkännande)${SOURCE}`;
  return recordChange(tx, at, by, 'roll_begard', op.userId, text, {
    source: 'csv',
    row: op.row,
    requestId: Number(rows[0]!.id),
    role: op.role,
    scope: op.scope,
  });
}
