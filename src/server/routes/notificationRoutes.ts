import type { FastifyInstance } from 'fastify';
import { may } from '../../api/access';
import type { NotificationPreferenceAnswer, NotificationsAnswer, ReminderStatsAnswer } from '../../api/contract';
import { ApiFailure } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { MarkReadBody, PreferenceBody, UnreadAnswer } from '../../api/wire/notificationSchemas';
import { Ok } from '../../api/wire/primitives';
import { NotificationsAnswerSchema } from '../../api/wire/organisationAnswers';
import { NotificationPreferenceAnswerSchema, ReminderStatsAnswerSchema } from '../../api/wire/serviceAnswers';

/** The signed-in person's own notifications and e-mail choice; nobody reads or marks another's. */
export async function notificationRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;
  const store = () => {
    if (!ctx.notifications) throw new ApiFailure(404, 'not_found', 'Aviseringar finns inte på den här servern.');
    return ctx.notifications;
  };

  app.get(
    '/api/notifications',
    { schema: { summary: 'Mina aviseringar', response: { 200: NotificationsAnswerSchema } } },
    async (req): Promise<NotificationsAnswer> => store().list(whoOf(req).actor.userId, 200),
  );

  app.get(
    '/api/notifications/unread',
    { schema: { summary: 'Antal olästa aviseringar', response: { 200: UnreadAnswer } } },
    async (req) => ({ unread: await store().unread(whoOf(req).actor.userId) }),
  );

  app.post(
    '/api/notifications/read',
    { schema: { summary: 'Markera aviseringar som lästa', body: MarkReadBody, response: { 200: Ok } } },
    async (req) => {
      const { ids, all } = req.body;
      if (!all && !ids?.length) throw new ApiFailure(400, 'invalid_request', 'Ange vilka aviseringar som är lästa.');
      await store().markRead(whoOf(req).actor.userId, all ? 'all' : (ids ?? []), ctx.clock.now());
      return { ok: true };
    },
  );

  app.get(
    '/api/notifications/preference',
    { schema: { summary: 'Hur jag vill få e-post', response: { 200: NotificationPreferenceAnswerSchema } } },
    async (req): Promise<NotificationPreferenceAnswer> => ({
      email: await store().preference(whoOf(req).actor.userId),
      mailEnabled: ctx.mailEnabled === true,
    }),
  );

  app.put(
    '/api/notifications/preference',
    { schema: { summary: 'Välj hur jag vill få e-post', body: PreferenceBody, response: { 200: NotificationPreferenceAnswerSchema } } },
    async (req): Promise<NotificationPreferenceAnswer> => {
      const { email } = req.body;
      await store().setPreference(whoOf(req).actor.userId, email, ctx.clock.now());
      return { email, mailEnabled: ctx.mailEnabled === true };
    },
  );

  app.get(
    '/api/notifications/reminder-stats',
    { schema: { summary: 'Påminnelser per steg (rapporter)', response: { 200: ReminderStatsAnswerSchema } } },
    async (req): Promise<ReminderStatsAnswer> => {
      const { actor } = whoOf(req);
      if (!may(actor, 'reports'))
        throw new ApiFailure(403, 'forbidden', 'Statistiken över påminnelser visas för SAS, förvaltningschef och processägare.');
      // Counts per step title carry no identifiers: like the report's figures, they cover the whole organisation.
      return { rows: await store().reminderStats(undefined) };
    },
  );
}
