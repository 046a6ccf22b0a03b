import { may } from '../api/access';
import type { SessionInfo } from '../api/contract';
import { AviseringarLink } from '../ui/notifications/AviseringarLink';
import { href } from '../kit/router';
import type { Route } from '../kit/router';
import { NAVIGATION } from './navigation';

/** The main menu: the pages the signed-in person's roles reach, the current one marked. */
export function MainNav({ user, route }: { user: SessionInfo['user']; route: Route }) {
  return (
    <nav aria-label="Huvudmeny" className="main-nav">
      {NAVIGATION.filter((n) => !n.permission || may(user, n.permission)).map((n) =>
        n.to.page === 'aviseringar' ? (
          <AviseringarLink key={n.to.page} active={route.page === 'aviseringar'} />
        ) : (
          <a key={n.to.page} href={href(n.to)} aria-current={route.page === n.to.page ? 'page' : undefined}>
            {n.label}
          </a>
        ),
      )}
    </nav>
  );
}
