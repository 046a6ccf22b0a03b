import type { ServerResponse } from 'node:http';
import type { ScopedRow } from '../../engine/index';

/** Whom a listener may hear about, and until when (ISO) that answer holds at most: the session's idle or absolute end. */
export interface LiveGrant {
  may(row: ScopedRow): boolean;
  until: string;
}

/** An ärende's list row as the hub reads it: whom it concerns, and its newest seq. */
export type LiveRow = ScopedRow & { arendeId: string; lastSeq?: number };

const messageOf = (arendeId: string, seq?: number) =>
  `event: arende\ndata: ${JSON.stringify(seq === undefined ? { arendeId } : { arendeId, seq })}\n\n`;

const write = (l: LiveListener, text: string) => void (text && l.res.write(text));

/** One browser's stream: its person, how to resolve her access (session and roles) afresh, and her response. */
export interface LiveListener {
  userId: string;
  /** Undefined when the session has ended (signed out, expired, person gone). */
  resolve(): Promise<LiveGrant | undefined>;
  res: ServerResponse;
}

export interface LiveHubOptions {
  /** The server's clock (ISO instant). */
  now?: () => string;
  /** The directory's generation: it moves whenever the organisation or anyone's roles may have changed. */
  directoryGeneration?: () => number;
}

/** A listener's resolved access, the directory generation it was resolved under, and whether something ended it since. */
interface Held {
  grant?: LiveGrant;
  generation: number;
  invalid?: boolean;
  pending?: Promise<LiveGrant | undefined>;
  pendingGeneration?: number;
}

/**
 * Server-Sent Events to this instance's browsers. Changes reach it from PostgreSQL's
 * LISTEN/NOTIFY, so a step saved on any instance shows up on every instance.
 */
export class LiveHub {
  private readonly listeners = new Map<LiveListener, Held>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly now: () => string;
  private readonly generation: () => number;
  // The changes waiting for the next send, that send, and the read of rows before it (sends follow one another).
  private readonly queued = new Set<string>();
  private next: Promise<void> | undefined;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly rowsOf: (arendeIds: string[]) => Promise<LiveRow[]>,
    opts: LiveHubOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date().toISOString());
    this.generation = opts.directoryGeneration ?? (() => 0);
    // A comment line every 25 s keeps proxies from closing an idle stream; every access is resolved afresh then (a safety net,
    // so messages meanwhile still go by the access held: nothing known has changed it).
    this.heartbeat = setInterval(() => {
      for (const l of this.listeners.keys()) {
        l.res.write(': puls\n\n');
        void this.grantOf(l);
      }
    }, 25_000);
    this.heartbeat.unref();
  }

  add(listener: LiveListener): () => void {
    this.listeners.set(listener, { generation: this.generation() });
    // Resolved when the stream opens, not all at once at the first message after thousands opened.
    void this.grantOf(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  /**
   * Tells every listener who may read the ärende now that it changed (the id and its newest seq: they fetch what
   * they may see, unless they hold that seq already). `*` (an import, or notifications possibly missed) tells everyone to refresh.
   * Changes arriving while the previous ones are read go out together: one read of their rows, one write per listener.
   */
  changed(arendeId: string): Promise<void> {
    if (this.listeners.size === 0) return Promise.resolve();
    this.queued.add(arendeId);
    if (!this.next) {
      const sent = this.reading.then(() => {
        this.next = undefined;
        const ids = [...this.queued];
        this.queued.clear();
        return this.send(ids);
      });
      this.reading = sent.then(
        () => undefined,
        () => undefined,
      );
      this.next = sent.then((s) => s.delivered);
    }
    return this.next;
  }

  /**
   * Reads the rows, then writes at once to every listener whose access holds (a synchronous predicate each); `delivered`
   * settles when the listeners whose access had to be resolved again were told too.
   */
  private async send(ids: string[]): Promise<{ delivered: Promise<void> }> {
    const named = ids.filter((id) => id !== '*');
    const rows = named.length ? await this.rowsOf(named) : [];
    const messages = rows.map((row) => ({ row, text: messageOf(row.arendeId, row.lastSeq) }));
    const all = ids.includes('*') ? messageOf('*') : undefined;
    const textFor = (grant: LiveGrant) => (all ?? '') + messages.map((m) => (grant.may(m.row) ? m.text : '')).join('');
    const now = this.now();
    const generation = this.generation();
    const stale: LiveListener[] = [];
    for (const [l, held] of this.listeners) {
      const grant = held.generation === generation && !held.invalid ? held.grant : undefined;
      if (!grant || grant.until <= now) stale.push(l);
      else write(l, textFor(grant));
    }
    const late = stale.map(async (l) => {
      const grant = await this.grantOf(l);
      if (grant && grant.until > now) write(l, textFor(grant));
    });
    return { delivered: Promise.all(late).then(() => undefined) };
  }

  /**
   * Resolves access again (of one person, after a sign-out or a session ended on any instance; else of everyone) and closes
   * the streams whose session has ended.
   */
  async recheck(userId?: string): Promise<void> {
    const of = [...this.listeners].filter(([l]) => userId === undefined || l.userId === userId);
    for (const [, held] of of) {
      held.invalid = true;
      held.pending = undefined;
    }
    await Promise.all(of.map(([l]) => this.grantOf(l)));
  }

  /** Ends every stream (shutdown): browsers reconnect to another instance by themselves. */
  closeAll(): void {
    clearInterval(this.heartbeat);
    for (const l of this.listeners.keys()) l.res.end();
    this.listeners.clear();
  }

  /**
   * The listener's access, resolved afresh (messages arriving meanwhile share the resolution); an ended session closes its
   * stream. A failed check delivers nothing and keeps the stream, and is not kept.
   */
  private grantOf(l: LiveListener): Promise<LiveGrant | undefined> {
    const held = this.listeners.get(l);
    if (!held) return Promise.resolve(undefined);
    const generation = this.generation();
    // One begun before the directory changed may carry the old roles: only the messages that waited for it get its answer.
    if (held.pending && held.pendingGeneration === generation) return held.pending;
    const pending = l.resolve().then(
      (grant) => {
        // Invalidated while resolving (a sign-out, a role change): the answer serves the messages that waited, nothing later.
        if (held.pending === pending) held.pending = undefined;
        else return grant;
        held.grant = grant;
        held.generation = generation;
        held.invalid = false;
        if (!grant && this.listeners.delete(l)) l.res.end();
        return grant;
      },
      () => {
        if (held.pending === pending) held.pending = undefined;
        return { may: () => false, until: '' };
      },
    );
    held.pending = pending;
    held.pendingGeneration = generation;
    return pending;
  }
}
