import { Type } from 'typebox';
import { Id, IsoDate, closed } from './primitives';

export const PeriodSchema = Type.Object(
  { from: IsoDate, to: IsoDate, kind: Type.Enum(['year', 'half', 'quarter', 'custom'], { type: 'string', maxLength: 20 }), label: Type.String({ maxLength: 100 }) },
  closed,
);

export const KvalitetsberattelseBody = Type.Object(
  {
    period: PeriodSchema,
    /** The date that places an ärende in the period; the server's default is `handelsedatum`. */
    datumgrund: Type.Optional(Type.Enum(['handelsedatum', 'rapportdatum'], { type: 'string' })),
    urval: Type.Optional(Type.Object({ verksamhetId: Type.Optional(Id), enhetId: Type.Optional(Id) }, closed)),
    jamforelser: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  },
  closed,
);

/** The ärenden behind one figure of a report (`ref`, as the report gave it). */
export const UrvalBody = Type.Object({ request: KvalitetsberattelseBody, ref: Type.String({ maxLength: 300 }) }, closed);

export const UrvalAnswerSchema = Type.Object({ arendeIds: Type.Array(Type.String()) });
