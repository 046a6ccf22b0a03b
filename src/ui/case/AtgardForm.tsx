import type { Atgard } from '../../engine/index';
import type { CaseFormContext } from './CaseStepForm';
import { CaseStepForm } from './CaseStepForm';

/** The form of an action on one åtgärd (mark it done, follow it up …), with a way back. */
export function AtgardForm({
  ctx,
  type,
  atgard,
  title,
  onCancel,
}: {
  ctx: CaseFormContext;
  type: string;
  atgard: Atgard;
  title: string;
  onCancel(): void;
}) {
  return (
    <section aria-labelledby="atgard-form-rubrik" className="command">
      <h2 id="atgard-form-rubrik">
        {title}: {atgard.vad}
      </h2>
      <CaseStepForm ctx={ctx} type={type} name={`${title}: ${atgard.vad}`} atgard={atgard} />
      <button type="button" className="link-button" onClick={onCancel}>
        Avbryt
      </button>
    </section>
  );
}
