import { useEffect } from 'react';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { useLoad } from '../../kit/useLoad';
import { usePackUi } from '../../kit/usePackUi';

/** The ärende as the server shows it to this person, its process's React part, re-read when someone changes it. */
export function useArende(id: string) {
  const services = useServices();
  const { backend } = services;
  const { user } = useSession();
  const { data, error, reload } = useLoad(() => backend.arende(id), [backend, id, user]);
  const packUi = usePackUi(data?.state.open.processType);

  // Another person's step shows up here as soon as the server tells us.
  useEffect(
    () =>
      services.subscribe((changed) => {
        if (changed === id || changed === '*') reload();
      }),
    [services, id, reload],
  );

  return { data, error, reload, packUi };
}
