import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Writes .br and .gz beside each text asset once at build time; the server sends them as they are (preCompressed). */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'kf-precompress',
    apply: 'build',
    configResolved: (c) => void (outDir = c.build.outDir),
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * The entry (src/boot.ts) sends the first requests, then imports the app: index.html preloads the app's chunks too, so
 * they load beside the entry, not after it. What is preloaded is what the first-load test and the bench count.
 */
function preloadApp(): Plugin {
  return {
    name: 'kf-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }): HtmlTagDescriptor[] {
        if (!bundle || !chunk) return [];
        const seen = new Set<string>([chunk.fileName, ...chunk.imports]);
        const add = (file: string): void => {
          const c = bundle[file];
          if (seen.has(file) || !c || c.type !== 'chunk') return;
          seen.add(file);
          c.imports.forEach(add);
        };
        chunk.dynamicImports.forEach(add);
        const app = [...seen].filter((f) => f !== chunk.fileName && !chunk.imports.includes(f));
        const css = app.flatMap((f) => [
          ...((bundle[f] as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []),
        ]);
        const link = (rel: string, f: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `/${f}` },
          injectTo: 'head',
        });
        return [...app.map((f) => link('modulepreload', f)), ...css.map((f) => link('stylesheet', f))];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadApp(), precompress()],
  server: { port: 5173 },
  // The budget is the initial JavaScript gzip-compressed (npm run bench prints it); the main chunk is ≈ 660 kB raw.
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    // The engine is pure (no effect at import): what the app reaches only through its barrels (`src/engine/internal.ts`),
    // such as the verifier, is then placed where it is used (the editor's chunk), not beside the first rows.
    rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false }] } },
  },
  test: {
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Two cores on this machine: more workers only make the property tests fight.
    maxWorkers: 2,
    // Three rooms: unit tests need nothing, server tests a PostgreSQL, and only the browser tests build the app
    // and seed a database first (so `vitest run <one unit file>` starts at once).
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}', 'test/{machines,forms,migrations,demo,docs,bench}/**/*.test.{ts,tsx}'] },
      },
      { extends: true, test: { name: 'server', include: ['test/{server,postgres,contracts,storage}/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.{ts,tsx}'], globalSetup: ['test/e2e/globalSetup.ts'] } },
    ],
  },
});
