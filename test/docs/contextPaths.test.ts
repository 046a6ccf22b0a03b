import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A CONTEXT.md claim is code (design.md §3.12): every file or folder it names in backticks must exist, found from its
 * own folder or a folder above it, or as the trailing path of a file anywhere in the repository (a renamed or deleted
 * file is caught either way).
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const PATHLIKE = /\.(tsx?|mjs|md|json|sql|css)$|\/$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? (name === 'node_modules' ? [] : [full, ...filesUnder(full)]) : [full];
  });
}

function contexts(dir: string): string[] {
  return filesUnder(dir).filter((f) => f.endsWith(`${sep}CONTEXT.md`));
}

/** The paths a CONTEXT.md names: backticked tokens that look like a file or folder, without placeholders or globs. */
export function namedPaths(text: string): string[] {
  const tokens = [...text.matchAll(/`([^`\s]+)`/g)].map((m) =>
    m[1]!.replace(/[.,:;)]+$/, (x) => (x.startsWith('.') && PATHLIKE.test(x) ? x : '')),
  );
  return [...new Set(tokens.filter((t) => PATHLIKE.test(t) && !/[<>*{}()=|]/.test(t) && !t.includes('://') && !t.startsWith('/')))];
}

function exists(context: string, path: string): boolean {
  const clean = path.replace(/\/$/, '');
  for (let dir = dirname(context); dir.startsWith(ROOT); dir = dirname(dir)) if (existsSync(join(dir, clean))) return true;
  return EVERY_FILE.some((f) => f.endsWith(`${sep}${clean.split('/').join(sep)}`));
}

const EVERY_FILE = ['src', 'test', 'machines', 'forms', 'public'].flatMap((d) => filesUnder(join(ROOT, d)));

describe('every path a CONTEXT.md names exists', () => {
  it.each(contexts(join(ROOT, 'src')).map((f) => [relative(ROOT, f), f] as const))('%s', (_name, file) => {
    const missing = namedPaths(readFileSync(file, 'utf8')).filter((p) => !exists(file, p));
    expect(missing).toEqual([]);
  });

  it('reads paths, not placeholders or code', () => {
    expect(namedPaths('see `engine/model/Role.ts`, `forms/<type>-*`, `src/processes/`, `a.b` and `guards.ts`.')).toEqual([
      'engine/model/Role.ts',
      'src/processes/',
      'guards.ts',
    ]);
  });
});
