import type { TUnsafe } from 'typebox';
import { Type } from 'typebox';
import type { NotificationKind, Organisation } from '../../engine/index';
import { ROLES } from '../../engine/index';
import { PersonBody, RoleScope } from './organisationSchemas';

/** The administratör's answers (the organisation, its people and kept changes, a CSV import) and the notification list. */
const engineShaped = <T>(description: string): TUnsafe<T> => Type.Unsafe<T>({ type: 'object', description });

/** A person with the role assignments they hold now (each with the id that ends it). */
export const OrganisationPersonSchema = Type.Intersect([
  Type.Omit(PersonBody, ['userId']),
  Type.Object({
    userId: Type.String(),
    assignments: Type.Array(Type.Object({ id: Type.Integer(), role: Type.Enum([...ROLES]), scope: RoleScope, from: Type.String() })),
  }),
]);

/** One kept change of the organisation: who, when, and what in Swedish. */
export const OrganisationChangeSchema = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  by: Type.String(),
  kind: Type.String(),
  subject: Type.String(),
  text: Type.String(),
});

/** A role that waits for a second person's approval (issue 22): for whom, which, where, asked by whom and when. */
/** A role, or an inloggnings-id (`inloggningsId`), waiting for a second person. */
export const RoleRequestSchema = Type.Object({
  id: Type.Integer(),
  userId: Type.String(),
  namn: Type.String(),
  role: Type.Optional(Type.Enum([...ROLES])),
  scope: Type.Optional(RoleScope),
  scopeName: Type.Optional(Type.String()),
  inloggningsId: Type.Optional(Type.String()),
  requestedBy: Type.String(),
  requestedByName: Type.String(),
  requestedAt: Type.String(),
});

export const RoleRequestsAnswerSchema = Type.Object({ requests: Type.Array(RoleRequestSchema) });

export const OrganisationAnswerSchema = Type.Object({
  org: engineShaped<Organisation>('Organisationen: förvaltningar, verksamheter och enheter.'),
  people: Type.Array(OrganisationPersonSchema),
  changes: Type.Array(OrganisationChangeSchema),
  /** Roles waiting for approval, oldest first. */
  requests: Type.Array(RoleRequestSchema),
});

/** What one row does (or would do): a new, changed or unchanged verksamhet, enhet, person or role. */
export const CsvImportItemSchema = Type.Object({
  /** The row in the file as a spreadsheet numbers it (the header is row 1). */
  row: Type.Integer(),
  kind: Type.Enum(['verksamhet', 'enhet', 'person', 'roll']),
  action: Type.Enum(['ny', 'andrad', 'oforandrad']),
  /** In Swedish, e.g. "Ida Ström: enhetschef för Familjehemsenheten". */
  text: Type.String(),
});

export const CsvImportAnswerSchema = Type.Object({
  /** True once the import is stored; a dry run, or a file with errors, stores nothing. */
  applied: Type.Boolean(),
  /** Data rows read (empty rows not counted). */
  rows: Type.Integer(),
  items: Type.Array(CsvImportItemSchema),
  errors: Type.Array(Type.Object({ row: Type.Integer(), message: Type.String() })),
  /** Columns in the file that the import does not read (e.g. an HR export's own). */
  ignoredColumns: Type.Array(Type.String()),
});

/** One notification in the signed-in person's list (issue 13): a step and its deadline, never case content. */
export const NotificationItemSchema = Type.Object({
  id: Type.String(),
  kind: Type.Unsafe<NotificationKind>({ type: 'string' }),
  arendeId: Type.String(),
  stepTitle: Type.String(),
  dueAt: Type.Union([Type.String(), Type.Null()]),
  notifyAt: Type.String(),
  createdAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
});

export const NotificationsAnswerSchema = Type.Object({ items: Type.Array(NotificationItemSchema), unread: Type.Integer() });
