import { useEffect, useRef, useState } from 'react';
import type { Services } from '../../kit/services';
import { DRAFT_RESTORED } from './draftRestored';

const DRAFT_DELAY_MS = 400;

type Data = Record<string, unknown>;

/**
 * A form's data with its draft: loaded once per `draftKey` (else `initial`), saved shortly after typing, flushed when the
 * page hides or the form goes away, and replaced when a draft is put back from elsewhere (the outbox).
 */
export function useFormDraft(draftKey: string, drafts: Services['drafts'], initial: Data | undefined, fixed: Data | undefined) {
  const [data, setData] = useState<Data | undefined>(undefined);
  const [fromInitial, setFromInitial] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What is typed but not yet saved: flushed when the form goes away, so no keystroke is lost.
  const pending = useRef<Data | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const start = (draft: Data | undefined) => {
      if (!live) return;
      setFromInitial(!draft && initial !== undefined && Object.keys(initial).length > 0);
      setData({ ...(draft ?? initial ?? {}), ...fixed });
    };
    drafts.load(draftKey).then(
      (d) => start(d as Data | undefined),
      () => start(undefined),
    );
    const flush = async () => {
      clearTimeout(timer.current);
      const typed = pending.current;
      pending.current = undefined;
      if (typed) await drafts.save(draftKey, typed);
    };
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    // A draft put back from elsewhere (a refused rapport from the outbox) replaces an open, untouched form.
    const onRestored = (e: Event) => {
      if ((e as CustomEvent<string>).detail !== draftKey) return;
      pending.current = undefined;
      void drafts.load(draftKey).then((d) => {
        if (!live || !d) return;
        setFromInitial(false);
        setData({ ...(d as Data), ...fixed });
      });
    };
    window.addEventListener(DRAFT_RESTORED, onRestored);
    const untrack = drafts.track?.(flush);
    return () => {
      live = false;
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener(DRAFT_RESTORED, onRestored);
      untrack?.();
      void flush();
    };
    // The draft is loaded once per form; later prop changes must not overwrite what the user typed.
  }, [draftKey]);

  /** Shows what was typed and saves it as the draft after a short pause. */
  const change = (next: Data) => {
    setData(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = undefined;
      void drafts.save(draftKey, next);
    }, DRAFT_DELAY_MS);
  };
  /** Drops the unsaved typing (the form is being sent). */
  const settle = () => {
    clearTimeout(timer.current);
    pending.current = undefined;
  };
  return { data, fromInitial, change, settle };
}
