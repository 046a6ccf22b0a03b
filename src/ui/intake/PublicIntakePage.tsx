import { useState } from 'react';
import type { ProcessPack } from '../../engine/index';
import type { BaseServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { formKey } from './formKey';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';
import { PublicEnhetSelect } from './PublicEnhetSelect';
import { NoPublicForm, PublicThanks } from './PublicNotices';

// Nothing typed on a public form is kept in this browser (it may be a library's or a relative's computer).
const NO_DRAFTS: BaseServices['drafts'] = { load: async () => undefined, save: async () => undefined, clear: async () => undefined };

/**
 * A process's public form (synpunkter och klagomål on the förvaltning's web site): no account, nothing read back.
 * After sending, the page says what happens next and shows none of what was written.
 */
export function PublicIntakePage({ processType, backend }: { processType: string; backend: BaseServices['backend'] }) {
  const pack: ProcessPack | undefined = backend.registry.catalog.packs.packOf(processType);
  const intake = pack?.publicIntake;
  const { data: info, error } = useLoad(
    () => (intake ? backend.publicIntakeInfo(processType) : Promise.resolve(undefined)),
    [backend, processType],
  );
  const [enhetId, setEnhetId] = useState('');
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState(false);
  // One key for this filled-in form, the same on every retry: a send whose answer was lost is kept once.
  const [idempotencyKey] = useState(formKey);
  const form = intake ? backend.registry.catalog.forms[intake.form] : undefined;

  if (!intake || !form) return <NoPublicForm />;
  if (sent) return <PublicThanks />;
  return (
    <main id="huvudinnehall" className="public-page">
      <h1>{intake.title}</h1>
      {/* The förvaltning's own wording, once read; the pack's until then. */}
      <p>{info?.intro ?? intake.intro}</p>
      {error && <p role="alert">Formuläret kunde inte läsas in: {error.message}</p>}
      <PublicEnhetSelect enheter={info?.enheter ?? []} value={enhetId} onChange={setEnhetId} />
      {problem && (
        <div role="alert" className="rejection">
          {problem}
        </div>
      )}
      <StepForm
        form={form}
        draftKey={`offentlig:${processType}`}
        drafts={NO_DRAFTS}
        submitText="Skicka"
        onSubmit={async (data) => {
          if (!enhetId) {
            setProblem('Välj vilken verksamhet det gäller innan du skickar.');
            return false;
          }
          try {
            await backend.submitPublic(processType, enhetId, data, idempotencyKey);
          } catch (e) {
            setProblem((e as Error).message);
            return false;
          }
          setSent(true);
          return true;
        }}
      />
    </main>
  );
}
