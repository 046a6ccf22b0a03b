import { useEffect, useState } from 'react';
import { intakeEnheter } from '../../api/access';
import { formatDateTime } from '../../kit/format';
import { enhetName, processTitle } from '../../kit/labels';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { useLoad } from '../../kit/useLoad';

/** What came in through public forms and waits for me to register it (Mina uppgifter). */
export function IntakeList() {
  const { backend, org, subscribe, packs } = useServices();
  const { user } = useSession();
  const [tick, setTick] = useState(0);
  // Only those who register for some enhet ask (the server scopes the list the same way).
  const registers = packs.packs.some((p) => p.publicIntake && intakeEnheter(org, user, p.publicIntake.registeredBy).length > 0);
  const { data: items } = useLoad(() => (registers ? backend.intake() : Promise.resolve([])), [backend, tick, registers]);
  // A submission arriving (or registered by someone else) refreshes the list.
  useEffect(() => subscribe(() => setTick((t) => t + 1)), [subscribe]);
  if (!items || items.length === 0) return null;
  return (
    <section aria-labelledby="inkomna-rubrik">
      <h2 id="inkomna-rubrik">Inkommet via webbformuläret ({items.length})</h2>
      <ul className="task-list">
        {items.map((i) => (
          <li key={i.id} className="task">
            <a href={href({ page: 'inkommen', id: i.id })}>
              <span className="task-step">Registrera</span>
              <span className="task-meta">
                {processTitle(backend.registry, i.processType)} · {enhetName(org, i.enhetId)} · kom in {formatDateTime(i.receivedAt)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
