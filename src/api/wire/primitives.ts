import { Type } from 'typebox';

/** The wire's building blocks, written once: every request schema is made of these (Ajv checks them, TypeBox types them). */
export const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
export const Id = text(200);
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const Instant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$' });
export const Seq = Type.Integer({ minimum: 0 });
export const Cursor = Type.String({ maxLength: 500 });
export const PageLimit = Type.Integer({ minimum: 1, maximum: 500 });
/** A JSON object whose fields the engine (or a form's schema) checks, not the wire. */
export const JsonObject = Type.Record(Type.String(), Type.Unknown(), { type: 'object' });
/** The ok answer of a command that returns nothing else. */
export const Ok = Type.Object({ ok: Type.Boolean() });
/** Objects refuse what they do not name (a claimed actor is an error, not silently dropped). */
export const closed = { additionalProperties: false } as const;
