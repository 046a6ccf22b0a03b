import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

/** Builds the app once and serves it with `vite preview` for the Chromium tests. */
export default async function setup(project: TestProject) {
  const outDir = 'dist-e2e';
  await build({ logLevel: 'error', build: { outDir, sourcemap: false } });
  const server = await preview({ logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Förhandsvisningsservern startade inte.');
  project.provide('e2eBaseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
