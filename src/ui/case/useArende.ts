import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ArendeOnClient, Saved } from '../../api/Backend';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { useLoad } from '../../kit/useLoad';
import { usePackUi } from '../../kit/usePackUi';
import { echoGate } from './echoGate';

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
  const gate = useMemo(
    () =>
      echoGate(
        () => shown.current?.state.events.length ?? 0,
        () => void reload(),
      ),
    [reload],
  );

  // Another person's step shows up here as soon as the server tells us.
  useEffect(
    () =>
      services.subscribe((changed, seq) => {
        if (changed === id || changed === '*') gate.heard(changed === '*' ? undefined : seq);
      }),
    [services, id, gate],
  );

  /** Runs a save; its answer's events are appended, or the ärende is read again when they do not follow on. */
  const saving = useCallback(
    async <T>(send: () => Promise<T>, savedOf: (r: T) => Saved | undefined): Promise<T> => {
      gate.saveStarted();
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
        gate.saveEnded();
      }
    },
    [backend, put, reload, gate],
  );

  return { data, error, reload, saving, packUi };
}
