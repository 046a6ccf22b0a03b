import type { Ref } from 'react';
import type { ArendeState } from '../../engine/index';
import { rubrikOf } from '../../engine/index';
import { arendeNumber, enhetName } from '../../kit/labels';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { DocumentLinks } from './DocumentLinks';
import { LateRegistration } from './LateRegistration';

interface CaseHeaderProps {
  id: string;
  state: ArendeState;
  /** The current steps' titles, for the status line. */
  current: readonly { title: string }[];
  accessLog: boolean;
  /** The heading takes the focus after a save, so a screen reader hears where it is. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The ärende's process, number, enhet and version, its rubrik, status, linked ärenden and documents. */
export function CaseHeader({ id, state, current, accessLog, headingRef }: CaseHeaderProps) {
  const { org, packs } = useServices();
  return (
    <header className="case-header">
      <p className="eyebrow">
        {state.loaded.definition.title} · ärende {arendeNumber(id)} · {enhetName(org, state.open.enhetId)} · version{' '}
        {state.loaded.definition.version}
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {rubrikOf(state)}
      </h1>
      <p>
        Status: <strong>{state.status === 'closed' ? 'Avslutat' : current.map((s) => s.title).join(' och ') || 'Pågår'}</strong>
        {state.links.map((l) => (
          <span key={l.arendeId}>
            {' '}
            ·{' '}
            <a href={href({ page: 'arende', id: l.arendeId })}>
              {packs.linkTitles[l.rel] ?? l.rel} {arendeNumber(l.arendeId)}
            </a>
          </span>
        ))}
      </p>
      <LateRegistration state={state} />
      <DocumentLinks id={id} state={state} accessLog={accessLog} />
    </header>
  );
}
