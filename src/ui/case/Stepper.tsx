import type { StepperItem } from '../../engine/index';
import { ROLE_TITLES } from '../../engine/index';
import { formatDateTime } from '../format';

const STATUS_TEXT: Record<StepperItem['status'], string> = {
  done: 'Klart',
  current: 'Pågår',
  upcoming: 'Kommande',
  skipped: 'Behövs inte',
};

/** Every step of the pinned definition: done (who, when), current (which role acts), upcoming; mandated marked. */
export function Stepper({ steps, nameOf }: { steps: StepperItem[]; nameOf(userId: string): string }) {
  return (
    <ol className="stepper" aria-label="Processens steg">
      {steps.map((s) => (
        <li key={s.path} className={`step step-${s.status}`} aria-current={s.status === 'current' ? 'step' : undefined}>
          <span className="step-title">
            {s.title}
            {s.mandated && <span className="mandated"> (obligatoriskt)</span>}
          </span>
          <span className="step-status">
            {STATUS_TEXT[s.status]}
            {s.status === 'done' && s.doneBy && s.doneAt && (
              <>
                {' '}
                – {nameOf(s.doneBy)}, <time dateTime={s.doneAt}>{formatDateTime(s.doneAt)}</time>
              </>
            )}
            {s.status === 'current' && s.role && <> – väntar på {ROLE_TITLES[s.role]}</>}
            {s.status === 'upcoming' && s.role && <> – {ROLE_TITLES[s.role]}</>}
          </span>
          {s.track && <span className="step-track">{s.track}</span>}
        </li>
      ))}
    </ol>
  );
}
