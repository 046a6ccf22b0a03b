import { useContext, useState } from 'react';
import type { FormSpec } from '../../engine/index';
import { FormPreviewSlot } from './formPreviewSlot';

/** "Förhandsvisa formuläret": the step as the person doing it sees it, live with every change of the draft. */
export function StepPreview({ form, title, help }: { form: FormSpec; title: string; help: string | undefined }) {
  const Preview = useContext(FormPreviewSlot);
  const [open, setOpen] = useState(false);
  if (!Preview) return null;
  return (
    <div className="step-preview">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Dölj förhandsvisningen' : 'Förhandsvisa formuläret'}
      </button>
      {open && <Preview form={form} title={title} {...(help ? { help } : {})} />}
    </div>
  );
}
