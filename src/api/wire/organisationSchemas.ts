import { Type } from 'typebox';
import { ROLES } from '../../engine/index';
import { Id, closed, text } from './primitives';

/** The administratör's organisation edits: shapes and formats; references are checked in SQL. */

/** Shared with the CSV import, which checks the same fields of each row. */
export const TELEFON_PATTERN = '^\\+?[0-9 ()-]{6,20}$';
export const EPOST_PATTERN = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';

export const ForvaltningBody = Type.Object(
  {
    namn: text(200),
    namnd: Type.Optional(text(200)),
    organisationsnummer: Type.Optional(Type.String({ pattern: '^\\d{6}-\\d{4}$' })),
    diariePrefix: Type.Optional(text(20)),
    ivoAvdelning: Type.Optional(Type.Enum(['nord', 'mitt', 'ost', 'sydost', 'syd', 'vast'])),
  },
  closed,
);

export const VerksamhetBody = Type.Object(
  { id: Type.Optional(Id), namn: text(200), forvaltningId: Id, ort: Type.Optional(text(100)) },
  closed,
);

export const EnhetBody = Type.Object(
  {
    id: Type.Optional(Id),
    namn: text(200),
    verksamhetId: Id,
    adress: Type.Optional(text(200)),
    postort: Type.Optional(text(100)),
    verksamhetsform: Type.Optional(Type.Enum(['sol', 'lss'])),
    stangd: Type.Optional(Type.Boolean()),
    // Real dates and their order are checked with a Swedish message (enhetDates.ts).
    startDatum: Type.Optional(Type.String({ maxLength: 10 })),
    slutDatum: Type.Optional(Type.String({ maxLength: 10 })),
  },
  closed,
);

export const PersonBody = Type.Object(
  {
    userId: Type.Optional(Id),
    namn: text(200),
    titel: Type.Optional(text(200)),
    telefon: Type.Optional(Type.String({ pattern: TELEFON_PATTERN })),
    epost: Type.Optional(Type.String({ maxLength: 200, pattern: EPOST_PATTERN })),
    // Empty means none; spaces and uniqueness are checked with their own Swedish message.
    inloggningsId: Type.Optional(Type.String({ maxLength: 200 })),
  },
  closed,
);

export const RoleScope = Type.Object({ kind: Type.Enum(['enhet', 'verksamhet', 'forvaltning']), id: Id }, closed);

export const RoleBody = Type.Object({ userId: Id, role: Type.Enum([...ROLES]), scope: RoleScope }, closed);

/** A CSV file as text (the browser reads it as UTF-8); its size in bytes is checked with a Swedish message. */
export const CsvImportBody = Type.Object({ csv: Type.String({ maxLength: 3 * 1_048_576 }), apply: Type.Boolean() }, closed);

/** A user name only: the one-time code is made by the server and mailed to the person, never typed by the administratör. */
export const LoginBody = Type.Object({ username: Type.String({ minLength: 3, maxLength: 100, pattern: '^[^\\s]+$' }) }, closed);

export const RoleParams = Type.Object({ id: Type.String({ pattern: '^[1-9][0-9]{0,14}$' }) });
export const IdParams = Type.Object({ id: Id });

export const SavedId = Type.Object({ id: Type.String() });
/** `id`: the role given at once; `requestId`: a role that waits for a second person's approval (issue 22). */
export const SavedRoleId = Type.Object({ id: Type.Optional(Type.Integer()), requestId: Type.Optional(Type.Integer()) });
export const RequestParams = Type.Object({ id: Type.String({ pattern: '^[1-9][0-9]{0,14}$' }) });

export const SavedUserId = Type.Object({ userId: Type.String() });
