import type { ProcessRow } from '../../api/contract';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';

/** Every open ärende of the process on a version below `target`, without its content (page by page: a list can be long). */
export function useRunning(id: string, target: number, tick: number): ProcessRow[] | undefined {
  const { backend } = useServices();
  const { data } = useLoad(async () => {
    const all: ProcessRow[] = [];
    let after: string | undefined;
    do {
      const page = await backend.running(id, { belowVersion: target, limit: 500, ...(after ? { after } : {}) });
      all.push(...page.rows);
      after = page.next;
    } while (after);
    return all;
  }, [backend, id, target, tick]);
  return data;
}
