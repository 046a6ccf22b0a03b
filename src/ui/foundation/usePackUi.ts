import { packOf } from '../../processes/registry';
import type { PackUi } from '../../processes/PackUi';
import { useLoad } from './useLoad';

/** A process's React part (print documents, step panels), loaded on first use; empty for a pack without one. */
export function usePackUi(processType: string | undefined): PackUi | undefined {
  const { data } = useLoad(async () => {
    const load = processType ? packOf(processType)?.ui : undefined;
    return { processType, ui: load ? (await load()).ui : {} };
  }, [processType]);
  // Until the asked-for process's part is here, an earlier one (or none) must not stand in for it.
  return data && data.processType === processType ? data.ui : undefined;
}
