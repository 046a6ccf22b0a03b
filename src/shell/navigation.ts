import type { Permission } from '../api/access';
import type { Route } from '../kit/router';

/** The main menu as data: each page in order, its label, and the permission that shows it (none: everyone signed in). */
export const NAVIGATION: readonly { to: Route; label: string; permission?: Permission }[] = [
  { to: { page: 'uppgifter' }, label: 'Mina uppgifter' },
  { to: { page: 'ny' }, label: 'Ny rapport' },
  { to: { page: 'aviseringar' }, label: 'Aviseringar' },
  { to: { page: 'arenden' }, label: 'Alla ärenden', permission: 'listAll' },
  { to: { page: 'rapporter' }, label: 'Rapporter', permission: 'reports' },
  { to: { page: 'processer' }, label: 'Processer', permission: 'processes' },
  { to: { page: 'kontroll' }, label: 'Kontroll av loggen', permission: 'integrity' },
  { to: { page: 'organisation' }, label: 'Organisation', permission: 'organisation' },
  { to: { page: 'roller' }, label: 'Roller att godkänna', permission: 'approveRoles' },
  { to: { page: 'loggkontroll' }, label: 'Loggkontroll', permission: 'accessLog' },
  { to: { page: 'sakerhetskopia' }, label: 'Säkerhetskopia', permission: 'backup' },
];

/** Each page's title (the browser tab reads "<title> – Kvalitetsflöde"). */
export const TITLES: Record<Route['page'], string> = {
  uppgifter: 'Mina uppgifter',
  ny: 'Ny rapport',
  arenden: 'Alla ärenden',
  arende: 'Ärende',
  utskrift: 'Utskrift',
  sakerhetskopia: 'Säkerhetskopia',
  kontroll: 'Kontroll av loggen',
  loggkontroll: 'Loggkontroll',
  organisation: 'Organisation',
  roller: 'Roller att godkänna',
  processer: 'Processer',
  rapporter: 'Rapporter',
  inkommen: 'Registrera inkommet',
  lamna: 'Lämna synpunkter',
  aviseringar: 'Aviseringar',
};

/** What a page says to someone whose roles do not reach it (the menu hides it; a typed address still lands here). */
export const NOT_PERMITTED: Partial<Record<Permission, string>> = {
  listAll: 'Du har inte behörighet att se alla ärenden.',
  reports: 'Rapporterna är till för SAS, förvaltningschef och processägare.',
  backup: 'Säkerhetskopior hanteras av administratören.',
  integrity: 'Kontrollen av loggen visas för SAS och administratören.',
  organisation: 'Organisationen ändras av administratören.',
  approveRoles: 'Roller godkänns av förvaltningschefen eller en annan administratör.',
  accessLog: 'Loggkontrollen görs av SAS och administratören.',
  processes: 'Bara processägare kan ändra processerna.',
};
