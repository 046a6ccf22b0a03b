import { useEffect, useRef } from 'react';

/**
 * Keyboard focus that survives a re-render: elements register under a key (`focusable(key)` as a ref), and
 * `focusLater(key)` moves focus to that element after the next render (a moved row, a confirmation button).
 */
export function useFocusAfterRender(): { focusable(key: string): (el: HTMLElement | null) => void; focusLater(key: string): void } {
  const focusables = useRef(new Map<string, HTMLElement>());
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const key = pending.current;
    if (key === null) return;
    pending.current = null;
    focusables.current.get(key)?.focus();
  });
  return {
    focusable: (key) => (el) => {
      if (el) focusables.current.set(key, el);
      else focusables.current.delete(key);
    },
    focusLater: (key) => void (pending.current = key),
  };
}
