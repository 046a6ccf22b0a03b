import type { FastifyInstance } from 'fastify';
import { may } from '../../api/access';
import type { NotificationPreferenceAnswer, NotificationsAnswer, ReminderStatsAnswer } from '../../api/contract';
import { ApiFailure } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';

const MARK_READ_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: { ids: { type: 'array', maxItems: 500, items: { type: 'string', pattern: '^[0-9]{1,18}$' } }, all: { type: 'boolean' } },
} as const;

const PREFERENCE_BODY = {
  type: 'object',
  required: ['email'],
  additionalProperties: false,
  properties: { email: { enum: ['direkt', 'sammanfattning', 'av'] } },
} as const;

/** The signed-in person's own notifications and e-mail choice; nobody reads or marks another's. */
export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const store = () => {
    if (!ctx.notifications) throw new ApiFailure(404, 'not_found', 'Aviseringar finns inte på den här servern.');
    return ctx.notifications;
  };

  app.get('/api/notifications', async (req): Promise<NotificationsAnswer> => store().list(whoOf(req).actor.userId, 200));

  app.get('/api/notifications/unread', async (req) => ({ unread: await store().unread(whoOf(req).actor.userId) }));

  app.post('/api/notifications/read', { schema: { body: MARK_READ_BODY } }, async (req) => {
    const { ids, all } = req.body as { ids?: string[]; all?: boolean };
    if (!all && !ids?.length) throw new ApiFailure(400, 'invalid_request', 'Ange vilka aviseringar som är lästa.');
    await store().markRead(whoOf(req).actor.userId, all ? 'all' : ids!, ctx.clock.now());
    return { ok: true };
  });

  app.get('/api/notifications/preference', async (req): Promise<NotificationPreferenceAnswer> => ({ email: await store().preference(whoOf(req).actor.userId), mailEnabled: ctx.mailEnabled === true }));

  app.put('/api/notifications/preference', { schema: { body: PREFERENCE_BODY } }, async (req): Promise<NotificationPreferenceAnswer> => {
    const { email } = req.body as { email: NotificationPreferenceAnswer['email'] };
    await store().setPreference(whoOf(req).actor.userId, email, ctx.clock.now());
    return { email, mailEnabled: ctx.mailEnabled === true };
  });

  app.get('/api/notifications/reminder-stats', async (req): Promise<ReminderStatsAnswer> => {
    const { actor } = whoOf(req);
    if (!may(actor, 'reports')) throw new ApiFailure(403, 'forbidden', 'Statistiken över påminnelser visas för SAS, förvaltningschef och processägare.');
    // Counts per step title carry no identifiers: like the report's figures, they cover the whole organisation.
    return { rows: await store().reminderStats(undefined) };
  });
}
