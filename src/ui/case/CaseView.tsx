import { useState } from 'react';
import { may } from '../../api/access';
import { holdsRole, stepperOf } from '../../engine/index';
import { userName } from '../../kit/roles';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { CaseActions } from './CaseActions';
import { caseActions } from './caseActions';
import type { Open } from './caseActions';
import { CaseHeader } from './CaseHeader';
import { CaseNotice } from './CaseNotice';
import type { CaseFormContext } from './CaseStepForm';
import { ClosingChecklist } from './ClosingChecklist';
import { CurrentStep } from './CurrentStep';
import { History } from './History';
import { JavPanel } from './JavPanel';
import { NotReadable } from './NotReadable';
import { Obligations } from './Obligations';
import { PackStepPanel } from './PackStepPanel';
import { Stepper } from './Stepper';
import { useArende } from './useArende';
import { useCaseSaves } from './useCaseSaves';

/** One ärende: stepper, the current step's form or who may act and why, åtgärder, deadlines, close-out and history. */
export function CaseView({ id }: { id: string }) {
  const { backend, org, people, now } = useServices();
  const { user } = useSession();
  const { data, error, reload, saving, packUi } = useArende(id);
  const { notice, problem, heading, done, submit } = useCaseSaves(id, reload, saving);
  const [open, setOpen] = useState<Open>();

  if (error) return <p role="alert">Ärendet kunde inte läsas: {error.message}</p>;
  // The process's own panels come with the ärende, so the step does not shift when they arrive.
  if (data === undefined || (data !== null && packUi === undefined)) return <p aria-live="polite">Läser in ärendet …</p>;
  if (data === null) return <NotReadable id={id} onGranted={reload} />;
  const { state, options } = data;
  const CasePanel = packUi?.casePanel;
  const nameOf = (userId: string) => userName(people, userId);
  const titleOfEvent = (type: string) => options.find((o) => o.type === type)?.title ?? type;
  const steps = stepperOf(state);
  const actions = caseActions(options, steps, open);
  const { current, closeRole, formsShown } = actions;
  const mayClose = closeRole !== undefined && holdsRole(org, user, closeRole, state.open.enhetId);
  const ctx: CaseFormContext = {
    id,
    state,
    options,
    today: now(),
    formsShown,
    problem,
    submit: (type, d) => submit(state.events.length, type, d, titleOfEvent(type), () => setOpen(undefined)),
  };

  return (
    <article className="case">
      <CaseHeader id={id} state={state} current={current} accessLog={may(user, 'accessLog')} headingRef={heading} />
      <CaseNotice notice={notice} />
      {problem && (
        <div role="alert" className="rejection">
          <p>{problem.message}</p>
        </div>
      )}
      <JavPanel
        jav={data.jav}
        declare={(motivering) => backend.declareJav(id, motivering, state.events.length)}
        appoint={(input) => backend.appointErsattare(id, input, state.events.length)}
        onDone={(text) => done(text)}
      />
      {CasePanel && <CasePanel state={state} />}
      <div className="case-grid">
        <section aria-labelledby="steg-rubrik">
          <h2 id="steg-rubrik">Steg</h2>
          <Stepper steps={steps} nameOf={nameOf} skeleton={state.loaded.pack.skeleton} />
        </section>
        <div className="case-main">
          {current.map((step) => (
            <CurrentStep
              key={step.path}
              step={step}
              ctx={ctx}
              panel={<PackStepPanel packUi={packUi} stepKey={step.key} state={state} options={options} setOpen={setOpen} />}
            />
          ))}
          {mayClose && <ClosingChecklist state={state} />}
          <CaseActions ctx={ctx} actions={actions} open={open} setOpen={setOpen} titleOf={titleOfEvent} />
          <Obligations state={state} today={ctx.today} />
          <History state={state} nameOf={nameOf} titleOf={titleOfEvent} />
        </div>
      </div>
    </article>
  );
}
