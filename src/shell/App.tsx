import { Suspense, useEffect, useMemo, useState } from 'react';
import type { SessionInfo } from '../api/contract';
import { useRoute } from '../kit/router';
import { ServicesContext, useBaseServices } from '../kit/services';
import type { BaseServices, Services } from '../kit/services';
import { SessionContext } from '../kit/session';
import { useLoad } from '../kit/useLoad';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { MainNav } from './MainNav';
import { TITLES } from './navigation';
import { OutboxNotice } from '../ui/outbox/OutboxNotice';
import { RoutedPage } from './RoutedPage';
import { LaterPage, lazyPage } from './LaterPage';

// The print view, the public form and the sign-in are never the first rows: loaded when opened.
const LoginPicker = lazyPage(() => import('./LoginPicker').then((m) => m.LoginPicker));
const PrintView = lazyPage(() => import('../ui/case/PrintView').then((m) => m.PrintView));
const PublicIntakePage = lazyPage(() => import('../ui/intake/PublicIntakePage').then((m) => m.PublicIntakePage));

/** The public form needs no account and shows nothing of anyone's session. */
function PublicForm({ typ, backend }: { typ: string; backend: BaseServices['backend'] }) {
  return (
    <LaterPage what="formuläret">
      <PublicIntakePage processType={typ} backend={backend} />
    </LaterPage>
  );
}

/** The shell: sign-in through a server session, navigation for the signed-in person's roles, and the routed page. */
export function App() {
  const base = useBaseServices();
  const route = useRoute();
  const { data: initial, error } = useLoad(() => base.backend.session(), [base]);
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const current = session === undefined ? (initial ?? undefined) : (session ?? undefined);
  const loading = session === undefined && initial === undefined && !error;

  useEffect(() => base.backend.onSessionLost(() => setSession(null)), [base]);
  useEffect(() => {
    document.title = current || route.page === 'lamna' ? `${TITLES[route.page]} – Kvalitetsflöde` : 'Logga in – Kvalitetsflöde';
  }, [route.page, current]);

  const services = useMemo<Services | undefined>(
    () =>
      current && {
        ...base,
        org: current.org,
        people: current.people,
        catalog: base.backend.registry.catalog,
        subscribe: (cb) => base.backend.subscribe(cb),
      },
    [base, current],
  );
  const signOut = async (everywhere = false) => {
    await base.backend.signOut({ everywhere }).catch(() => undefined);
    setSession(null);
  };

  // The public form needs no account and shows nothing of anyone's session.
  if (route.page === 'lamna') return <PublicForm typ={route.typ} backend={base.backend} />;
  if (loading) return <p aria-live="polite">Läser in Kvalitetsflöde …</p>;
  if (error && !current)
    return (
      <main id="huvudinnehall">
        <h1>Kvalitetsflöde kunde inte nå servern</h1>
        <p role="alert">{error.message}</p>
        <button type="button" onClick={() => location.reload()}>
          Försök igen
        </button>
      </main>
    );
  if (!current || !services)
    return (
      <>
        <AppHeader />
        <Suspense fallback={<p aria-live="polite">Läser in inloggningen …</p>}>
          <LoginPicker onSignedIn={setSession} />
        </Suspense>
      </>
    );

  const sessionValue = { user: current.user, signOut: () => void signOut() };
  return (
    <ServicesContext.Provider value={services}>
      <SessionContext.Provider value={sessionValue}>
        {route.page === 'utskrift' ? (
          <ErrorBoundary what="Utskriften">
            <LaterPage what="utskriften">
              <PrintView id={route.id} dokument={route.dokument} />
            </LaterPage>
          </ErrorBoundary>
        ) : (
          <>
            <AppHeader session={current} signOut={(everywhere) => void signOut(everywhere)} />
            <MainNav user={current.user} route={route} />
            <OutboxNotice />
            <main id="huvudinnehall" tabIndex={-1}>
              <ErrorBoundary what={TITLES[route.page]} key={`${route.page}/${'id' in route ? route.id : ''}`}>
                <RoutedPage route={route} user={current.user} />
              </ErrorBoundary>
            </main>
          </>
        )}
      </SessionContext.Provider>
    </ServicesContext.Provider>
  );
}
