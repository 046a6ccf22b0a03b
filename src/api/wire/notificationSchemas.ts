import { Type } from 'typebox';
import { closed } from './primitives';

export const MarkReadBody = Type.Object(
  { ids: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{1,18}$' }), { maxItems: 500 })), all: Type.Optional(Type.Boolean()) },
  closed,
);

/** How a person wants e-mail: each notification at once, a daily summary, or none (the in-app list stays). */
export const EmailPreferenceSchema = Type.Enum(['direkt', 'sammanfattning', 'av']);

export const PreferenceBody = Type.Object({ email: EmailPreferenceSchema }, closed);

export const UnreadAnswer = Type.Object({ unread: Type.Integer() });
