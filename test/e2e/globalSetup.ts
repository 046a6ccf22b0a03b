import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app the test servers serve. */
    e2eStatic: string;
    /** A migrated PGlite data folder with the demo organisation and ärenden: each test file's server starts from a copy. */
    e2eTemplate: string;
  }
}

/** Builds the app once and prepares one seeded database that every Chromium test file copies. */
export default async function setup(project: TestProject) {
  const outDir = resolve('dist-e2e');
  await build({ logLevel: 'error', build: { outDir, sourcemap: false } });
  const template = mkdtempSync(join(tmpdir(), 'kf-e2e-mall-'));
  const server = await startServer(
    { ...readConfig({ KF_DATA_DIR: template, KF_DEMO: '1', PORT: '0' }), staticRoot: outDir },
    { logger: false },
  );
  await server.close();
  project.provide('e2eStatic', outDir);
  project.provide('e2eTemplate', template);
  return async () => {
    rmSync(template, { recursive: true, force: true });
  };
}
