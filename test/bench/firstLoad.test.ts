import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialScripts } from './coldBench';

const ROOT = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'kf-firstload-'));
/** Every chunk's modules (paths from the repository root), as the bundler wrote them. */
const modulesOf = new Map<string, string[]>();

const recordModules: Plugin = {
  name: 'kf-record-modules',
  generateBundle(_options, bundle) {
    for (const [file, chunk] of Object.entries(bundle))
      if (chunk.type === 'chunk')
        modulesOf.set(
          file,
          chunk.moduleIds.map((id) => relative(ROOT, id.replace(/^\0/, ''))),
        );
  },
};

/** The modules index.html loads before anything runs: its entry and every modulepreload link (what the bench counts). */
const firstModules = () => initialScripts(out).flatMap((f) => modulesOf.get(f) ?? []);

describe('the first JavaScript (which modules, not how fast)', () => {
  beforeAll(async () => {
    await build({ root: ROOT, logLevel: 'silent', plugins: [recordModules], build: { outDir: out, emptyOutDir: true, sourcemap: false } });
  }, 170_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('holds the shell and the first lists, not the forms or their schemas, Ajv, IndexedDB, the verifier, the editor or a case', () => {
    const first = firstModules();
    expect(first).toContain('src/boot.ts');
    expect(first).toContain('src/ui/inbox/MinaUppgifter.tsx');
    expect(first).toContain('src/ui/arenden/AllaArenden.tsx');
    // The forms' schemas (forms/*/schema.json, ui.json) come in their own chunk after the first rows (`bundledForms`).
    const heavy = [
      /^forms\//,
      /^src\/adapters\/catalog\/bundledForms/,
      // The verifier and the migration proof are the editor's and the server's: the browser replays what the server proved.
      /^src\/engine\/verify\/(?!Violation)/,
      /^src\/engine\/migration\/proveMigration/,
      /^src\/adapters\/http\/draftVerifier/,
      /node_modules\/@rjsf\//,
      /node_modules\/ajv/,
      /node_modules\/dexie\//,
      /node_modules\/@dagrejs\//,
      /^src\/editor\//,
    ];
    const pages = [/^src\/ui\/reports\//, /^src\/ui\/case\//, /^src\/ui\/report\//, /^src\/ui\/admin\//, /^src\/adapters\/ajv\/create/];
    expect(first.filter((m) => [...heavy, ...pages].some((p) => p.test(m)))).toEqual([]);
  });

  it('preloads the app beside the entry, so nothing it needs waits for the entry to run', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const main = [...modulesOf].find(([, ids]) => ids.includes('src/main.tsx'))![0];
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="/${main}">`);
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css">/);
  });
});
