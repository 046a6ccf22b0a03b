import { useState } from 'react';
import type { EmailPreference, NotificationItem } from '../../api/contract';
import { NOTIFICATION_TITLES } from '../../engine/index';
import { countOf, formatDate, formatDateTime } from '../../kit/format';
import { arendeNumber } from '../../kit/labels';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { announceUnreadChanged } from './unreadChanged';

const EMAIL_CHOICES: readonly { value: EmailPreference; label: string }[] = [
  { value: 'direkt', label: 'Direkt – ett e-postmeddelande per avisering' },
  { value: 'sammanfattning', label: 'En sammanfattning per dag' },
  { value: 'av', label: 'Ingen e-post – aviseringarna finns kvar här' },
];

/** Aviseringar: the signed-in person's notifications (steps that became theirs, deadlines near or passed) and the e-mail choice. */
export function AviseringarPage() {
  const { backend } = useServices();
  const { data, error, reload } = useLoad(() => backend.notifications(), [backend]);
  const [problem, setProblem] = useState<string>();
  const markRead = async (ids: readonly string[] | 'all') => {
    try {
      await backend.markNotificationsRead(ids);
      await reload();
      announceUnreadChanged();
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <>
      <h1>Aviseringar</h1>
      <p>
        Här ser du när ett steg blivit ditt, när en frist närmar sig och när den har passerat. E-post innehåller aldrig något om ärendet,
        bara stegets namn, sista dag och en länk hit.
      </p>
      {error && <p className="rejection">Aviseringarna kunde inte läsas: {error.message}</p>}
      {problem && <p className="rejection">{problem}</p>}
      {!data && !error && <p aria-live="polite">Läser in aviseringarna …</p>}
      {data && (
        <section aria-labelledby="aviseringar-lista">
          <h2 id="aviseringar-lista">Dina aviseringar</h2>
          <p aria-live="polite">
            {data.unread > 0 ? `${countOf(data.unread, 'oläst avisering', 'olästa aviseringar')}.` : 'Inga olästa aviseringar.'}
          </p>
          {data.unread > 0 && (
            <button type="button" onClick={() => void markRead('all')}>
              Markera alla som lästa
            </button>
          )}
          {data.items.length === 0 ? (
            <p>Du har inga aviseringar.</p>
          ) : (
            <ul className="notification-list">
              {data.items.map((n) => (
                <Row key={n.id} n={n} onRead={() => void markRead([n.id])} />
              ))}
            </ul>
          )}
        </section>
      )}
      <EmailChoice />
    </>
  );
}

function Row({ n, onRead }: { n: NotificationItem; onRead: () => void }) {
  const unread = n.readAt === null;
  const what = `${NOTIFICATION_TITLES[n.kind]}: ${n.stepTitle}`;
  return (
    <li className={unread ? 'notification unread' : 'notification'}>
      <p className="notification-title">
        {unread && <span className="unread-marker">Oläst</span>} <strong>{what}</strong>
      </p>
      <p>
        {n.dueAt ? <>Senast {formatDate(n.dueAt)}. </> : null}
        {n.kind === 'inkommet' ? (
          <>
            {/* Not an ärende until someone registers it: the link goes to the submission, which says if it is. */}
            <a href={href({ page: 'inkommen', id: n.arendeId.replace(/^arende:/, '') })} onClick={unread ? onRead : undefined}>
              Öppna det som kom in
            </a>
            .{' '}
          </>
        ) : n.kind === 'losenord' ? null : n.arendeId ? (
          <>
            Ärende{' '}
            <a href={href({ page: 'arende', id: n.arendeId })} onClick={unread ? onRead : undefined}>
              {arendeNumber(n.arendeId)}
            </a>
            .{' '}
          </>
        ) : (
          <>
            <a href={href({ page: 'arenden' })} onClick={unread ? onRead : undefined}>
              Se ärendena
            </a>
            .{' '}
          </>
        )}
        <span className="muted">Aviserad {formatDateTime(n.notifyAt)}</span>
      </p>
      {unread && (
        <button type="button" className="link-button" onClick={onRead}>
          Markera som läst<span className="visually-hidden">: {what}</span>
        </button>
      )}
    </li>
  );
}

/** The person's e-mail choice; in-app notifications stay whatever is chosen. */
function EmailChoice() {
  const { backend } = useServices();
  const { data, error } = useLoad(() => backend.notificationPreference(), [backend]);
  const [chosen, setChosen] = useState<EmailPreference>();
  const [status, setStatus] = useState<string>();
  const current = chosen ?? data?.email;
  const save = async (email: EmailPreference) => {
    setChosen(email);
    setStatus(undefined);
    try {
      await backend.setNotificationPreference(email);
      setStatus(`Sparat: ${EMAIL_CHOICES.find((c) => c.value === email)!.label.split(' – ')[0]}.`);
    } catch (e) {
      setChosen(undefined);
      setStatus(`Valet sparades inte: ${(e as Error).message}`);
    }
  };
  return (
    <section aria-labelledby="aviseringar-epost">
      <h2 id="aviseringar-epost">E-post</h2>
      {error && <p className="rejection">Ditt val kunde inte läsas: {error.message}</p>}
      {data && !data.mailEnabled && (
        <p className="notice">Servern skickar ingen e-post just nu (ingen e-postserver är inställd). Ditt val gäller när den är det.</p>
      )}
      {current && (
        <fieldset>
          <legend>Hur vill du få e-post om dina aviseringar?</legend>
          {EMAIL_CHOICES.map((c) => (
            <label key={c.value} className="radio">
              <input type="radio" name="epost" value={c.value} checked={current === c.value} onChange={() => void save(c.value)} />{' '}
              {c.label}
            </label>
          ))}
        </fieldset>
      )}
      <div aria-live="polite">{status && <p className={status.startsWith('Sparat') ? 'success' : 'rejection'}>{status}</p>}</div>
    </section>
  );
}
