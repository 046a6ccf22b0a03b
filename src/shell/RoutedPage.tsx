import type { ReactNode } from 'react';
import { may } from '../api/access';
import type { Permission } from '../api/access';
import type { SessionInfo } from '../api/contract';
import { AllaArenden } from '../ui/arenden/AllaArenden';
import type { Route } from '../kit/router';
import { MinaUppgifter } from '../ui/inbox/MinaUppgifter';
import { LaterPage, lazyPage } from './LaterPage';
import { NOT_PERMITTED } from './navigation';

// Only the two lists a day starts on come with the first JavaScript; every other page (the process editor and its graph
// layout, the reports and their charts, the case view with the forms and replay) is loaded when first opened.
const EditorPages = lazyPage(() => import('../editor/ui/EditorPages').then((m) => m.default));
const ReportsPage = lazyPage(() => import('../ui/reports/ReportsPage').then((m) => m.default));
const CaseView = lazyPage(() => import('../ui/case/CaseView').then((m) => m.CaseView));
const NyRapport = lazyPage(() => import('../ui/report/NyRapport').then((m) => m.NyRapport));
const IntakeRegister = lazyPage(() => import('../ui/intake/IntakeRegister').then((m) => m.IntakeRegister));
const AviseringarPage = lazyPage(() => import('../ui/notifications/AviseringarPage').then((m) => m.AviseringarPage));
const OrganisationPage = lazyPage(() => import('../ui/admin/OrganisationPage').then((m) => m.OrganisationPage));
const RoleApprovalPage = lazyPage(() => import('../ui/admin/RoleApprovalPage').then((m) => m.RoleApprovalPage));
const AccessLogPage = lazyPage(() => import('../ui/accesslog/AccessLogPage').then((m) => m.AccessLogPage));
const Backup = lazyPage(() => import('../ui/backup/Backup').then((m) => m.Backup));
const Integrity = lazyPage(() => import('../ui/integrity/Integrity').then((m) => m.Integrity));
const FormPreview = lazyPage(() => import('../ui/forms/FormPreview').then((m) => m.FormPreview));

/** The page a route shows to the signed-in person: behind its permission, loaded lazily unless it is a first list. */
export function RoutedPage({ route, user }: { route: Route; user: SessionInfo['user'] }): ReactNode {
  const gated = (permission: Permission, page: ReactNode) => (may(user, permission) ? page : <p>{NOT_PERMITTED[permission]}</p>);
  const later = (what: string, page: ReactNode) => <LaterPage what={what}>{page}</LaterPage>;
  switch (route.page) {
    case 'uppgifter':
      return <MinaUppgifter />;
    case 'aviseringar':
      return later('aviseringarna', <AviseringarPage />);
    case 'ny':
      return later('rapportformuläret', <NyRapport typ={route.typ} enhet={route.enhet} />);
    case 'arenden':
      return gated('listAll', <AllaArenden key={route.urval ?? ''} urval={route.urval} />);
    case 'rapporter':
      return gated('reports', later('rapporterna', <ReportsPage utskrift={route.utskrift} />));
    case 'arende':
      return later('ärendet', <CaseView key={route.id} id={route.id} />);
    case 'inkommen':
      return later('meddelandet', <IntakeRegister id={route.id} />);
    case 'sakerhetskopia':
      return gated('backup', later('säkerhetskopian', <Backup />));
    case 'kontroll':
      return gated('integrity', later('kontrollen', <Integrity />));
    case 'organisation':
      return gated('organisation', later('organisationen', <OrganisationPage />));
    case 'roller':
      return gated('approveRoles', later('rollerna', <RoleApprovalPage />));
    case 'loggkontroll':
      return gated(
        'accessLog',
        later('loggkontrollen', <AccessLogPage key={route.arende ?? ''} {...(route.arende ? { arende: route.arende } : {})} />),
      );
    case 'processer':
      return gated('processes', later('processeditorn', <EditorPages id={route.id} vy={route.vy} FormPreview={FormPreview} />));
    default:
      return null;
  }
}
