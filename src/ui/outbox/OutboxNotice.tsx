import { useEffect, useState } from 'react';
import type { OutboxItem } from '../../api/Backend';
import { countOf, formatDateTime } from '../../kit/format';
import { processTitle } from '../../kit/labels';
import { announceDraftRestored } from '../forms/draftRestored';
import { navigate } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';

/** Rapporter written while the server could not be reached: sent when it can be, refused ones kept with the reason. */
export function OutboxNotice() {
  const { backend, drafts } = useServices();
  const { user } = useSession();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const load = () => void backend.outbox.items().then(setItems);
    load();
    const off = backend.outbox.onChange(load);
    // While something waits, try again now and then (the browser's "online" event is not always told).
    const timer = setInterval(() => void backend.outbox.flush(), 30_000);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [backend]);
  if (items.length === 0) return null;
  const waiting = items.filter((i) => i.state === 'waiting');
  const refused = items.filter((i) => i.state === 'refused');
  const sendNow = async () => {
    setBusy(true);
    await backend.outbox.flush().finally(() => setBusy(false));
  };
  // A refused rapport goes back into its form as a draft, with the server's reason beside it.
  const reopen = async (item: OutboxItem) => {
    const key = `ny:${user.userId}:${item.processType}:${item.enhetId}`;
    await drafts.save(key, item.data);
    await backend.outbox.discard(item.id);
    navigate({ page: 'ny', typ: item.processType, enhet: item.enhetId });
    announceDraftRestored(key); // the form may already be open on this page
  };
  return (
    <section aria-labelledby="utkorg-rubrik" className="outbox notice">
      <h2 id="utkorg-rubrik">Väntar på att skickas</h2>
      {waiting.length > 0 && (
        <>
          <p>
            {countOf(waiting.length, 'rapport', 'rapporter')} skrevs när servern inte gick att nå.{' '}
            {waiting.length === 1 ? 'Den är sparad' : 'De är sparade'} i den här webbläsaren och skickas automatiskt.
          </p>
          <ul>
            {waiting.map((i) => (
              <li key={i.id}>
                {processTitle(backend.registry, i.processType)}, skriven {formatDateTime(i.createdAt)}
              </li>
            ))}
          </ul>
          <button type="button" disabled={busy} onClick={() => void sendNow()}>
            Skicka nu
          </button>
        </>
      )}
      {refused.length > 0 && (
        <div role="alert">
          <p>
            Servern tog inte emot {refused.length === 1 ? 'en rapport' : `${refused.length} rapporter`}. Öppna rapporten, rätta den och
            skicka igen:
          </p>
          <ul>
            {refused.map((i) => (
              <li key={i.id}>
                {processTitle(backend.registry, i.processType)}, skriven {formatDateTime(i.createdAt)}: {i.refusal}{' '}
                <button type="button" className="link-button" onClick={() => void reopen(i)}>
                  Öppna som utkast
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
