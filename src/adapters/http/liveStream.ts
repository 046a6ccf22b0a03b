/**
 * One EventSource for the whole app, opened on the first subscriber. After a reconnect, changes
 * may have been missed, so subscribers are told to refresh everything (`*`).
 */
export function liveStream(url = '/api/stream') {
  const subscribers = new Set<(arendeId: string, seq?: number) => void>();
  let source: EventSource | undefined;
  let lostContact = false;

  function open() {
    source = new EventSource(url, { withCredentials: true });
    source.addEventListener('arende', (e) => {
      const { arendeId, seq } = JSON.parse((e as MessageEvent<string>).data) as { arendeId: string; seq?: number };
      for (const cb of subscribers) cb(arendeId, typeof seq === 'number' ? seq : undefined);
    });
    source.addEventListener('open', () => {
      if (lostContact) for (const cb of subscribers) cb('*');
      lostContact = false;
    });
    source.addEventListener('error', () => {
      lostContact = true;
    });
  }

  return {
    subscribe(cb: (arendeId: string, seq?: number) => void): () => void {
      subscribers.add(cb);
      if (!source && typeof EventSource !== 'undefined') open();
      return () => {
        subscribers.delete(cb);
      };
    },
    close() {
      source?.close();
      source = undefined;
    },
  };
}
