import { useId, useMemo, useState } from 'react';
import type { FormSpec } from '../../engine/index';
import { LazyStepForm } from './LazyStepForm';

/** A draft store that lives as long as the preview: nothing typed in a preview is kept anywhere. */
function previewDrafts() {
  const map = new Map<string, unknown>();
  return {
    load: async (key: string) => map.get(key),
    save: async (key: string, data: unknown) => void map.set(key, data),
    clear: async (key: string) => void map.delete(key),
  };
}

/**
 * The process owner's live preview of a step: the very form, widgets and Swedish messages the case handler gets, with the
 * step's help text. "Pröva formuläret" checks what is typed and says whether it would be accepted; nothing is sent or kept.
 */
export function FormPreview({ form, title, help }: { form: FormSpec; title: string; help?: string }) {
  const uid = useId();
  const drafts = useMemo(previewDrafts, []);
  const [outcome, setOutcome] = useState('');
  return (
    <section className="form-preview" aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>Förhandsvisning: {title}</h4>
      <p className="hint">Så ser steget ut för den som gör det. Prova att fylla i – inget sparas och inget skickas.</p>
      {help && <p className="step-help">{help}</p>}
      <LazyStepForm
        form={form}
        draftKey="forhandsvisning"
        drafts={drafts}
        submitText="Pröva formuläret"
        onSubmit={async () => {
          setOutcome('Formuläret är rätt ifyllt och skulle tas emot. Inget har sparats.');
          return false;
        }}
      />
      <p role="status" className={outcome ? 'success' : undefined}>
        {outcome}
      </p>
    </section>
  );
}
