import { Type } from 'typebox';
import type { ProcessDefinition } from '../../engine/index';
import { Cursor, Id, PageLimit, closed } from './primitives';

// The engine verifies the whole draft (skeleton, forms, roles) before it publishes; the wire checks only that it is an object.
const Draft = Type.Unsafe<ProcessDefinition>({ type: 'object' });

export const PublishBody = Type.Object({ draft: Draft, note: Type.String({ maxLength: 2000 }) }, closed);

export const ImportDefinitionBody = Type.Object({ file: Type.Unknown(), note: Type.Optional(Type.String({ maxLength: 2000 })) }, closed);

/** Open ärenden of one definition below a version, one page, as rows without content. */
export const ProcessRowsBody = Type.Object(
  { belowVersion: Type.Integer({ minimum: 1 }), limit: Type.Optional(PageLimit), after: Type.Optional(Cursor) },
  closed,
);

export const DefinitionParams = Type.Object({ id: Id });
export const DefinitionVersionParams = Type.Object({ id: Id, version: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }) });
