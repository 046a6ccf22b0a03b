import { useState } from 'react';
import type { FieldError, ProcessType } from '../../engine/index';
import { PACKS } from '../../processes/packs';
import type { ProcessPack } from '../../processes/ProcessPack';
import { holdsRole } from '../../engine/index';
import { enheterOf } from '../../kit/roles';
import { navigate, replaceRoute } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';

// What Ny rapport offers comes from the process packs (their order, texts and the role that may start them).
const CHOICES = PACKS.flatMap((p) => {
  const pack: ProcessPack = p;
  return pack.nyRapport ? [{ type: p.type, ...pack.nyRapport }] : [];
});

/** "Ny rapport": a short guide to which process applies, the unit, and the first form. */
export function NyRapport(props: { typ?: string; enhet?: string }) {
  const { backend, org, catalog, drafts } = useServices();
  const { user } = useSession();
  const [type, setTypeState] = useState<ProcessType | undefined>(CHOICES.find((c) => c.type === props.typ)?.type);
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
  const [problem, setProblem] = useState<{ message: string; fieldErrors?: readonly FieldError[] }>();
  const [queued, setQueued] = useState(false);

  const choice = CHOICES.find((c) => c.type === type);
  const enheter = enheterOf(org, user).filter((e) => !choice || holdsRole(org, user, choice.role, e.id));
  // Whoever reports for one enhet only need not pick it; it stays in the list so they see where it goes.
  const only = enheter.length === 1 ? enheter[0]?.id : undefined;
  const enhetId = enheter.some((e) => e.id === chosenEnhet) ? chosenEnhet : (only ?? '');
  const loaded = type ? backend.registry.latest(type) : undefined;
  const firstForm = loaded ? catalog.forms[loaded.graph.nodes.get(loaded.definition.machine.initial)!.meta!.form!] : undefined;

  return (
    <>
      <h1>Ny rapport</h1>
      <fieldset className="choice">
        <legend>Vad vill du rapportera?</legend>
        {CHOICES.filter((c) => enheterOf(org, user).some((e) => holdsRole(org, user, c.role, e.id))).map((c) => (
          <div key={c.type} className="choice-item">
            <input
              type="radio"
              id={`val-${c.type}`}
              name="processtyp"
              value={c.type}
              checked={type === c.type}
              onChange={() => {
                setType(c.type);
                setProblem(undefined);
              }}
            />
            <label htmlFor={`val-${c.type}`}>
              <strong>{c.title}</strong>
              <span className="hint">{c.when}</span>
            </label>
          </div>
        ))}
      </fieldset>
      {choice && (
        <p>
          <label htmlFor="enhet">Enhet där det hände</label>
          <select id="enhet" value={enhetId} onChange={(e) => setEnhetId(e.target.value)}>
            {!only && <option value="">Välj enhet</option>}
            {enheter.map((e) => (
              <option key={e.id} value={e.id}>
                {e.namn}
              </option>
            ))}
          </select>
        </p>
      )}
      {problem && (
        <div role="alert" className="rejection">
          {problem.message}
        </div>
      )}
      {queued && (
        <div role="status" className="notice">
          Servern gick inte att nå. Rapporten är sparad i utkorgen i den här webbläsaren och skickas automatiskt när anslutningen är tillbaka. Du ser den under
          ”Väntar på att skickas” högst upp.
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
            // E.g. the lex Sarah rapportör starts as the signed-in user, reporting in writing (both changed when registering an oral report).
            initial={choice.initial?.({ userId: user.userId, namn: user.namn, ...(user.titel ? { titel: user.titel } : {}) })}
            engineErrors={problem?.fieldErrors}
            rapportorName={user.namn}
            onSubmit={async (data) => {
              setQueued(false);
              let r;
              try {
                r = await backend.report(choice.type, enhetId, data);
              } catch (e) {
                setProblem({ message: (e as Error).message });
                return false;
              }
              if (!r.ok && 'queued' in r) {
                setProblem(undefined);
                setQueued(true);
                return true;
              }
              if (!r.ok) {
                setProblem({ message: r.rejection.message, fieldErrors: r.rejection.fieldErrors });
                return false;
              }
              navigate({ page: 'arende', id: r.summary.arendeId });
              return true;
            }}
          />
        </section>
      )}
    </>
  );
}
