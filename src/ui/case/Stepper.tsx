import type { LegalSkeleton, StepperItem } from '../../engine/index';
import { ROLE_TITLES } from '../../engine/index';
import { formatDateTime } from '../../kit/format';
import { pendingConditions } from './pendingConditions';

const STATUS_TEXT: Record<StepperItem['status'], string> = {
  done: 'Klart',
  current: 'Pågår',
  upcoming: 'Kommande',
  skipped: 'Behövs inte',
};

/** Every step of the pinned definition: done (who, when), current (which role acts), upcoming; mandated and conditional marked. */
export function Stepper({ steps, nameOf, skeleton }: { steps: StepperItem[]; nameOf(userId: string): string; skeleton?: LegalSkeleton }) {
  const conditions = pendingConditions(steps, skeleton);
  return (
    <ol className="stepper" aria-label="Processens steg">
      {steps.map((s) => {
        const condition = conditions.get(s.key);
        return (
          <li
            key={s.path}
            className={`step step-${condition ? 'conditional' : s.status}`}
            aria-current={s.status === 'current' ? 'step' : undefined}
          >
            <span className="step-title">
              {s.title}
              {s.mandated && !condition && <span className="mandated"> (obligatoriskt)</span>}
            </span>
            <span className="step-status">
              {condition ? `Blir obligatoriskt om detta gäller: ${condition}` : STATUS_TEXT[s.status]}
              {s.status === 'done' && s.doneBy && s.doneAt && (
                <>
                  {' '}
                  – {nameOf(s.doneBy)}, <time dateTime={s.doneAt}>{formatDateTime(s.doneAt)}</time>
                </>
              )}
              {s.status === 'current' && s.role && <> – väntar på {ROLE_TITLES[s.role]}</>}
              {s.status === 'upcoming' && !condition && s.role && <> – {ROLE_TITLES[s.role]}</>}
            </span>
            {s.track && <span className="step-track">{s.track}</span>}
          </li>
        );
      })}
    </ol>
  );
}
