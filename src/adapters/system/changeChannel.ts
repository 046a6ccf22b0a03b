/** Tells other tabs of the same profile which ärende changed, so they re-read it instead of acting on stale state. */
export function createChangeChannel(name = 'kvalitetsflode') {
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
  return {
    announce(arendeIds: readonly string[]): void {
      for (const arendeId of arendeIds) channel?.postMessage({ arendeId });
    },
    subscribe(onChange: (arendeId: string) => void): () => void {
      if (!channel) return () => undefined;
      const listener = (e: MessageEvent<{ arendeId?: string }>) => e.data?.arendeId && onChange(e.data.arendeId);
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
  };
}
