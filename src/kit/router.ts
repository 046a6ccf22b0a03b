import { useEffect, useState } from 'react';

/** A process's pages: the editor, its versions, and the change record printed for the nämnd (issue 27). */
const PROCESS_VIEWS = ['redigera', 'versioner', 'andringsforteckning'] as const;
export type ProcessView = (typeof PROCESS_VIEWS)[number];

export type Route =
  | { page: 'uppgifter' }
  | { page: 'ny'; typ?: string; enhet?: string }
  | { page: 'arenden'; urval?: string }
  | { page: 'arende'; id: string }
  | { page: 'utskrift'; id: string; dokument: string }
  | { page: 'sakerhetskopia' }
  | { page: 'kontroll' }
  | { page: 'loggkontroll'; arende?: string }
  | { page: 'organisation' }
  | { page: 'roller' }
  | { page: 'processer'; id?: string; vy?: ProcessView }
  | { page: 'rapporter'; utskrift?: string }
  | { page: 'inkommen'; id: string }
  /** A process's public form, for anyone without an account (the förvaltning's web site links here). */
  | { page: 'lamna'; typ: string }
  | { page: 'aviseringar' };

export function parseRoute(hash: string): Route {
  const [page, id, dokument] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (page === 'ny') return { page: 'ny', ...(id ? { typ: id } : {}), ...(dokument ? { enhet: dokument } : {}) };
  if (page === 'arenden') return { page: 'arenden', ...(id === 'urval' && dokument ? { urval: dokument } : {}) };
  if (page === 'rapporter') return { page: 'rapporter', ...(id === 'utskrift' && dokument ? { utskrift: dokument } : {}) };
  if (page === 'sakerhetskopia') return { page: 'sakerhetskopia' };
  if (page === 'kontroll') return { page: 'kontroll' };
  if (page === 'organisation') return { page: 'organisation' };
  if (page === 'roller') return { page: 'roller' };
  if (page === 'aviseringar') return { page: 'aviseringar' };
  if (page === 'loggkontroll') return { page: 'loggkontroll', ...(id ? { arende: id } : {}) };
  if (page === 'processer')
    return { page: 'processer', ...(id ? { id, vy: PROCESS_VIEWS.find((v) => v === dokument) ?? 'redigera' } : {}) };
  if (page === 'arende' && id) return { page: 'arende', id };
  if (page === 'inkommen' && id) return { page: 'inkommen', id };
  if (page === 'lamna' && id) return { page: 'lamna', typ: id };
  if (page === 'utskrift' && id && dokument) return { page: 'utskrift', id, dokument };
  return { page: 'uppgifter' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'arende':
      return `#/arende/${encodeURIComponent(route.id)}`;
    case 'inkommen':
      return `#/inkommen/${encodeURIComponent(route.id)}`;
    case 'lamna':
      return `#/lamna/${encodeURIComponent(route.typ)}`;
    case 'ny':
      return ['#/ny', route.typ, route.enhet]
        .filter(Boolean)
        .map((x, i) => (i ? encodeURIComponent(x!) : x))
        .join('/');
    case 'utskrift':
      return `#/utskrift/${encodeURIComponent(route.id)}/${route.dokument}`;
    case 'arenden':
      return route.urval ? `#/arenden/urval/${encodeURIComponent(route.urval)}` : '#/arenden';
    case 'loggkontroll':
      return route.arende ? `#/loggkontroll/${encodeURIComponent(route.arende)}` : '#/loggkontroll';
    case 'rapporter':
      return route.utskrift ? `#/rapporter/utskrift/${encodeURIComponent(route.utskrift)}` : '#/rapporter';
    case 'processer':
      return route.id ? `#/processer/${encodeURIComponent(route.id)}/${route.vy ?? 'redigera'}` : '#/processer';
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/** Records a choice in the URL without a new history entry (so a reload keeps it). */
export function replaceRoute(route: Route): void {
  history.replaceState(null, '', href(route));
}

/** The current route from the URL hash (works with reloads, back and bookmarks). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
