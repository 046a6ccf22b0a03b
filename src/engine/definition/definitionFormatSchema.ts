/**
 * JSON Schema of our definition format: a deliberately small subset of XState v5 configs
 * (no `always`, `after`, `invoke`, history or entry/exit actions) so that the verifier is sound.
 */
const namedRef = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', minLength: 1, title: 'namn' },
    params: { type: 'object', title: 'parametrar' },
  },
} as const;

const transition = {
  type: 'object',
  additionalProperties: false,
  properties: {
    target: { type: 'string', minLength: 1, title: 'mål' },
    guard: { $ref: '#/definitions/namedRef' },
    actions: { type: 'array', items: { $ref: '#/definitions/namedRef' } },
    description: { type: 'string' },
  },
} as const;

const transitions = {
  anyOf: [{ $ref: '#/definitions/transition' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/transition' } }],
} as const;

const obligation = {
  type: 'object',
  required: ['id', 'title', 'kind', 'from', 'metBy'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1, title: 'benämning' },
    kind: { enum: ['sla', 'legal'] },
    from: {
      anyOf: [
        { type: 'object', required: ['entered'], additionalProperties: false, properties: { entered: { const: true } } },
        {
          type: 'object',
          required: ['event'],
          additionalProperties: false,
          properties: {
            event: { type: 'string', minLength: 1 },
            path: { type: 'string', minLength: 1 },
            updatedBy: { type: 'string', minLength: 1 },
          },
        },
      ],
    },
    // Negative days count back from a recorded date: "approved the day before the planned start".
    days: { type: 'integer', minimum: -3650, maximum: 3650, title: 'dagar' },
    months: { type: 'integer', minimum: 0, maximum: 120, title: 'månader' },
    workingDays: { type: 'boolean', title: 'arbetsdagar' },
    metBy: { type: 'string', minLength: 1 },
    legalRef: { type: 'string', minLength: 1 },
  },
  anyOf: [{ required: ['days'] }, { required: ['months'] }],
} as const;

const meta = {
  type: 'object',
  required: ['title'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1, title: 'rubrik' },
    role: { type: 'string', minLength: 1, title: 'roll' },
    form: { type: 'string', minLength: 1, title: 'formulär' },
    mandatedStep: { type: 'boolean' },
    obligations: { type: 'array', items: { $ref: '#/definitions/obligation' } },
    help: { type: 'string' },
  },
} as const;

const state = {
  type: 'object',
  additionalProperties: false,
  required: ['meta'],
  properties: {
    type: { enum: ['compound', 'parallel', 'final'] },
    initial: { type: 'string', minLength: 1 },
    meta: { $ref: '#/definitions/meta' },
    on: { type: 'object', additionalProperties: { $ref: '#/definitions/transitions' } },
    onDone: { $ref: '#/definitions/transitions' },
    states: { type: 'object', minProperties: 1, additionalProperties: { $ref: '#/definitions/state' } },
    description: { type: 'string' },
  },
} as const;

export const DEFINITION_FORMAT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'kf:definition-format',
  title: 'processdefinition',
  type: 'object',
  required: ['id', 'version', 'processType', 'title', 'commands', 'machine'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', title: 'id' },
    version: { type: 'integer', minimum: 1, title: 'version' },
    processType: { type: 'string', minLength: 1, title: 'processtyp' },
    title: { type: 'string', minLength: 1, title: 'rubrik' },
    description: { type: 'string' },
    publicIntro: { type: 'string', minLength: 1, maxLength: 2000, title: 'det allmänna webbformulärets inledning' },
    published: {
      type: 'object',
      required: ['at', 'by', 'note'],
      additionalProperties: false,
      properties: { at: { type: 'string' }, by: { type: 'string' }, note: { type: 'string' } },
    },
    forms: {
      type: 'object',
      description: 'Forms published with this version (new or edited ones); bundled forms are referenced by id.',
      additionalProperties: {
        type: 'object',
        required: ['id', 'schema'],
        additionalProperties: false,
        properties: { id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' }, schema: { type: 'object' }, ui: { type: 'object' } },
      },
    },
    commands: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['title', 'form'],
        additionalProperties: false,
        properties: { title: { type: 'string', minLength: 1 }, form: { type: 'string', minLength: 1 }, help: { type: 'string' } },
      },
    },
    machine: {
      type: 'object',
      required: ['id', 'initial', 'states'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
        initial: { type: 'string', minLength: 1 },
        states: { type: 'object', minProperties: 1, additionalProperties: { $ref: '#/definitions/state' } },
        description: { type: 'string' },
      },
    },
  },
  definitions: { namedRef, transition, transitions, obligation, meta, state },
} as const;
