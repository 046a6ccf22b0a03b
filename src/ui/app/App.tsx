import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { SessionInfo } from '../../api/contract';
import { may } from '../../api/access';
import { AllaArenden } from '../arenden/AllaArenden';
import { CaseView } from '../case/CaseView';
import { PrintView } from '../case/PrintView';
import { MinaUppgifter } from '../inbox/MinaUppgifter';
import { AviseringarLink } from '../notifications/AviseringarLink';
import { AviseringarPage } from '../notifications/AviseringarPage';
import { NyRapport } from '../report/NyRapport';
import { IntakeRegister } from '../intake/IntakeRegister';
import { PublicIntakePage } from '../intake/PublicIntakePage';
import { Backup } from './Backup';
import { ErrorBoundary } from './ErrorBoundary';
import { OrganisationPage } from '../admin/OrganisationPage';
import { AccessLogPage } from './AccessLogPage';
import { Integrity } from './Integrity';
import { LoginPicker } from './LoginPicker';
import { OutboxNotice } from './OutboxNotice';
import { describeAssignment } from '../foundation/roles';

// The process editor (graph layout included) is loaded only when a process owner opens it.
const EditorPages = lazy(() => import('../../editor/ui/EditorPages'));
// Reports and their charts are loaded when opened, not with the start page.
const ReportsPage = lazy(() => import('../reports/ReportsPage'));
import { href, useRoute } from '../foundation/router';
import type { Route } from '../foundation/router';
import { ServicesContext, useBaseServices } from '../foundation/services';
import type { Services } from '../foundation/services';
import { SessionContext } from '../foundation/session';
import { useLoad } from '../foundation/useLoad';

function NavLink({ to, current, children }: { to: Route; current: Route; children: string }) {
  const active = current.page === to.page;
  return (
    <a href={href(to)} aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
}

const TITLES: Record<Route['page'], string> = {
  uppgifter: 'Mina uppgifter',
  ny: 'Ny rapport',
  arenden: 'Alla ärenden',
  arende: 'Ärende',
  utskrift: 'Utskrift',
  sakerhetskopia: 'Säkerhetskopia',
  kontroll: 'Kontroll av loggen',
  loggkontroll: 'Loggkontroll',
  organisation: 'Organisation',
  processer: 'Processer',
  rapporter: 'Rapporter',
  inkommen: 'Registrera inkommet',
  lamna: 'Lämna synpunkter',
  aviseringar: 'Aviseringar',
};

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
  if (route.page === 'lamna') return <PublicIntakePage processType={route.typ} backend={base.backend} />;
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
        <a className="skip-link" href="#huvudinnehall">
          Hoppa till innehållet
        </a>
        <header className="app-header">
          <div className="brand">
            <span className="brand-name">Kvalitetsflöde</span>
          </div>
        </header>
        <LoginPicker onSignedIn={setSession} />
      </>
    );

  const user = current.user;
  const sessionValue = { user, signOut: () => void signOut() };
  if (route.page === 'utskrift')
    return (
      <ServicesContext.Provider value={services}>
        <SessionContext.Provider value={sessionValue}>
          <ErrorBoundary what="Utskriften">
            <PrintView id={route.id} dokument={route.dokument} />
          </ErrorBoundary>
        </SessionContext.Provider>
      </ServicesContext.Provider>
    );

  return (
    <ServicesContext.Provider value={services}>
      <SessionContext.Provider value={sessionValue}>
        <a className="skip-link" href="#huvudinnehall">
          Hoppa till innehållet
        </a>
        <header className="app-header">
          <div className="brand">
            <span className="brand-name">Kvalitetsflöde</span>
            {current.demo && <span className="demo-badge">Demoläge – demoorganisation och demoinloggning</span>}
          </div>
          <div className="who">
            <span>
              Inloggad som <strong>{user.namn}</strong>
              <span className="visually-hidden">, {[...new Set(user.roles.map((a) => describeAssignment(current.org, a)))].join(', ')}</span>
            </span>
            <button type="button" className="link-button" onClick={() => void signOut()}>
              Logga ut
            </button>
            <button type="button" className="link-button" onClick={() => void signOut(true)}>
              Logga ut överallt
            </button>
          </div>
        </header>
        <nav aria-label="Huvudmeny" className="main-nav">
          <NavLink to={{ page: 'uppgifter' }} current={route}>
            Mina uppgifter
          </NavLink>
          <NavLink to={{ page: 'ny' }} current={route}>
            Ny rapport
          </NavLink>
          <AviseringarLink active={route.page === 'aviseringar'} />
          {may(user, 'listAll') && (
            <NavLink to={{ page: 'arenden' }} current={route}>
              Alla ärenden
            </NavLink>
          )}
          {may(user, 'reports') && (
            <NavLink to={{ page: 'rapporter' }} current={route}>
              Rapporter
            </NavLink>
          )}
          {may(user, 'processes') && (
            <NavLink to={{ page: 'processer' }} current={route}>
              Processer
            </NavLink>
          )}
          {may(user, 'integrity') && (
            <NavLink to={{ page: 'kontroll' }} current={route}>
              Kontroll av loggen
            </NavLink>
          )}
          {may(user, 'organisation') && (
            <NavLink to={{ page: 'organisation' }} current={route}>
              Organisation
            </NavLink>
          )}
          {may(user, 'accessLog') && (
            <NavLink to={{ page: 'loggkontroll' }} current={route}>
              Loggkontroll
            </NavLink>
          )}
          {may(user, 'backup') && (
            <NavLink to={{ page: 'sakerhetskopia' }} current={route}>
              Säkerhetskopia
            </NavLink>
          )}
        </nav>
        <OutboxNotice />
        <main id="huvudinnehall" tabIndex={-1}>
          <ErrorBoundary what={TITLES[route.page]} key={`${route.page}/${'id' in route ? route.id : ''}`}>
            {route.page === 'uppgifter' && <MinaUppgifter />}
            {route.page === 'aviseringar' && <AviseringarPage />}
            {route.page === 'ny' && <NyRapport typ={route.typ} enhet={route.enhet} />}
            {route.page === 'arenden' && (may(user, 'listAll') ? <AllaArenden key={route.urval ?? ''} urval={route.urval} /> : <p>Du har inte behörighet att se alla ärenden.</p>)}
            {route.page === 'rapporter' &&
              (may(user, 'reports') ? (
                <Suspense fallback={<p aria-live="polite">Läser in rapporterna …</p>}>
                  <ReportsPage utskrift={route.utskrift} />
                </Suspense>
              ) : (
                <p>Rapporterna är till för SAS, förvaltningschef och processägare.</p>
              ))}
            {route.page === 'arende' && <CaseView key={route.id} id={route.id} />}
            {route.page === 'inkommen' && <IntakeRegister id={route.id} />}
            {route.page === 'sakerhetskopia' && (may(user, 'backup') ? <Backup /> : <p>Säkerhetskopior hanteras av administratören.</p>)}
            {route.page === 'kontroll' && (may(user, 'integrity') ? <Integrity /> : <p>Kontrollen av loggen visas för SAS och administratören.</p>)}
            {route.page === 'organisation' && (may(user, 'organisation') ? <OrganisationPage /> : <p>Organisationen ändras av administratören.</p>)}
            {route.page === 'loggkontroll' &&
              (may(user, 'accessLog') ? <AccessLogPage key={route.arende ?? ''} {...(route.arende ? { arende: route.arende } : {})} /> : <p>Loggkontrollen görs av SAS och administratören.</p>)}
            {route.page === 'processer' &&
              (may(user, 'processes') ? (
                <Suspense fallback={<p aria-live="polite">Läser in processeditorn …</p>}>
                  <EditorPages id={route.id} vy={route.vy} />
                </Suspense>
              ) : (
                <p>Bara processägare kan ändra processerna.</p>
              ))}
          </ErrorBoundary>
        </main>
      </SessionContext.Provider>
    </ServicesContext.Provider>
  );
}
