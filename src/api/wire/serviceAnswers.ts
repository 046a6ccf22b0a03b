import { Type } from 'typebox';
import { ROLES } from '../../engine/index';
import { EmailPreferenceSchema } from './notificationSchemas';

/** Answers of the API's own services, field by field: the access log, what came in through a public form, notifications. */

/** One line of the access log (loggkontroll): opened, printed, exported, or refused (a read outside one's access). */
export const AccessEntrySchema = Type.Object({
  at: Type.String(),
  userId: Type.String(),
  /** The role the person read through (none when refused). */
  role: Type.Optional(Type.Enum([...ROLES])),
  kind: Type.Enum(['oppnat', 'utskrift', 'export', 'nekat']),
  arendeId: Type.Optional(Type.String()),
  enhetId: Type.Optional(Type.String()),
  /** What was printed or exported (e.g. "Anmälan till IVO", "Säkerhetskopia av alla ärenden"). */
  detail: Type.Optional(Type.String()),
  /** Why the person read outside their own units ("Tjänstgörande SAS", "Jour eller beredskap", …). */
  reason: Type.Optional(Type.String()),
});

export const AccessLogAnswerSchema = Type.Object({
  rows: Type.Array(Type.Intersect([AccessEntrySchema, Type.Object({ id: Type.Integer() })])),
  /** Pass as `before` for the next (older) page. */
  next: Type.Optional(Type.Integer()),
});

/** GET /api/offentlig/:processType – what the public form needs: the open enheter to choose among (names only). */
export const PublicIntakeInfoSchema = Type.Object({
  enheter: Type.Array(Type.Object({ id: Type.String(), namn: Type.String(), verksamhet: Type.String() })),
  /** The introduction the newest published version gives, when it words its own. */
  intro: Type.Optional(Type.String()),
});

/** A public submission waiting for someone who may register it (GET /api/inkomna). */
export const IntakeItemViewSchema = Type.Object({
  id: Type.String(),
  processType: Type.String(),
  enhetId: Type.String(),
  receivedAt: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const IntakeItemAnswerSchema = Type.Intersect([
  IntakeItemViewSchema,
  Type.Object({ registeredArendeId: Type.Optional(Type.String()) }),
]);

export const NotificationPreferenceAnswerSchema = Type.Object({
  email: EmailPreferenceSchema,
  /** The server sends e-mail at all (SMTP configured). */
  mailEnabled: Type.Boolean(),
});

/** Per step title: deadline steps that were done after reminders, and how many reminders they needed (reports). */
export const ReminderStatsAnswerSchema = Type.Object({
  rows: Type.Array(
    Type.Object({ stepTitle: Type.String(), steps: Type.Integer(), reminders: Type.Integer(), afterDeadline: Type.Integer() }),
  ),
});
