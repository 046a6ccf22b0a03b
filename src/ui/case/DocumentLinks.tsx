import type { ArendeState } from '../../engine/index';
import { href } from '../../kit/router';

/** The ärende's printable documents that exist so far, and its loggkontroll for whoever may read the access log. */
export function DocumentLinks({ id, state, accessLog }: { id: string; state: ArendeState; accessLog: boolean }) {
  // A document exists once the step it prints is in the log (the utredning, the anmälan).
  const links = (state.loaded.pack.documents ?? [])
    .filter((d) => !d.after || state.events.some((e) => e.type === d.after))
    .map((d) => [d.id, d.linkText] as const);
  if (links.length === 0 && !accessLog) return null;
  return (
    <p className="documents">
      {links.map(([doc, text]) => (
        <a key={doc} href={href({ page: 'utskrift', id, dokument: doc })}>
          {text}
        </a>
      ))}
      {accessLog && <a href={href({ page: 'loggkontroll', arende: id })}>Vem har öppnat ärendet? (loggkontroll)</a>}
    </p>
  );
}
