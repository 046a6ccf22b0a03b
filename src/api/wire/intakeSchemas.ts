import { Type } from 'typebox';
import { Id, JsonObject, closed } from './primitives';

/** A waiting item of a public form (GET /api/inkomna/:id). */
export const IntakeParams = Type.Object({ id: Type.String({ maxLength: 100 }) }, closed);

/** POST /api/inkomna/:id/registrera – the first step's data as the registering person confirms it. */
export const IntakeRegisterBody = Type.Object(
  {
    data: JsonObject,
    /** The enhet to register it on when the sender chose the wrong one (then a correction naming the enhet, with a reason). */
    enhetId: Type.Optional(Id),
  },
  closed,
);

/** The public form of one process (`processType` is checked against the packs at runtime). */
export const PublicIntakeParams = Type.Object({ processType: Type.String({ maxLength: 60 }) }, closed);

/** POST /api/offentlig/:processType – a submission without an account; the answer echoes none of it. */
export const PublicIntakeBody = Type.Object(
  {
    enhetId: Id,
    data: JsonObject,
    /** Made by the page once per filled-in form (crypto.randomUUID) and sent again with every retry: one item however often it is sent. */
    idempotencyKey: Type.String({ title: 'formulärets nyckel', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }),
  },
  closed,
);

export const PublicIntakeAnswer = Type.Object({ mottaget: Type.Boolean() });
