import type { PackUi } from '../processes/PackUi';
import { useLoad } from './useLoad';

// Each pack's React part sits beside it as <type>/ui.tsx: found by its place, so no second list names them,
// and loaded only when an ärende of that process needs it.
const MODULES = import.meta.glob<{ ui: PackUi }>('../processes/*/ui.tsx');

/** The loader of a process's React part, if it has one. */
export function packUiLoader(processType: string): (() => Promise<{ ui: PackUi }>) | undefined {
  return MODULES[`../processes/${processType}/ui.tsx`];
}

/** A process's React part (print documents, step panels), loaded on first use; empty for a pack without one. */
export function usePackUi(processType: string | undefined): PackUi | undefined {
  const { data } = useLoad(async () => {
    const load = processType ? packUiLoader(processType) : undefined;
    // A part that cannot be fetched (the network, a new deploy) leaves the ärende usable without its panels and prints.
    const ui = load ? await load().then((m) => m.ui, () => ({}) satisfies PackUi) : {};
    return { processType, ui };
  }, [processType]);
  // Until the asked-for process's part is here, an earlier one (or none) must not stand in for it.
  return data && data.processType === processType ? data.ui : undefined;
}
