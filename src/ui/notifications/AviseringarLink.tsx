import { useEffect, useState } from 'react';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { UNREAD_CHANGED } from './unreadChanged';

const POLL_MS = 60_000;

/** The menu's link to Aviseringar with the unread count; re-read on a timer, on ärende changes and after reading. */
export function AviseringarLink({ active }: { active: boolean }) {
  const { backend } = useServices();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      backend.unreadNotifications().then(
        (n) => live && setUnread(n),
        () => undefined,
      );
    };
    // A commit records its notifications just after it is announced: read a moment later.
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(read, 1_000);
    };
    read();
    const poll = setInterval(read, POLL_MS);
    const unsubscribe = backend.subscribe(soon);
    window.addEventListener(UNREAD_CHANGED, read);
    return () => {
      live = false;
      clearTimeout(timer);
      clearInterval(poll);
      unsubscribe();
      window.removeEventListener(UNREAD_CHANGED, read);
    };
  }, [backend, active]);
  return (
    <a href={href({ page: 'aviseringar' })} aria-current={active ? 'page' : undefined}>
      Aviseringar
      {unread > 0 && (
        <span className="count-badge">
          {unread}
          <span className="visually-hidden"> olästa</span>
        </span>
      )}
    </a>
  );
}
