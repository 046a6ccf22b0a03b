import { Type } from 'typebox';
import { ROLES } from '../../engine/index';
import { UrvalBody } from './reportSchemas';
import { Cursor, Id, Instant, IsoDate, PageLimit, Seq, closed, text } from './primitives';

export const ArendeParams = Type.Object({ id: Id });

/** Reading an ärende for a print: which document, so the access log says what was printed. */
export const ArendeReadQuery = Type.Object({ utskrift: Type.Optional(text(100)) }, closed);

export const ReportBody = Type.Object(
  {
    processType: Id,
    enhetId: Id,
    data: Type.Unknown(),
    /** Chosen by the client (`arende:<uuid>`), so a rapport resent from the outbox is recorded once. */
    arendeId: Type.Optional(Id),
  },
  closed,
);

export const CommandBody = Type.Object(
  {
    type: Id,
    data: Type.Unknown(),
    /** The number of events the client's view was based on: a stale view gets a conflict, never a double step. */
    expectedSeq: Type.Optional(Seq),
    /** Answer also with what the caller may do now (the case view), so the browser need not read the ärende again. */
    view: Type.Optional(Type.Boolean()),
  },
  closed,
);

const motivering = text(1000);

/** "Jag är jävig i ärendet": why, in her own words. */
export const JavBody = Type.Object({ motivering, expectedSeq: Type.Optional(Seq) }, closed);

/** The förvaltningschef appoints an ersättare in a role jäv has stopped (the person is chosen among the candidates). */
export const ErsattareBody = Type.Object({ userId: Id, role: Type.Enum([...ROLES]), motivering, expectedSeq: Type.Optional(Seq) }, closed);

export const MigrateBody = Type.Object(
  {
    toVersion: Type.Integer({ minimum: 1 }),
    mapping: Type.Optional(
      Type.Unsafe<Record<string, string>>({ type: 'object', additionalProperties: { type: 'string', maxLength: 500 } }),
    ),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    dryRun: Type.Optional(Type.Boolean()),
  },
  closed,
);

/** A list query from the client: the engine's `SummaryQuery` without the scope, which the server derives from the session. */
export const ListQuerySchema = Type.Object(
  {
    status: Type.Optional(Type.Enum(['open', 'closed'])),
    processTypes: Type.Optional(Type.Array(Id, { maxItems: 20 })),
    enhetId: Type.Optional(Id),
    kategori: Type.Optional(Id),
    definition: Type.Optional(
      Type.Object(
        { id: Id, version: Type.Optional(Type.Integer({ minimum: 1 })), belowVersion: Type.Optional(Type.Integer({ minimum: 1 })) },
        closed,
      ),
    ),
    openedFrom: Type.Optional(IsoDate),
    openedTo: Type.Optional(IsoDate),
    overdueAt: Type.Optional(Instant),
    text: Type.Optional(Type.String({ maxLength: 200 })),
    ids: Type.Optional(Type.Array(Id, { maxItems: 200_000 })),
    /** The ärenden behind a report figure, resolved on the server (`ids` may narrow them further). */
    figure: Type.Optional(UrvalBody),
    order: Type.Optional(Type.Enum(['newest', 'deadline'])),
    limit: Type.Optional(PageLimit),
    after: Type.Optional(Cursor),
  },
  closed,
);

export const ListBody = Type.Object({ query: ListQuerySchema, withTotal: Type.Optional(Type.Boolean()) }, closed);

export const InboxBody = Type.Object(
  { limit: Type.Optional(PageLimit), after: Type.Optional(Cursor), withTotal: Type.Optional(Type.Boolean()) },
  closed,
);
