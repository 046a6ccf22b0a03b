import type { ArendeState } from '../../engine/index';
import { ERSATTARE_EVENT, JAV_EVENT, JAV_EVENT_TITLES, MIGRATE_EVENT, ROLE_TITLES } from '../../engine/index';
import type { ErsattareData, JavData } from '../../engine/index';
import { arendeNumber } from '../../kit/labels';
import type { MigrateData } from '../../engine/index';
import { formatDateTime } from '../../kit/format';
import { useServices } from '../../kit/services';

/** The event log as a timeline, newest first; every entry says who, in which role, and when. */
export function History({ state, nameOf, titleOf }: { state: ArendeState; nameOf(id: string): string; titleOf(type: string): string }) {
  const linkTitles = useServices().packs.linkTitles;
  const events = [...state.events].reverse();
  return (
    <section aria-labelledby="historik-rubrik" className="history">
      <h2 id="historik-rubrik">Historik</h2>
      <ol>
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>{' '}
            <strong>
              {e.type === 'arende.open'
                ? 'Ärendet skapades'
                : e.type === MIGRATE_EVENT
                  ? migrated(e.stepData as MigrateData)
                  : (JAV_EVENT_TITLES[e.type] ?? titleOf(e.type))}
            </strong>{' '}
            – {nameOf(e.actor.userId)} ({ROLE_TITLES[e.actor.role]}){e.type === JAV_EVENT && <>: {(e.stepData as JavData).motivering}</>}
            {e.type === ERSATTARE_EVENT && <>: {appointed(e.stepData as ErsattareData, nameOf)}</>}
            {e.links?.map((l) => (
              <span key={l.arendeId}>
                {' '}
                · {(linkTitles[l.rel] ?? l.rel).toLowerCase()} {arendeNumber(l.arendeId)}
              </span>
            ))}
          </li>
        ))}
      </ol>
      <p className="hint">
        Historiken kan inte ändras. En rättelse görs som en ny anteckning. Varje händelse är kedjad med en kontrollsumma.
      </p>
    </section>
  );
}

function appointed(d: ErsattareData, nameOf: (id: string) => string): string {
  return `${nameOf(d.userId)} utsågs till ersättare som ${ROLE_TITLES[d.role] ?? d.role} i ärendet. ${d.motivering}`;
}

function migrated(d: MigrateData): string {
  return `Flyttat från version ${d.fromVersion} till version ${d.toVersion} av processen${d.note ? ` (${d.note})` : ''}`;
}
