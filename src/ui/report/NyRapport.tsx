import { useState } from 'react';
import type { PackRegistry, ProcessType } from '../../engine/index';
import { holdsRole } from '../../engine/index';
import { enheterOf } from '../../kit/roles';
import { navigate, replaceRoute } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';
import { EnhetSelect } from './EnhetSelect';
import { ProcessChoice } from './ProcessChoice';
import { sendRapport } from './sendRapport';
import type { RapportOutcome } from './sendRapport';

type RefusedProblem = Extract<RapportOutcome, { kind: 'refused' }>['problem'];

// What Ny rapport offers comes from the process packs (their order, texts and the role that may start them).
const choicesOf = (packs: PackRegistry) => packs.packs.flatMap((p) => (p.nyRapport ? [{ type: p.type, ...p.nyRapport }] : []));

/** "Ny rapport": a short guide to which process applies, the unit, and the first form. */
export function NyRapport(props: { typ?: string; enhet?: string }) {
  const { backend, org, catalog, drafts, packs } = useServices();
  const { user } = useSession();
  const choices = choicesOf(packs);
  const [type, setTypeState] = useState<ProcessType | undefined>(choices.find((c) => c.type === props.typ)?.type);
  const [chosenEnhet, setEnhetState] = useState<string>(props.enhet ?? '');
  // The choice lives in the URL too, so a reload brings back the form with its draft.
  const setType = (t: ProcessType) => {
    setTypeState(t);
    replaceRoute({ page: 'ny', typ: t, ...(chosenEnhet ? { enhet: chosenEnhet } : {}) });
  };
  const setEnhetId = (e: string) => {
    setEnhetState(e);
    replaceRoute({ page: 'ny', ...(type ? { typ: type } : {}), ...(e ? { enhet: e } : {}) });
  };
  const [problem, setProblem] = useState<RefusedProblem>();
  const [queued, setQueued] = useState(false);

  const choice = choices.find((c) => c.type === type);
  const enheter = enheterOf(org, user).filter((e) => !choice || holdsRole(org, user, choice.role, e.id));
  // Whoever reports for one enhet only need not pick it; it stays in the list so they see where it goes.
  const only = enheter.length === 1 ? enheter[0]?.id : undefined;
  const enhetId = enheter.some((e) => e.id === chosenEnhet) ? chosenEnhet : (only ?? '');
  const loaded = type ? backend.registry.latest(type) : undefined;
  const firstForm = loaded ? catalog.forms[loaded.graph.nodes.get(loaded.definition.machine.initial)!.meta!.form!] : undefined;

  return (
    <>
      <h1>Ny rapport</h1>
      <ProcessChoice
        choices={choices.filter((c) => enheterOf(org, user).some((e) => holdsRole(org, user, c.role, e.id)))}
        chosen={type}
        onChoose={(t) => {
          setType(t);
          setProblem(undefined);
        }}
      />
      {choice && <EnhetSelect enheter={enheter} only={only !== undefined} value={enhetId} onChange={setEnhetId} />}
      {problem && (
        <div role="alert" className="rejection">
          {problem.message}
        </div>
      )}
      {queued && (
        <div role="status" className="notice">
          Servern gick inte att nå. Rapporten är sparad i utkorgen i den här webbläsaren och skickas automatiskt när anslutningen är
          tillbaka. Du ser den under ”Väntar på att skickas” högst upp.
        </div>
      )}
      {choice && enhetId && firstForm && (
        <section aria-labelledby="formular-rubrik">
          <h2 id="formular-rubrik">{choice.title}</h2>
          <StepForm
            key={`${type}-${enhetId}`}
            form={firstForm}
            draftKey={`ny:${user.userId}:${type}:${enhetId}`}
            drafts={drafts}
            submitText="Skicka rapporten"
            // E.g. the lex Sarah rapportör starts as the signed-in user, reporting in writing (both changed when registering an oral
            // report).
            initial={choice.initial?.({ userId: user.userId, namn: user.namn, ...(user.titel ? { titel: user.titel } : {}) })}
            engineErrors={problem?.fieldErrors}
            rapportorName={user.namn}
            onSubmit={async (data) => {
              setQueued(false);
              const r = await sendRapport(backend, choice.type, enhetId, data);
              setProblem(r.kind === 'refused' ? r.problem : undefined);
              setQueued(r.kind === 'queued');
              if (r.kind === 'sent') navigate({ page: 'arende', id: r.arendeId });
              return r.kind !== 'refused';
            }}
          />
        </section>
      )}
    </>
  );
}
