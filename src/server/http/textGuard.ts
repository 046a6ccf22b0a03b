import type { FastifyInstance } from 'fastify';
import { ApiFailure } from './apiError';

/** A character no text of ours may hold, where it was found, and why it is refused. */
export interface BadText {
  field: string;
  char: string;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NUL = /\u0000/;

/** The first string in a parsed body, query or params holding a character matched by `bad`, with its field's path. */
export function findBadText(value: unknown, bad: RegExp, path: readonly string[] = []): BadText | undefined {
  if (typeof value === 'string') {
    const m = bad.exec(value);
    return m ? { field: fieldName(path), char: m[0] } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const keyHit = bad.exec(key);
    if (keyHit) return { field: fieldName([...path, key]), char: keyHit[0] };
    const hit = findBadText(inner, bad, [...path, key]);
    if (hit) return hit;
  }
  return undefined;
}

/** The field as a person knows it: a form's own field without the wrapping `data`. */
function fieldName(path: readonly string[]): string {
  const named = path[0] === 'data' && path.length > 1 ? path.slice(1) : path;
  return named.join('.') || '(hela)';
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every request's text checked before its schema: a NUL byte (which PostgreSQL cannot store) is a Swedish 400, nothing stored. */
export function textGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const part of [req.params, req.query, req.body]) {
      const hit = findBadText(part, NUL);
      if (hit)
        throw new ApiFailure(
          400,
          'invalid_text',
          `Fältet "${hit.field}" innehåller ett nolltecken (${codePoint(hit.char)}) som inte kan sparas. Ta bort det och försök igen.`,
        );
    }
  });
}
