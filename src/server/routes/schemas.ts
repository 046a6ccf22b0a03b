/** JSON Schemas of the request bodies: Fastify validates them before a handler runs (nothing unnamed passes). */
import { READING_REASONS } from '../../api/readingOutside';
import { ROLES } from '../../engine/index';

const id = { type: 'string', minLength: 1, maxLength: 200 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const instant = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$' } as const;

export const REPORT_BODY = {
  type: 'object',
  required: ['processType', 'enhetId', 'data'],
  additionalProperties: false,
  properties: { processType: id, enhetId: id, data: {}, arendeId: id },
} as const;

export const COMMAND_BODY = {
  type: 'object',
  required: ['type', 'data'],
  additionalProperties: false,
  properties: { type: id, data: {}, expectedSeq: { type: 'integer', minimum: 0 } },
} as const;

const motivering = { type: 'string', minLength: 1, maxLength: 1000 } as const;
const seq = { type: 'integer', minimum: 0 } as const;

export const JAV_BODY = {
  type: 'object',
  required: ['motivering'],
  additionalProperties: false,
  properties: { motivering, expectedSeq: seq },
} as const;

export const ERSATTARE_BODY = {
  type: 'object',
  required: ['userId', 'role', 'motivering'],
  additionalProperties: false,
  properties: { userId: id, role: { enum: [...ROLES] }, motivering, expectedSeq: seq },
} as const;

export const LIST_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { enum: ['open', 'closed'] },
    processTypes: { type: 'array', maxItems: 20, items: id },
    enhetId: id,
    kategori: id,
    definition: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: { id, version: { type: 'integer', minimum: 1 }, belowVersion: { type: 'integer', minimum: 1 } },
    },
    openedFrom: date,
    openedTo: date,
    overdueAt: instant,
    text: { type: 'string', maxLength: 200 },
    ids: { type: 'array', maxItems: 200_000, items: id },
    order: { enum: ['newest', 'deadline'] },
    limit: { type: 'integer', minimum: 1, maximum: 500 },
    after: { type: 'string', maxLength: 500 },
  },
} as const;

export const LIST_BODY = {
  type: 'object',
  required: ['query'],
  additionalProperties: false,
  properties: { query: LIST_QUERY, withTotal: { type: 'boolean' } },
} as const;

export const INBOX_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: { limit: { type: 'integer', minimum: 1, maximum: 500 }, after: { type: 'string', maxLength: 500 }, withTotal: { type: 'boolean' } },
} as const;

export const MIGRATE_BODY = {
  type: 'object',
  required: ['toVersion'],
  additionalProperties: false,
  properties: {
    toVersion: { type: 'integer', minimum: 1 },
    mapping: { type: 'object', additionalProperties: { type: 'string', maxLength: 500 } },
    note: { type: 'string', maxLength: 2000 },
    dryRun: { type: 'boolean' },
  },
} as const;

export const PROCESS_ROWS_BODY = {
  type: 'object',
  required: ['belowVersion'],
  additionalProperties: false,
  properties: { belowVersion: { type: 'integer', minimum: 1 }, limit: { type: 'integer', minimum: 1, maximum: 500 }, after: { type: 'string', maxLength: 500 } },
} as const;

export const PUBLISH_BODY = {
  type: 'object',
  required: ['draft', 'note'],
  additionalProperties: false,
  properties: { draft: { type: 'object' }, note: { type: 'string', maxLength: 2000 } },
} as const;

export const IMPORT_DEFINITION_BODY = {
  type: 'object',
  required: ['file'],
  additionalProperties: false,
  properties: { file: {}, note: { type: 'string', maxLength: 2000 } },
} as const;

export const PERIOD = {
  type: 'object',
  required: ['from', 'to', 'kind', 'label'],
  additionalProperties: false,
  properties: { from: date, to: date, kind: { type: 'string', maxLength: 20 }, label: { type: 'string', maxLength: 100 } },
} as const;

export const KVALITETSBERATTELSE_BODY = {
  type: 'object',
  required: ['period'],
  additionalProperties: false,
  properties: {
    period: PERIOD,
    datumgrund: { type: 'string', enum: ['handelsedatum', 'rapportdatum'] },
    urval: { type: 'object', additionalProperties: false, properties: { verksamhetId: id, enhetId: id } },
    jamforelser: { type: 'integer', minimum: 0, maximum: 10 },
  },
} as const;

export const URVAL_BODY = {
  type: 'object',
  required: ['request', 'ref'],
  additionalProperties: false,
  properties: { request: KVALITETSBERATTELSE_BODY, ref: { type: 'string', maxLength: 300 } },
} as const;

export const ARENDE_PARAMS = { type: 'object', required: ['id'], properties: { id } } as const;

/** Reading an ärende for a print: which document, so the access log says what was printed. */
export const ARENDE_READ_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: { utskrift: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

export const ACCESS_LOG_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    arende: { type: 'string', minLength: 1, maxLength: 200 },
    userId: id,
    before: { type: 'integer', minimum: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 200 },
  },
} as const;

/** Reading an ärende outside one's own units: the reason, and what "Annat skäl" means. */
export const READING_REASON_BODY = {
  type: 'object',
  required: ['skal'],
  additionalProperties: false,
  properties: { skal: { type: 'string', enum: Object.keys(READING_REASONS) }, text: { type: 'string', maxLength: 200 } },
} as const;
