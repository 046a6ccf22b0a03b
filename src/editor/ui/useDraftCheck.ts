import { useDeferredValue, useMemo } from 'react';
import { buildStateGraph, diffDefinitions } from '../../engine/index';
import type { FormSpec, ProcessDefinition } from '../../engine/index';
import { useServices } from '../../kit/services';

/** The draft's graph, its forms, its changes against `latest` and the verifier's live verdict (deferred while typing). */
export function useDraftCheck(latest: ProcessDefinition | undefined, present: ProcessDefinition | undefined) {
  const { backend } = useServices();
  const deferred = useDeferredValue(present);
  const graph = useMemo(() => (present ? buildStateGraph(present.machine) : undefined), [present]);
  const verdict = useMemo(() => (deferred ? backend.verifyDraft(deferred) : undefined), [deferred, backend]);
  const forms = useMemo<Record<string, FormSpec>>(
    () => ({ ...backend.registry.catalog.forms, ...(present?.forms ?? {}) }),
    [present, backend],
  );
  const changes = useMemo(
    () => (latest && present ? diffDefinitions(latest, present, { ...backend.registry.catalog, forms }) : []),
    [latest, present, forms, backend],
  );
  return { graph, forms, changes, violations: verdict?.violations ?? [], checking: deferred !== present };
}
