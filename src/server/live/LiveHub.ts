import type { ServerResponse } from 'node:http';
import type { ScopedRow } from '../../engine/index';

/** Whom a listener may hear about now, or undefined when its session has ended (signed out, expired, person gone). */
export type LiveAccess = ((row: ScopedRow) => boolean) | undefined;

/** One browser's stream: its person, and her access resolved again (session and roles) for every message. */
export interface LiveListener {
  userId: string;
  access(): Promise<LiveAccess>;
  res: ServerResponse;
}

/**
 * Server-Sent Events to this instance's browsers. Changes reach it from PostgreSQL's
 * LISTEN/NOTIFY, so a step saved on any instance shows up on every instance.
 */
export class LiveHub {
  private readonly listeners = new Set<LiveListener>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly rowOf: (arendeId: string) => Promise<(ScopedRow & { lastSeq?: number }) | undefined>) {
    // A comment line every 25 s keeps proxies from closing an idle stream; an ended session's stream closes then too.
    this.heartbeat = setInterval(() => {
      for (const l of this.listeners) l.res.write(': puls\n\n');
      void this.recheck();
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
   * Tells every listener who may read the ärende now that it changed (the id and its newest seq: they fetch what
   * they may see, unless they hold that seq already). `*` (an import, or notifications possibly missed) tells everyone to refresh.
   */
  async changed(arendeId: string): Promise<void> {
    if (this.listeners.size === 0) return;
    const row = arendeId === '*' ? undefined : await this.rowOf(arendeId);
    if (arendeId !== '*' && !row) return;
    const seq = row?.lastSeq;
    const message = `event: arende\ndata: ${JSON.stringify(seq === undefined ? { arendeId } : { arendeId, seq })}\n\n`;
    await Promise.all(
      [...this.listeners].map(async (l) => {
        const may = await this.accessOf(l);
        if (may && (!row || may(row))) l.res.write(message);
      }),
    );
  }

  /** Closes the streams whose session has ended (of one person, after her sign-out here; else of everyone). */
  async recheck(userId?: string): Promise<void> {
    await Promise.all([...this.listeners].filter((l) => userId === undefined || l.userId === userId).map((l) => this.accessOf(l)));
  }

  /** Ends every stream (shutdown): browsers reconnect to another instance by themselves. */
  closeAll(): void {
    clearInterval(this.heartbeat);
    for (const l of this.listeners) l.res.end();
    this.listeners.clear();
  }

  /** The listener's access now; an ended session closes its stream. A failed check delivers nothing and keeps the stream. */
  private async accessOf(l: LiveListener): Promise<LiveAccess> {
    const may = await l.access().catch(() => () => false);
    if (may || !this.listeners.has(l)) return may;
    this.listeners.delete(l);
    l.res.end();
    return undefined;
  }
}
