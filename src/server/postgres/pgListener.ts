import pg from 'pg';
import { DbUnavailableError } from './DbUnavailableError';

type Handler = { onPayload: (payload: string) => void; onResubscribed: (() => void) | undefined };

const MAX_BACKOFF_MS = 5000;

/**
 * LISTEN on one dedicated connection (a pooled one would be handed to other queries). When the
 * connection drops, e.g. on a server restart, it reconnects with backoff and LISTENs again.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly channels = new Map<string, Set<Handler>>();
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;

  constructor(private readonly config: pg.ClientConfig) {}

  async listen(channel: string, onPayload: (payload: string) => void, onResubscribed?: () => void): Promise<() => Promise<void>> {
    const handler: Handler = { onPayload, onResubscribed };
    let set = this.channels.get(channel);
    const fresh = !set;
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(handler);
    try {
      const client = await this.connected();
      if (fresh) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (e) {
      this.remove(channel, handler);
      throw e instanceof DbUnavailableError ? e : new DbUnavailableError(e);
    }
    return () => this.unlisten(channel, handler);
  }

  private remove(channel: string, handler: Handler): boolean {
    const set = this.channels.get(channel);
    if (!set) return false;
    set.delete(handler);
    if (set.size > 0) return false;
    this.channels.delete(channel);
    return true;
  }

  private async unlisten(channel: string, handler: Handler): Promise<void> {
    if (!this.remove(channel, handler) || !this.client) return;
    // The connection may be gone already; a new one will simply not LISTEN on this channel.
    await this.client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
  }

  private connected(): Promise<pg.Client> {
    if (this.closed) return Promise.reject(new DbUnavailableError());
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client(this.config);
    client.on('notification', (msg) => {
      for (const h of [...(this.channels.get(msg.channel) ?? [])]) h.onPayload(msg.payload ?? '');
    });
    // Without an 'error' listener a dropped connection would crash the process.
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      throw new DbUnavailableError();
    }
    this.client = client;
    return client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.closed || this.timer || this.channels.size === 0) return;
    const delay = Math.min(MAX_BACKOFF_MS, 100 * 2 ** this.failures);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connected().then(
        () => {
          this.failures = 0;
          for (const set of this.channels.values()) for (const h of [...set]) h.onResubscribed?.();
        },
        () => {
          this.failures++;
          this.reconnectLater();
        },
      );
    }, delay);
    // A server that is shutting down must not be kept alive by a reconnect attempt.
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
