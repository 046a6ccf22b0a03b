import type { Static, TSchema } from 'typebox';
import { Type } from 'typebox';
import type { ActionOption, ArendeEvent, ArendeSummary, Rejection, RoleId } from '../../engine/index';
import { ROLES } from '../../engine/index';

/**
 * The engine's shapes that travel on the wire (an event, a list row, a refusal, a command option), written out field by
 * field so the API description tells an integrator what she gets; the compiler holds each equal to the engine's type.
 */
const shut = { additionalProperties: false } as const;
const RoleSchema = Type.Unsafe<RoleId>({ type: 'string', enum: [...ROLES] });

const EventActorSchema = Type.Object({ userId: Type.String(), role: RoleSchema }, shut);
const ArendeLinkSchema = Type.Object({ rel: Type.String(), arendeId: Type.String() }, shut);

const ArendeEventObject = Type.Object(
  {
    id: Type.String(),
    arendeId: Type.String(),
    seq: Type.Integer({ minimum: 0 }),
    type: Type.String({ description: 'Händelsetypen: arende.open, ett steg, ett kommando.' }),
    stepData: Type.Unknown({ description: 'Stegets formulärdata, så som processens formulär beskriver den.' }),
    actor: EventActorSchema,
    at: Type.String(),
    links: Type.Optional(Type.Array(ArendeLinkSchema)),
    prevHash: Type.String({ description: 'SHA-256 av föregående händelse (64 nollor för den första).' }),
    hash: Type.String({ description: 'SHA-256 över prevHash och händelsens övriga fält i kanonisk JSON.' }),
  },
  { ...shut, description: 'En händelse i ärendets logg (förseglad, med hash och föregångare).' },
);

const ActiveStepSchema = Type.Object(
  { key: Type.String(), path: Type.String(), title: Type.String(), role: Type.Optional(RoleSchema), mandated: Type.Boolean() },
  shut,
);
const OwnStepSchema = Type.Object({ event: Type.String(), title: Type.String(), role: RoleSchema, done: Type.Array(Type.String()) }, shut);
const OpenDeadlineSchema = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    kind: Type.Union([Type.Literal('sla'), Type.Literal('legal')]),
    stepTitle: Type.String(),
    role: Type.Optional(RoleSchema),
    dueAt: Type.String(),
  },
  shut,
);

const ArendeSummaryObject = Type.Object(
  {
    arendeId: Type.String(),
    processType: Type.String(),
    definitionId: Type.String(),
    definitionVersion: Type.Integer(),
    enhetId: Type.String(),
    status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
    value: Type.Unknown({ description: 'Statechartens tillstånd efter den senaste händelsen.' }),
    activeSteps: Type.Array(ActiveStepSchema),
    lastSeq: Type.Integer(),
    lastHash: Type.String(),
    openedAt: Type.String(),
    openedBy: Type.String(),
    updatedAt: Type.String(),
    links: Type.Array(ArendeLinkSchema),
    ersattare: Type.Optional(Type.Array(Type.Object({ userId: Type.String(), role: RoleSchema }, shut))),
    rubrik: Type.String(),
    kategori: Type.Optional(Type.String()),
    deadlines: Type.Array(OpenDeadlineSchema),
    nextDueAt: Type.String(),
    roleDue: Type.Array(Type.String()),
    ownSteps: Type.Optional(Type.Array(OwnStepSchema)),
    waitDone: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()))),
  },
  { ...shut, description: 'Ärendets listrad: nummer, process, enhet, steg, tidsgränser.' },
);

const REJECTION_CODES = [
  'unknown_arende',
  'unknown_event',
  'closed',
  'step_not_reached',
  'wrong_role',
  'wrong_unit',
  'invalid_data',
  'jav',
  'guard_failed',
  'seq_conflict',
  'migration_refused',
  'unknown_user',
  'integrity',
] as const;

const RejectionObject = Type.Object(
  {
    code: Type.Unsafe<(typeof REJECTION_CODES)[number]>({ type: 'string', enum: [...REJECTION_CODES] }),
    message: Type.String(),
    fieldErrors: Type.Optional(Type.Array(Type.Object({ pointer: Type.String(), label: Type.String(), message: Type.String() }, shut))),
    reasons: Type.Optional(Type.Array(Type.String())),
    requiredRole: Type.Optional(RoleSchema),
  },
  { ...shut, description: 'Varför motorn inte utförde kommandot: en kod och ett svenskt meddelande.' },
);

const ActionOptionObject = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    form: Type.Optional(Type.String()),
    role: Type.Optional(RoleSchema),
    allowed: Type.Boolean(),
    why: Type.Optional(RejectionObject),
  },
  { ...shut, description: 'Ett kommando och om den som frågar får utföra det (annars varför inte).' },
);

/** Lists read-only, as the engine writes them. */
type Loose<T> = T extends readonly (infer U)[] ? readonly Loose<U>[] : T extends object ? { [K in keyof T]: Loose<T[K]> } : T;
/**
 * Fails to compile when the schema stops describing what the engine sends: every engine value must fit the schema's
 * type, and both name the same fields (JSON drops `undefined`, so `x: T | undefined` is an optional field on the wire).
 */
type Same<S extends TSchema, T> = [Loose<T>] extends [Loose<Static<S>>]
  ? [keyof T] extends [keyof Static<S>]
    ? [keyof Static<S>] extends [keyof T]
      ? true
      : never
    : never
  : never;

export const SHAPES_MATCH: [
  Same<typeof ArendeEventObject, ArendeEvent>,
  Same<typeof ArendeSummaryObject, ArendeSummary>,
  Same<typeof RejectionObject, Rejection>,
  Same<typeof ActionOptionObject, ActionOption>,
] = [true, true, true, true];

// Typed as the engine's own types (read-only lists and all), described in full: the check above holds the two equal.
export const ArendeEventSchema = Type.Unsafe<ArendeEvent>(ArendeEventObject);
export const ArendeSummarySchema = Type.Unsafe<ArendeSummary>(ArendeSummaryObject);
export const RejectionSchema = Type.Unsafe<Rejection>(RejectionObject);
export const ActionOptionSchema = Type.Unsafe<ActionOption>(ActionOptionObject);
