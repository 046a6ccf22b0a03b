import { Type } from 'typebox';
import { READING_REASONS } from '../readingOutside';
import type { ReadingReason } from '../readingOutside';
import { Id, closed, text } from './primitives';

export const AccessLogBody = Type.Object(
  {
    arende: Type.Optional(text(200)),
    userId: Type.Optional(Id),
    before: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  closed,
);

const reasons = Object.keys(READING_REASONS) as ReadingReason[];

/** Reading an ärende outside one's own units: the reason, and what "Annat skäl" means. */
export const ReadingReasonBody = Type.Object(
  { skal: Type.Enum(reasons, { type: 'string' }), text: Type.Optional(Type.String({ maxLength: 200 })) },
  closed,
);

export const ReadingGrantAnswer = Type.Object({ ok: Type.Boolean(), until: Type.String() });
