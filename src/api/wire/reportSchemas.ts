import { Type } from 'typebox';
import type { Figure, Kvalitetsberattelse } from '../../engine/index';
import { Id, IsoDate, closed } from './primitives';

export const PeriodSchema = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    kind: Type.Enum(['year', 'half', 'quarter', 'custom'], { type: 'string', maxLength: 20 }),
    label: Type.String({ maxLength: 100 }),
  },
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

/** A report figure on the wire: the count, and a reference the server resolves to the ärenden behind it. */
export interface WireFigure {
  count: number;
  arendeIds: readonly string[];
  ref?: string;
  idCount?: number;
}

/** A value with every engine `Figure` in it as a `WireFigure` (its ids replaced by a reference). */
export type WireOf<T> = T extends Figure
  ? Omit<T, 'arendeIds'> & WireFigure
  : T extends (infer U)[]
    ? WireOf<U>[]
    : T extends readonly (infer U)[]
      ? readonly WireOf<U>[]
      : T extends object
        ? { [K in keyof T]: WireOf<T[K]> }
        : T;

export const KvalitetsberattelseAnswerSchema = Type.Object({
  report: Type.Unsafe<WireOf<Kvalitetsberattelse>>({
    type: 'object',
    description: 'Kvalitetsberättelsen: siffror med antal och referens (inga ärendenummer), listor över det den som frågar får läsa.',
  }),
  /** Ärenden of the packs' lists (lex Sarah's) and "Övrigt" whose details the caller may see (the lists show only these). */
  viewable: Type.Array(Type.String()),
  /** The latest check of the log (as "Kontroll av loggen" shows it), when one has run: a failed one puts a warning on the report. */
  loggkontroll: Type.Optional(Type.Object({ ok: Type.Boolean(), checkedAt: Type.String() })),
});
