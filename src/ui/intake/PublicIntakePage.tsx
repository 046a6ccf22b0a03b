import { useState } from 'react';
import type { BaseServices } from '../../kit/services';
import type { ProcessPack } from '../../processes/ProcessPack';
import { packOf } from '../../processes/registry';
import { useLoad } from '../../kit/useLoad';
import { formKey } from './formKey';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';

// Nothing typed on a public form is kept in this browser (it may be a library's or a relative's computer).
const NO_DRAFTS: BaseServices['drafts'] = { load: async () => undefined, save: async () => undefined, clear: async () => undefined };

/**
 * A process's public form (synpunkter och klagomål on the förvaltning's web site): no account, nothing read back.
 * After sending, the page says what happens next and shows none of what was written.
 */
export function PublicIntakePage({ processType, backend }: { processType: string; backend: BaseServices['backend'] }) {
  const pack: ProcessPack | undefined = packOf(processType);
  const intake = pack?.publicIntake;
  const { data: info, error } = useLoad(() => (intake ? backend.publicIntakeInfo(processType) : Promise.resolve(undefined)), [backend, processType]);
  const [enhetId, setEnhetId] = useState('');
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState(false);
  // One key for this filled-in form, the same on every retry: a send whose answer was lost is kept once.
  const [idempotencyKey] = useState(formKey);
  const form = intake ? backend.registry.catalog.forms[intake.form] : undefined;

  if (!intake || !form)
    return (
      <main id="huvudinnehall" className="public-page">
        <h1>Formuläret finns inte</h1>
        <p>Adressen leder inte till något formulär. Kontrollera länken eller kontakta förvaltningen.</p>
      </main>
    );
  if (sent)
    return (
      <main id="huvudinnehall" className="public-page">
        <h1>Tack, vi har tagit emot det du skrev</h1>
        <p role="status">
          Det du skickade har kommit in till förvaltningen. Ansvarig chef registrerar och utreder det. Om du har bett om svar och lämnat kontaktuppgifter hör vi av oss,
          normalt inom två veckor.
        </p>
        <p>Av hänsyn till din integritet visas inte det du skrev här. Du kan stänga sidan.</p>
      </main>
    );
  const enheter = info?.enheter ?? [];
  const verksamheter = [...new Set(enheter.map((e) => e.verksamhet))];
  return (
    <main id="huvudinnehall" className="public-page">
      <h1>{intake.title}</h1>
      <p>{intake.intro}</p>
      {error && <p role="alert">Formuläret kunde inte läsas in: {error.message}</p>}
      <p>
        <label htmlFor="offentlig-enhet">Vilken verksamhet gäller det?</label>
        <select id="offentlig-enhet" value={enhetId} onChange={(e) => setEnhetId(e.target.value)} aria-describedby="offentlig-enhet-hjalp">
          <option value="">Välj verksamhet</option>
          {verksamheter.map((v) => (
            <optgroup key={v} label={v || 'Övriga'}>
              {enheter
                .filter((e) => e.verksamhet === v)
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.namn}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <span id="offentlig-enhet-hjalp" className="hint">
          Vet du inte exakt? Välj den som ligger närmast, så skickar vi det vidare.
        </span>
      </p>
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
