import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './serverProcess';

/** Debian's PostgreSQL binaries (the newest installed major). */
function pgBin(tool: string): string {
  const base = '/usr/lib/postgresql';
  const major = readdirSync(base).sort((a, b) => Number(b) - Number(a))[0];
  return join(base, major!, 'bin', tool);
}

export function privatePostgresAvailable(): boolean {
  return existsSync('/usr/lib/postgresql') && process.getuid?.() === 0;
}

const asPostgres = (tool: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', pgBin(tool), ...args], { stdio: 'pipe' });

/**
 * A PostgreSQL cluster of the test's own, on its own port, so it can be stopped and restarted
 * without touching the shared server other tests use. Needs root (initdb runs as `postgres`).
 */
export async function privatePostgres(): Promise<{ url: string; stop(): void; start(): void; restart(): void; destroy(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'kf-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  const ctl = (...args: string[]) => asPostgres('pg_ctl', ['-D', data, '-w', '-t', '60', ...args]);
  const start = () => ctl('-o', opts, '-l', join(dir, 'log'), 'start');
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: () => ctl('-m', 'fast', 'stop'),
    restart: () => ctl('-m', 'fast', '-o', opts, '-l', join(dir, 'log'), 'restart'),
    destroy() {
      try {
        ctl('-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
