import { useCallback, useEffect, useRef } from 'react';
import type { ArendeOnClient, Saved } from '../../api/Backend';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { useLoad } from '../../kit/useLoad';
import { usePackUi } from '../../kit/usePackUi';

/** A change the shown ärende does not hold yet (no seq: cannot tell, so yes). */
const isNew = (shown: ArendeOnClient | null | undefined, seq: number | undefined) =>
  seq === undefined || seq >= (shown?.state.events.length ?? 0);

/**
 * The ärende as the server shows it to this person, its process's React part, re-read when someone else changes it.
 * Her own save appends the answer's events (`saving`); the stream's echo of a seq already shown reads nothing.
 */
export function useArende(id: string) {
  const services = useServices();
  const { backend } = services;
  const { user } = useSession();
  const { data, error, reload, put } = useLoad(() => backend.arende(id), [backend, id, user]);
  const packUi = usePackUi(data?.state.open.processType);
  const shown = useRef<ArendeOnClient | null | undefined>(data);
  shown.current = data;
  // While a save is on its way, what the stream says waits for its answer (the echo may come first).
  const pending = useRef<{ seq: number } | undefined>(undefined);

  // Another person's step shows up here as soon as the server tells us.
  useEffect(
    () =>
      services.subscribe((changed, seq) => {
        if (changed !== id && changed !== '*') return;
        const at = changed === '*' ? undefined : seq;
        if (pending.current) pending.current.seq = Math.max(pending.current.seq, at ?? Infinity);
        else if (isNew(shown.current, at)) void reload();
      }),
    [services, id, reload],
  );

  /** Runs a save; its answer's events are appended, or the ärende is read again when they do not follow on. */
  const saving = useCallback(
    async <T>(send: () => Promise<T>, savedOf: (r: T) => Saved | undefined): Promise<T> => {
      pending.current = { seq: -1 };
      try {
        const r = await send();
        const saved = savedOf(r);
        const next = saved?.events && shown.current ? backend.advance(shown.current, saved) : null;
        if (next) {
          shown.current = next;
          put(next);
        } else if (saved) await reload();
        return r;
      } finally {
        const heard = pending.current?.seq ?? -1;
        pending.current = undefined;
        if (heard >= 0 && isNew(shown.current, heard)) void reload();
      }
    },
    [backend, put, reload],
  );

  return { data, error, reload, saving, packUi };
}
