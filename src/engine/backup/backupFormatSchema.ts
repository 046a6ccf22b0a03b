/** JSON Schema of a backup file; deep checks (definitions, chains, replay) follow in importBackup. */
// Replaced by the registry's rels when the schema is made (a marker no other node of the schema has).
const LINK_REL = { type: 'string', title: 'länktyp (ersätts av processernas)' } as const;

const HEX64 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
/** Which key signed, and its signature: the same two fields on every signed part. */
const SIGNED = { keyId: { type: 'string', minLength: 1 }, signature: { type: 'string', minLength: 1 } } as const;

const BACKUP_FORMAT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'säkerhetskopia',
  type: 'object',
  required: ['format', 'formatVersion', 'exportedAt', 'definitions', 'events'],
  additionalProperties: false,
  properties: {
    format: { const: 'kvalitetsflode-backup', title: 'filformat' },
    formatVersion: { enum: [1, 2], title: 'formatversion' },
    heads: {
      type: 'array',
      title: 'signerade kedjehuvuden',
      items: {
        type: 'object',
        required: ['arendeId', 'seq', 'hash', 'keyId', 'signature'],
        additionalProperties: false,
        properties: {
          arendeId: { type: 'string', minLength: 1 },
          seq: { type: 'integer', minimum: 0 },
          hash: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          keyId: { type: 'string', minLength: 1 },
          signature: { type: 'string', minLength: 1 },
        },
      },
    },
    publicKeys: { type: 'array', title: 'publika nycklar', items: { type: 'string' } },
    inkomna: {
      type: 'array',
      title: 'inkomna meddelanden',
      items: {
        type: 'object',
        title: 'inkommet meddelande',
        required: ['id', 'processType', 'enhetId', 'data', 'receivedAt'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1 },
          processType: { type: 'string', minLength: 1 },
          enhetId: { type: 'string', minLength: 1 },
          data: { type: 'object' },
          receivedAt: { type: 'string', minLength: 1 },
          idempotencyKey: { type: 'string', minLength: 1, maxLength: 100 },
        },
      },
    },
    kontrollpunkter: {
      type: 'array',
      title: 'kontrollpunkter',
      items: {
        type: 'object',
        title: 'kontrollpunkt',
        required: ['size', 'root', 'at', 'keyId', 'signature', 'heads'],
        additionalProperties: false,
        properties: {
          size: { type: 'integer', minimum: 1 },
          root: HEX64,
          at: { type: 'string', minLength: 1 },
          heads: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
          ...SIGNED,
        },
      },
    },
    liggare: { type: 'array', title: 'loggens ordning', items: { type: 'string', minLength: 1 } },
    inkomnaSignatur: {
      type: 'object',
      title: 'signatur över inkomna meddelanden',
      required: ['count', 'hash', 'keyId', 'signature'],
      additionalProperties: false,
      properties: {
        count: { type: 'integer', minimum: 0 },
        hash: HEX64,
        ...SIGNED,
      },
    },
    exportedAt: { type: 'string', title: 'exporttidpunkt' },
    definitions: { type: 'array', title: 'processdefinitioner', items: { type: 'object' } },
    events: {
      type: 'array',
      title: 'händelser',
      items: {
        type: 'object',
        title: 'händelse',
        required: ['id', 'arendeId', 'seq', 'type', 'actor', 'at', 'prevHash', 'hash'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, title: 'id' },
          arendeId: { type: 'string', minLength: 1, title: 'ärende' },
          seq: { type: 'integer', minimum: 0, title: 'nummer' },
          type: { type: 'string', minLength: 1, title: 'typ' },
          stepData: { title: 'uppgifter' },
          actor: {
            type: 'object',
            title: 'utförare',
            required: ['userId', 'role'],
            additionalProperties: false,
            properties: { userId: { type: 'string', minLength: 1 }, role: { type: 'string', minLength: 1 } },
          },
          at: { type: 'string', minLength: 1, title: 'tidpunkt' },
          links: {
            type: 'array',
            items: {
              type: 'object',
              required: ['rel', 'arendeId'],
              additionalProperties: false,
              properties: { rel: LINK_REL, arendeId: { type: 'string' } },
            },
          },
          prevHash: { type: 'string', pattern: '^[0-9a-f]{64}$', title: 'föregående kontrollsumma' },
          hash: { type: 'string', pattern: '^[0-9a-f]{64}$', title: 'kontrollsumma' },
        },
      },
    },
  },
} as const;

/** The backup's schema for the link rels the packs declare (`PackRegistry.linkTitles`): a stored link names one of them. */
export function backupFormatSchema(linkRels: readonly string[]): Record<string, unknown> {
  return JSON.parse(JSON.stringify(BACKUP_FORMAT_SCHEMA), (_key, value: unknown) =>
    value && typeof value === 'object' && (value as { title?: unknown }).title === LINK_REL.title ? { enum: linkRels } : value,
  ) as Record<string, unknown>;
}
