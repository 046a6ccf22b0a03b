import type { PackUi, PackUiLoaders } from './PackUi';
import { useContext } from 'react';
import { BaseServicesContext, ServicesContext } from './services';
import { useLoad } from './useLoad';

/** The loaders keyed by process type, from an `import.meta.glob` of `../processes/*\/ui.tsx` (keys are its paths). */
export function packUiLoaders(modules: Readonly<Record<string, () => Promise<{ ui: PackUi }>>>): PackUiLoaders {
  return Object.fromEntries(Object.entries(modules).map(([path, load]) => [path.split('/').at(-2)!, load]));
}

/** A process's React part (print documents, step panels), loaded on first use; empty for a pack without one. */
export function usePackUi(processType: string | undefined): PackUi | undefined {
  // Signed in or not (the public form), the loaders are the composition root's.
  const signedIn = useContext(ServicesContext);
  const base = useContext(BaseServicesContext);
  const packUi = (signedIn ?? base)?.packUi;
  const { data } = useLoad(async () => {
    const load = processType ? packUi?.[processType] : undefined;
    // A part that cannot be fetched (the network, a new deploy) leaves the ärende usable without its panels and prints.
    const ui = load
      ? await load().then(
          (m) => m.ui,
          () => ({}) satisfies PackUi,
        )
      : {};
    return { processType, ui };
  }, [processType, packUi]);
  // Until the asked-for process's part is here, an earlier one (or none) must not stand in for it.
  return data && data.processType === processType ? data.ui : undefined;
}
