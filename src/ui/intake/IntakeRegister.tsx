import { useState } from 'react';
import type { FieldError } from '../../engine/index';
import { stockholmDate } from '../../engine/index';
import { packOf } from '../../processes/registry';
import { formatDateTime } from '../foundation/format';
import { enhetName, processTitle } from '../foundation/labels';
import { href, navigate } from '../foundation/router';
import { useServices } from '../foundation/services';
import { useSession } from '../foundation/session';
import { useLoad } from '../foundation/useLoad';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';

/**
 * Registering what came in through a public form: the first step's form, filled with what was sent; the person
 * checks and completes it, and the ärende is opened in her name (nothing was signed by the public).
 */
export function IntakeRegister({ id }: { id: string }) {
  const { backend, org, catalog, drafts } = useServices();
  const { user } = useSession();
  const { data: item, error } = useLoad(() => backend.intakeItem(id), [backend, id]);
  const [problem, setProblem] = useState<{ message: string; fieldErrors?: readonly FieldError[] }>();
  if (error) return <p role="alert">Det inkomna kunde inte läsas: {error.message}</p>;
  if (item === undefined) return <p aria-live="polite">Läser in …</p>;
  if (item === null) return <p role="alert">Det finns inget sådant inkommet ärende, eller så registreras det av någon annan.</p>;
  if (item.registeredArendeId)
    return (
      <p>
        Det här är redan registrerat: <a href={href({ page: 'arende', id: item.registeredArendeId })}>öppna ärendet</a>.
      </p>
    );
  const loaded = backend.registry.latest(item.processType);
  const first = loaded?.graph.nodes.get(loaded.definition.machine.initial)?.meta?.form;
  const form = first ? catalog.forms[first] : undefined;
  const intake = packOf(item.processType)?.publicIntake;
  const received = stockholmDate(item.receivedAt) ?? item.receivedAt.slice(0, 10);
  const initial = intake?.firstStep ? intake.firstStep(item.data, received) : item.data;
  return (
    <>
      <h1>Registrera: {processTitle(backend.registry, item.processType)}</h1>
      <p>
        Kom in via webbformuläret {formatDateTime(item.receivedAt)}, gäller {enhetName(org, item.enhetId)}. Kontrollera och komplettera uppgifterna. När du skickar
        registreras ärendet i ditt namn.
      </p>
      {problem && (
        <div role="alert" className="rejection">
          {problem.message}
        </div>
      )}
      {form ? (
        <StepForm
          form={form}
          draftKey={`inkommen:${id}:${user.userId}`}
          drafts={drafts}
          submitText="Registrera ärendet"
          initial={initial}
          initialNote="Uppgifterna kommer från webbformuläret. Ändra det som behöver ändras."
          engineErrors={problem?.fieldErrors}
          onSubmit={async (data) => {
            let r;
            try {
              r = await backend.registerIntake(id, data);
            } catch (e) {
              setProblem({ message: (e as Error).message });
              return false;
            }
            if (!r.ok) {
              setProblem({ message: r.rejection.message, fieldErrors: r.rejection.fieldErrors });
              return false;
            }
            navigate({ page: 'arende', id: r.summary.arendeId });
            return true;
          }}
        />
      ) : (
        <p role="alert">Processen har ingen publicerad version att registrera i.</p>
      )}
    </>
  );
}
