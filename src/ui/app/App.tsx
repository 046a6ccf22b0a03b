import { lazy, Suspense, useEffect, useState } from 'react';
import type { Actor } from '../../engine/index';
import { AllaArenden } from '../arenden/AllaArenden';
import { CaseView } from '../case/CaseView';
import { PrintView } from '../case/PrintView';
import { MinaUppgifter } from '../inbox/MinaUppgifter';
import { NyRapport } from '../report/NyRapport';
import { Backup } from './Backup';
import { LoginPicker } from './LoginPicker';
import { describeAssignment, mayEditProcesses, mayListAll, mayReport } from './roles';

// The process editor (graph layout included) is loaded only when a process owner opens it.
const EditorPages = lazy(() => import('../../editor/ui/EditorPages'));
// Reports and their charts are loaded when opened, not with the start page.
const ReportsPage = lazy(() => import('../reports/ReportsPage'));
import { href, useRoute } from './router';
import type { Route } from './router';
import { useServices } from './services';
import { SessionContext } from './session';

const USER_KEY = 'kvalitetsflode.demo.user';

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
  processer: 'Processer',
  rapporter: 'Rapporter',
};

/** The shell: demo sign-in, navigation for the signed-in user's roles, and the routed page. */
export function App() {
  const { users, org } = useServices();
  const route = useRoute();
  const [user, setUser] = useState<Actor | undefined>(() => users.find((u) => u.userId === sessionStorage.getItem(USER_KEY)));

  useEffect(() => {
    document.title = user ? `${TITLES[route.page]} – Kvalitetsflöde` : 'Logga in – Kvalitetsflöde';
  }, [route.page, user]);

  const signIn = (u: Actor) => {
    sessionStorage.setItem(USER_KEY, u.userId);
    setUser(u);
  };
  const signOut = () => {
    sessionStorage.removeItem(USER_KEY);
    setUser(undefined);
  };

  if (route.page === 'utskrift' && user)
    return (
      <SessionContext.Provider value={{ user, signOut }}>
        <PrintView id={route.id} dokument={route.dokument} />
      </SessionContext.Provider>
    );

  return (
    <>
      <a className="skip-link" href="#huvudinnehall">
        Hoppa till innehållet
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Kvalitetsflöde</span>
          <span className="demo-badge">Demoläge – data finns bara i den här webbläsaren</span>
        </div>
        {user && (
          <div className="who">
            <span>
              Inloggad som <strong>{user.namn}</strong>
              <span className="visually-hidden">, {[...new Set(user.roles.map((a) => describeAssignment(org, a)))].join(', ')}</span>
            </span>
            <button type="button" className="link-button" onClick={signOut}>
              Byt användare
            </button>
          </div>
        )}
      </header>
      {!user ? (
        <LoginPicker onPick={signIn} />
      ) : (
        <SessionContext.Provider value={{ user, signOut }}>
          <nav aria-label="Huvudmeny" className="main-nav">
            <NavLink to={{ page: 'uppgifter' }} current={route}>
              Mina uppgifter
            </NavLink>
            <NavLink to={{ page: 'ny' }} current={route}>
              Ny rapport
            </NavLink>
            {mayListAll(user) && (
              <NavLink to={{ page: 'arenden' }} current={route}>
                Alla ärenden
              </NavLink>
            )}
            {mayReport(user) && (
              <NavLink to={{ page: 'rapporter' }} current={route}>
                Rapporter
              </NavLink>
            )}
            {mayEditProcesses(user) && (
              <NavLink to={{ page: 'processer' }} current={route}>
                Processer
              </NavLink>
            )}
            <NavLink to={{ page: 'sakerhetskopia' }} current={route}>
              Säkerhetskopia
            </NavLink>
          </nav>
          <main id="huvudinnehall" tabIndex={-1}>
            {route.page === 'uppgifter' && <MinaUppgifter />}
            {route.page === 'ny' && <NyRapport typ={route.typ} enhet={route.enhet} />}
            {route.page === 'arenden' && (mayListAll(user) ? <AllaArenden key={route.urval ?? ''} urval={route.urval} /> : <p>Du har inte behörighet att se alla ärenden.</p>)}
            {route.page === 'rapporter' &&
              (mayReport(user) ? (
                <Suspense fallback={<p aria-live="polite">Läser in rapporterna …</p>}>
                  <ReportsPage utskrift={route.utskrift} />
                </Suspense>
              ) : (
                <p>Rapporterna är till för SAS, förvaltningschef och processägare.</p>
              ))}
            {route.page === 'arende' && <CaseView key={route.id} id={route.id} />}
            {route.page === 'sakerhetskopia' && <Backup />}
            {route.page === 'processer' &&
              (mayEditProcesses(user) ? (
                <Suspense fallback={<p aria-live="polite">Läser in processeditorn …</p>}>
                  <EditorPages id={route.id} vy={route.vy} />
                </Suspense>
              ) : (
                <p>Bara processägare kan ändra processerna.</p>
              ))}
          </main>
        </SessionContext.Provider>
      )}
    </>
  );
}
