import { lazy, Suspense, use } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { useBaseServices } from '../kit/services';

/** A page's module, loaded when the page is first shown (not with the first rows). */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

function AfterReady({ children }: { children: ReactNode }): ReactNode {
  const { ready } = useBaseServices();
  if (ready) use(ready());
  return children;
}

/**
 * A page that is not one of the first lists: shown once its module and what it validates with (`BaseServices.ready`)
 * have loaded, with a Swedish line meanwhile.
 */
export function LaterPage({ what, children }: { what: string; children: ReactNode }) {
  return (
    <Suspense fallback={<p aria-live="polite">Läser in {what} …</p>}>
      <AfterReady>{children}</AfterReady>
    </Suspense>
  );
}
