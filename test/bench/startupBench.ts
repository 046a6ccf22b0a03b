/**
 * The check of the log at start (issue 24, Build 5), measured: the whole check at a first start, then the incremental
 * one after a clean stop (SIGTERM writes the signed record). Both times are the server's own (`kf_start_check_seconds`).
 */
import type { ServerProcess } from '../support/serverProcess';

export interface StartFigure {
  kind: string;
  ok: boolean;
  seconds: number;
}

/** The start check's figure from `/metrics` (loopback, so no token), once it has finished. */
export async function startFigure(server: ServerProcess, timeoutMs = 600_000): Promise<StartFigure> {
  for (const until = Date.now() + timeoutMs; Date.now() < until;) {
    const res = await fetch(`${server.url}/metrics`);
    const line = /^kf_start_check_seconds\{kind="(\w+)",ok="(\w+)"\} (\S+)$/m.exec(await res.text());
    if (line) return { kind: line[1]!, ok: line[2] === 'true', seconds: Number(line[3]) };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Kontrollen vid start blev inte klar.');
}

/** Stops the server cleanly and starts it again: the whole check's figure before, the incremental one after. */
export async function cleanRestart(
  server: ServerProcess,
  spawn: () => Promise<ServerProcess>,
): Promise<{ server: ServerProcess; whole: StartFigure; incremental: StartFigure; readyMs: number }> {
  const whole = await startFigure(server);
  await server.kill('SIGTERM');
  const t0 = performance.now();
  const next = await spawn();
  const readyMs = performance.now() - t0;
  return { server: next, whole, incremental: await startFigure(next), readyMs };
}
