import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CLIENT_HEADER, SESSION_COOKIE } from '../../src/server/http/buildApp';

const ROOT = join(import.meta.dirname, '..', '..');

/** A free port on localhost (asked of the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('ingen port'))));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote (for a failing test's message). */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `src/server/main.ts` as its own process, as in production, and waits until it answers. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KF_STATIC_ROOT: join(ROOT, 'dist-e2e'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`Servern avslutades vid start:\n${out}`);
    try {
      if ((await fetch(`${url}/api/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`Servern svarade inte inom 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => out,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A demo session on a server: headers that carry its cookie and the client header. */
export function demoSession(url: string, userId: string): Promise<Record<string, string>> {
  return sessionFrom(`${url}/api/session/demo`, { userId }, userId);
}

/** A session signed in with a local account's user name and password. */
export function passwordSession(url: string, username: string, password: string): Promise<Record<string, string>> {
  return sessionFrom(`${url}/api/session/local`, { username, password }, username);
}

/** A session opened by replacing the one-time password the administratör set with one's own (issue 22). */
export function oneTimeSession(url: string, username: string, oneTime: string, own: string): Promise<Record<string, string>> {
  return sessionFrom(`${url}/api/session/local/byt-losenord`, { username, password: oneTime, newPassword: own }, username);
}

async function sessionFrom(endpoint: string, body: unknown, who: string): Promise<Record<string, string>> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_HEADER]: '1' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Inloggning som ${who}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!
    .split(';')[0]!;
  return { cookie, [CLIENT_HEADER]: '1', 'content-type': 'application/json' };
}
