/** JSON Schemas of the administratör's organisation edits: shapes and formats; references are checked in SQL. */

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const id = text(200);
/** Shared with the CSV import, which checks the same fields of each row. */
export const TELEFON_PATTERN = '^\\+?[0-9 ()-]{6,20}$';
export const EPOST_PATTERN = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';

export const FORVALTNING_BODY = {
  type: 'object',
  required: ['namn'],
  additionalProperties: false,
  properties: {
    namn: text(200),
    namnd: text(200),
    organisationsnummer: { type: 'string', pattern: '^\\d{6}-\\d{4}$' },
    diariePrefix: text(20),
    ivoAvdelning: { enum: ['nord', 'mitt', 'ost', 'sydost', 'syd', 'vast'] },
  },
} as const;

export const VERKSAMHET_BODY = {
  type: 'object',
  required: ['namn', 'forvaltningId'],
  additionalProperties: false,
  properties: { id, namn: text(200), forvaltningId: id, ort: text(100) },
} as const;

export const ENHET_BODY = {
  type: 'object',
  required: ['namn', 'verksamhetId'],
  additionalProperties: false,
  properties: {
    id,
    namn: text(200),
    verksamhetId: id,
    adress: text(200),
    postort: text(100),
    verksamhetsform: { enum: ['sol', 'lss'] },
    stangd: { type: 'boolean' },
    // Real dates and their order are checked with a Swedish message (enhetDates.ts).
    startDatum: { type: 'string', maxLength: 10 },
    slutDatum: { type: 'string', maxLength: 10 },
  },
} as const;

export const PERSON_BODY = {
  type: 'object',
  required: ['namn'],
  additionalProperties: false,
  properties: {
    userId: id,
    namn: text(200),
    titel: text(200),
    telefon: { type: 'string', pattern: TELEFON_PATTERN },
    epost: { type: 'string', maxLength: 200, pattern: EPOST_PATTERN },
    // Empty means none; spaces and uniqueness are checked with their own Swedish message.
    inloggningsId: { type: 'string', maxLength: 200 },
  },
} as const;

export const ROLE_BODY = {
  type: 'object',
  required: ['userId', 'role', 'scope'],
  additionalProperties: false,
  properties: {
    userId: id,
    role: { enum: ['medarbetare', 'enhetschef', 'verksamhetschef', 'sas', 'forvaltningschef', 'processagare', 'skyddsombud', 'mas', 'administrator'] },
    scope: {
      type: 'object',
      required: ['kind', 'id'],
      additionalProperties: false,
      properties: { kind: { enum: ['enhet', 'verksamhet', 'forvaltning'] }, id },
    },
  },
} as const;

/** A CSV file as text (the browser reads it as UTF-8); its size in bytes is checked with a Swedish message. */
export const CSV_IMPORT_BODY = {
  type: 'object',
  required: ['csv', 'apply'],
  additionalProperties: false,
  properties: { csv: { type: 'string', maxLength: 3 * 1_048_576 }, apply: { type: 'boolean' } },
} as const;

export const LOGIN_BODY = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: { username: { type: 'string', minLength: 3, maxLength: 100, pattern: '^[^\\s]+$' }, password: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const ROLE_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,14}$' } } } as const;
export const ID_PARAMS = { type: 'object', required: ['id'], properties: { id } } as const;
