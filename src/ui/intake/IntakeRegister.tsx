import { useState } from 'react';
import type { ReceivedRecord } from '../../engine/index';
import { holdsRole, stockholmDate } from '../../engine/index';
import { formatDateTime } from '../../kit/format';
import { enhetName, processTitle } from '../../kit/labels';
import { ReceivedFields } from '../../kit/ReceivedFields';
import { href, navigate } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { useLoad } from '../../kit/useLoad';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';
import { RegisterEnhetSelect } from './RegisterEnhetSelect';
import { registerIntake } from './registerIntake';
import type { RegisterOutcome } from './registerIntake';

const NOTE =
  'Uppgifterna kommer från webbformuläret. Ändra bara ett uppenbart fel, och ange det då under "Rättelse" med ett skäl. ' +
  'Personens text och en begäran om svar kan inte ändras.';

/**
 * Registering what came in through a public form: what came in, exactly as sent, and beside it the first step's form
 * started from it; the person checks and completes it, corrects an obvious error with a reason, and the ärende opens
 * in her name (nothing was signed by the public). The server puts what came in into the first event itself.
 */
export function IntakeRegister({ id }: { id: string }) {
  const { backend, org, catalog, drafts } = useServices();
  const { user } = useSession();
  const { data: item, error } = useLoad(() => backend.intakeItem(id), [backend, id]);
  const [problem, setProblem] = useState<Extract<RegisterOutcome, { ok: false }>['problem']>();
  const [enhetId, setEnhetId] = useState<string>();
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
  const firstStep = loaded?.graph.nodes.get(loaded.definition.machine.initial)?.meta;
  const form = firstStep?.form ? catalog.forms[firstStep.form] : undefined;
  const intake = backend.registry.catalog.packs.packOf(item.processType)?.publicIntake;
  const received: ReceivedRecord = { id: item.id, receivedAt: item.receivedAt, enhetId: item.enhetId, data: item.data };
  const initial = intake?.firstStep
    ? intake.firstStep(item.data, stockholmDate(item.receivedAt) ?? item.receivedAt.slice(0, 10))
    : item.data;
  // Where she could open it: the open enheter where she holds the first step's role (the server checks it again).
  const role = firstStep?.role;
  const enheter = org.enheter.filter((e) => e.id === item.enhetId || (!e.stangd && role !== undefined && holdsRole(org, user, role, e.id)));
  const chosen = enhetId ?? item.enhetId;
  return (
    <>
      <h1>Registrera: {processTitle(backend.registry, item.processType)}</h1>
      <p>
        Kom in via webbformuläret {formatDateTime(item.receivedAt)}, gäller {enhetName(org, item.enhetId)}. Det som kom in sparas i ärendet
        exakt som det skickades, och din registrering bredvid. När du skickar registreras ärendet i ditt namn.
      </p>
      <section aria-labelledby="som-det-kom-in" className="received">
        <h2 id="som-det-kom-in">Som det kom in</h2>
        <ReceivedFields received={received} form={intake ? catalog.forms[intake.form] : undefined} org={org} />
      </section>
      <section aria-labelledby="din-registrering">
        <h2 id="din-registrering">Din registrering</h2>
        {enheter.length > 1 && <RegisterEnhetSelect enheter={enheter} value={chosen} onChange={setEnhetId} />}
        {problem && (
          <div role="alert" className="rejection">
            <p>{problem.message}</p>
          </div>
        )}
        {form ? (
          <StepForm
            form={form}
            draftKey={`inkommen:${id}:${user.userId}`}
            drafts={drafts}
            submitText="Registrera ärendet"
            initial={initial}
            initialNote={NOTE}
            // Sent back as it was read: the server keeps its own copy and refuses any other.
            fixed={{ mottaget: received }}
            engineErrors={problem?.fieldErrors}
            onSubmit={async (data) => {
              const r = await registerIntake(backend, id, data, chosen === item.enhetId ? undefined : chosen);
              if (!r.ok) setProblem(r.problem);
              else navigate({ page: 'arende', id: r.arendeId });
              return r.ok;
            }}
          />
        ) : (
          <p role="alert">Processen har ingen publicerad version att registrera i.</p>
        )}
      </section>
    </>
  );
}
