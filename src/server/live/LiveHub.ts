import type { ServerResponse } from 'node:http';
import type { ScopedRow } from '../../engine/index';

/** Who may hear about a changed ärende: the stream checks each listener's right to read it. */
export interface LiveListener {
  userId: string;
  mayHear(row: ScopedRow): boolean;
  res: ServerResponse;
}

/**
 * Server-Sent Events to this instance's browsers. Changes reach it from PostgreSQL's
 * LISTEN/NOTIFY, so a step saved on any instance shows up on every instance.
 */
export class LiveHub {
  private readonly listeners = new Set<LiveListener>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly rowOf: (arendeId: string) => Promise<ScopedRow | undefined>) {
    // A comment line every 25 s keeps proxies from closing an idle stream.
    this.heartbeat = setInterval(() => {
      for (const l of this.listeners) l.res.write(': puls\n\n');
    }, 25_000);
    this.heartbeat.unref();
  }

  add(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  /**
   * Tells every listener who may read the ärende that it changed (the id only: they fetch what they
   * may see). `*` (an import, or notifications possibly missed) tells everyone to refresh.
   */
  async changed(arendeId: string): Promise<void> {
    if (this.listeners.size === 0) return;
    if (arendeId === '*') {
      const refresh = `event: arende\ndata: ${JSON.stringify({ arendeId: '*' })}\n\n`;
      for (const l of this.listeners) l.res.write(refresh);
      return;
    }
    const row = await this.rowOf(arendeId);
    if (!row) return;
    const message = `event: arende\ndata: ${JSON.stringify({ arendeId })}\n\n`;
    for (const l of this.listeners) if (l.mayHear(row)) l.res.write(message);
  }

  /** Ends every stream (shutdown): browsers reconnect to another instance by themselves. */
  closeAll(): void {
    clearInterval(this.heartbeat);
    for (const l of this.listeners) l.res.end();
    this.listeners.clear();
  }
}
