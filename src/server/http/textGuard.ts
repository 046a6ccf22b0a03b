import type { FastifyInstance } from 'fastify';
import { ApiFailure } from './apiError';

/** A character no text of ours may hold, where it was found, and why it is refused. */
export interface BadText {
  field: string;
  char: string;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NUL = /\u0000/;
/** C0 controls but tab, newline and carriage return; DEL and C1; the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** A signed backup is restored as it was written, whatever its older texts hold. */
const KEPT_AS_WRITTEN = new Set(['/api/backup/import']);

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

/**
 * Every request's text checked before its schema, nothing stored when it fails: a NUL byte (PostgreSQL cannot store it)
 * anywhere; in the body of a state-changing request, invisible controls and bidi overrides that can make a text lie.
 */
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
    if (req.method === 'GET' || req.method === 'HEAD' || KEPT_AS_WRITTEN.has(req.routeOptions.url ?? '')) return;
    const hidden = findBadText(req.body, HIDDEN);
    if (hidden) throw new ApiFailure(400, 'invalid_text', hiddenMessage(hidden));
  });
}

/** What is wrong with an invisible character, in words a person can act on. */
function hiddenMessage({ field, char }: BadText): string {
  const what = BIDI.test(char) ? 'som kan vända texten' : 'som inte hör hemma i en text';
  return `Fältet "${field}" innehåller ett osynligt styrtecken (${codePoint(char)}) ${what}. Ta bort det och försök igen.`;
}
