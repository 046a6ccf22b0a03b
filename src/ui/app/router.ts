import { useEffect, useState } from 'react';

export type Route =
  | { page: 'uppgifter' }
  | { page: 'ny' }
  | { page: 'arenden' }
  | { page: 'arende'; id: string }
  | { page: 'utskrift'; id: string; dokument: string }
  | { page: 'sakerhetskopia' };

export function parseRoute(hash: string): Route {
  const [page, id, dokument] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (page === 'ny') return { page: 'ny' };
  if (page === 'arenden') return { page: 'arenden' };
  if (page === 'sakerhetskopia') return { page: 'sakerhetskopia' };
  if (page === 'arende' && id) return { page: 'arende', id };
  if (page === 'utskrift' && id && dokument) return { page: 'utskrift', id, dokument };
  return { page: 'uppgifter' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'arende':
      return `#/arende/${encodeURIComponent(route.id)}`;
    case 'utskrift':
      return `#/utskrift/${encodeURIComponent(route.id)}/${route.dokument}`;
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
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
