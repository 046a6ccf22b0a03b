import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { may } from '../api/access';
import type { Permission } from '../api/access';
import type { SessionInfo } from '../api/contract';
import { OrganisationPage } from '../ui/admin/OrganisationPage';
import { RoleApprovalPage } from '../ui/admin/RoleApprovalPage';
import { AllaArenden } from '../ui/arenden/AllaArenden';
import { CaseView } from '../ui/case/CaseView';
import type { Route } from '../kit/router';
import { MinaUppgifter } from '../ui/inbox/MinaUppgifter';
import { IntakeRegister } from '../ui/intake/IntakeRegister';
import { AviseringarPage } from '../ui/notifications/AviseringarPage';
import { NyRapport } from '../ui/report/NyRapport';
import { AccessLogPage } from '../ui/accesslog/AccessLogPage';
import { Backup } from '../ui/backup/Backup';
import { Integrity } from '../ui/integrity/Integrity';
import { FormPreview } from '../ui/forms/FormPreview';
import { NOT_PERMITTED } from './navigation';

// The process editor (graph layout included) is loaded only when a process owner opens it.
const EditorPages = lazy(() => import('../editor/ui/EditorPages'));
// Reports and their charts are loaded when opened, not with the start page.
const ReportsPage = lazy(() => import('../ui/reports/ReportsPage'));

/** The page a route shows to the signed-in person: behind its permission, loaded lazily where it is heavy. */
export function RoutedPage({ route, user }: { route: Route; user: SessionInfo['user'] }): ReactNode {
  const gated = (permission: Permission, page: ReactNode) => (may(user, permission) ? page : <p>{NOT_PERMITTED[permission]}</p>);
  const later = (what: string, page: ReactNode) => <Suspense fallback={<p aria-live="polite">Läser in {what} …</p>}>{page}</Suspense>;
  switch (route.page) {
    case 'uppgifter':
      return <MinaUppgifter />;
    case 'aviseringar':
      return <AviseringarPage />;
    case 'ny':
      return <NyRapport typ={route.typ} enhet={route.enhet} />;
    case 'arenden':
      return gated('listAll', <AllaArenden key={route.urval ?? ''} urval={route.urval} />);
    case 'rapporter':
      return gated('reports', later('rapporterna', <ReportsPage utskrift={route.utskrift} />));
    case 'arende':
      return <CaseView key={route.id} id={route.id} />;
    case 'inkommen':
      return <IntakeRegister id={route.id} />;
    case 'sakerhetskopia':
      return gated('backup', <Backup />);
    case 'kontroll':
      return gated('integrity', <Integrity />);
    case 'organisation':
      return gated('organisation', <OrganisationPage />);
    case 'roller':
      return gated('approveRoles', <RoleApprovalPage />);
    case 'loggkontroll':
      return gated('accessLog', <AccessLogPage key={route.arende ?? ''} {...(route.arende ? { arende: route.arende } : {})} />);
    case 'processer':
      return gated('processes', later('processeditorn', <EditorPages id={route.id} vy={route.vy} FormPreview={FormPreview} />));
    default:
      return null;
  }
}
