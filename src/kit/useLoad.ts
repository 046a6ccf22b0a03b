import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Loads async data for a view; `reload` re-runs it (after a submit, or another tab's change) and resolves once
 * the fresh data is shown, so a "Sparat" notice never sits beside the state from before the save.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): { data: T | undefined; error: Error | undefined; reload(): Promise<void>; put(data: T): void } {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  const [tick, setTick] = useState(0);
  const waiting = useRef<(() => void)[]>([]);
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    const waiters = waiting.current.splice(0);
    const settle = (next: { data?: T; error?: Error }) => {
      if (!live) return;
      setState(next);
      for (const w of waiters.splice(0)) w();
    };
    run().then(
      (data) => settle({ data }),
      (error: Error) => settle({ error }),
    );
    return () => {
      // A newer load replaces this one (its cleanup runs before that effect): the waiters wait for that load.
      live = false;
      waiting.current.push(...waiters);
    };
  }, [run, tick]);
  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setTick((t) => t + 1);
      }),
    [],
  );
  // What the view already knows (a save's answer): shown without loading again.
  const put = useCallback((data: T) => setState({ data }), []);
  return { data: state.data, error: state.error, reload, put };
}
