import { useEffect, useRef, useState } from 'react';
import { may } from '../../api/access';
import type { ArendeState, Atgard, FieldError } from '../../engine/index';
import { packOf } from '../../processes/registry';
import { closingConditions, computeObligations, holdsRole, LINK_TITLES, newItemDefaults, ROLE_TITLES, rubrikOf, SKELETONS, stepDefaults, stepperOf, stockholmDate } from '../../engine/index';
import { href } from '../../kit/router';
import { contactOf, userName } from '../../kit/roles';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { useLoad } from '../../kit/useLoad';
import { usePackUi } from '../../kit/usePackUi';
import { formatDate, relativeDays } from '../../kit/format';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';
import { arendeNumber, enhetName } from '../../kit/labels';
import { AtgarderPanel } from './AtgarderPanel';
import { History } from './History';
import { JavPanel } from './JavPanel';
import { NotReadable } from './NotReadable';
import { Stepper } from './Stepper';

// `initial` and `from`: a command opened from a pack's panel with starting data (a risk made into an åtgärd).
type Open = { type: string; atgard?: Atgard; initial?: Record<string, unknown>; from?: string } | undefined;

const CARRIED_NOTE = 'Uppgifter som redan finns i ärendet är ifyllda. Kontrollera dem och ändra om något inte stämmer.';

/** One ärende: stepper, the current step's form or who may act and why, åtgärder, deadlines, close-out and history. */
export function CaseView({ id }: { id: string }) {
  const services = useServices();
  const { backend, org, people, catalog, drafts, now } = services;
  const { user } = useSession();
  const { data, error, reload } = useLoad(() => backend.arende(id), [backend, id, user]);
  const packUi = usePackUi(data?.state.open.processType);
  const [open, setOpen] = useState<Open>();
  // `linked`: the ärende the step opened in the same commit (lex Sarah, an egenkontroll's next occasion), to go on there.
  const [notice, setNotice] = useState<{ text: string; linked?: { id: string; title: string } }>();
  const [problem, setProblem] = useState<{ message: string; type?: string; fieldErrors?: readonly FieldError[]; reasons?: readonly string[] }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const commandHeading = useRef<HTMLHeadingElement>(null);

  // A form opened from a panel further up appears below: take the person there.
  useEffect(() => {
    if (open?.from) commandHeading.current?.focus();
  }, [open?.from]);

  // Another person's step shows up here as soon as the server tells us.
  useEffect(() => services.subscribe((changed) => {
    if (changed === id || changed === '*') reload();
  }), [services, id, reload]);

  if (error) return <p role="alert">Ärendet kunde inte läsas: {error.message}</p>;
  // The process's own panels come with the ärende, so the step does not shift when they arrive.
  if (data === undefined || (data !== null && packUi === undefined)) return <p aria-live="polite">Läser in ärendet …</p>;
  if (data === null) return <NotReadable id={id} onGranted={reload} />;
  const { state, options } = data;
  const CasePanel = packUi?.casePanel;
  const nameOf = (userId: string) => userName(people, userId);
  const titleOfEvent = (type: string) => options.find((o) => o.type === type)?.title ?? type;
  const steps = stepperOf(state);
  const StepPanel = (key: string) => {
    const Panel = packUi?.stepPanels?.[key];
    const commandOpener = (type: string) =>
      options.some((o) => o.type === type && o.allowed) ? (initial: Record<string, unknown>, from: string) => setOpen({ type, initial, from }) : undefined;
    return Panel ? <Panel state={state} commandOpener={commandOpener} /> : null;
  };
  const today = now();
  const obligations = computeObligations(state, today).filter((o) => o.status === 'open');
  const closing = closingConditions(state);
  const current = steps.filter((s) => s.status === 'current');
  const commands = options.filter((o) => !o.type.endsWith('.submit') && !o.type.startsWith('atgard.') && o.allowed);
  const atgardOptions = options.filter((o) => o.type.startsWith('atgard.'));
  const addAtgard = options.find((o) => o.type === 'atgard.lagg_till' && o.allowed);
  // The close-out checklist is for whoever closes (SAS for lex Sarah, the enhetschef for avvikelser).
  const closeRole = options.find((o) => o.type === 'avslut.submit')?.role;
  const mayClose = closeRole !== undefined && holdsRole(org, user, closeRole, state.open.enhetId);
  const openCommand = open && !open.atgard && !open.type.endsWith('.submit') && (commands.length > 0 || addAtgard) ? open.type : undefined;
  // Parallel steps, an åtgärd and a command may each show a form: then every submit button names its form.
  const formsShown =
    current.filter((s) => options.find((o) => o.type === `${s.key}.submit`)?.allowed).length + (open?.atgard ? 1 : 0) + (openCommand ? 1 : 0);

  const submit = async (type: string, data: Record<string, unknown>): Promise<boolean> => {
    setProblem(undefined);
    // Measured by the benchmark: the round trip to the server (engine checks and the commit there), without re-rendering.
    const started = performance.now();
    let r;
    try {
      r = await backend.submit(id, type, data, state.events.length);
    } catch (e) {
      setProblem({ message: (e as Error).message });
      return false;
    }
    performance.measure('kf:commit', { start: started });
    if (!r.ok) {
      setProblem({ message: r.rejection.message, type, fieldErrors: r.rejection.fieldErrors, reasons: r.rejection.reasons });
      if (r.rejection.code === 'seq_conflict') void reload();
      return false;
    }
    setOpen(undefined);
    await reload();
    setNotice({ text: `Sparat: ${titleOfEvent(type)}.`, ...(r.linked ? { linked: { id: r.linked.arendeId, title: r.linked.rubrik } } : {}) });
    heading.current?.focus();
    return true;
  };

  const formFor = (type: string, name: string, atgard?: Atgard, submitText = 'Spara och skicka', opened?: { initial?: Record<string, unknown>; from?: string }) => {
    const formId = state.loaded.formOf.get(type);
    const form = formId ? catalog.forms[formId] : undefined;
    if (!form) return <p role="alert">Formuläret för steget saknas.</p>;
    // Facts the ärende already holds start the form (used only when there is no draft); the person edits and submits.
    const role = options.find((o) => o.type === type)?.role;
    const input = { organisation: org, today: stockholmDate(today) ?? today.slice(0, 10), person: { namn: user.namn, ...(role ? { role } : {}), ...contactOf(user) } };
    const initial = { ...stepDefaults(state, type, form, input), ...opened?.initial };
    // Opened from something (a risk's row), the form keeps its own draft, apart from an empty one.
    const variant = atgard?.id ?? opened?.from ?? '';
    return (
      <StepForm
        key={`${type}-${variant}`}
        form={form}
        draftKey={`arende:${id}:${type}:${variant}:${user.userId}`}
        drafts={drafts}
        submitText={submitText}
        submitFor={formsShown > 1 ? name : undefined}
        initial={initial}
        initialNote={Object.keys(initial).length > 0 ? CARRIED_NOTE : undefined}
        newItems={newItemDefaults(state, form, input)}
        fixed={atgard ? { atgardId: atgard.id } : undefined}
        // Only the refused form shows the engine's field errors, not another form open beside it.
        engineErrors={problem?.type === type ? problem.fieldErrors : undefined}
        // The first step is the rapport: whoever writes it is warned when the rapportör's name is in the text.
        rapportorName={type === `${state.loaded.graph.nodes.get(state.loaded.definition.machine.initial)?.key}.submit` ? user.namn : undefined}
        onSubmit={(d) => submit(type, d)}
      />
    );
  };

  return (
    <article className="case">
      <header className="case-header">
        <p className="eyebrow">
          {state.loaded.definition.title} · ärende {arendeNumber(id)} · {enhetName(org, state.open.enhetId)} · version {state.loaded.definition.version}
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {rubrikOf(state)}
        </h1>
        <p>
          Status: <strong>{state.status === 'closed' ? 'Avslutat' : current.map((s) => s.title).join(' och ') || 'Pågår'}</strong>
          {state.links.map((l) => (
            <span key={l.arendeId}>
              {' '}
              · <a href={href({ page: 'arende', id: l.arendeId })}>{LINK_TITLES[l.rel] ?? l.rel} {arendeNumber(l.arendeId)}</a>
            </span>
          ))}
        </p>
        <LateRegistration state={state} />
        <DocumentLinks id={id} state={state} accessLog={may(user, 'accessLog')} />
      </header>

      <div aria-live="polite" className="notice-area">
        {notice && (
          <p className="success">
            {notice.text}
            {notice.linked && (
              <>
                {' '}
                Ett nytt ärende öppnades:{' '}
                <a href={href({ page: 'arende', id: notice.linked.id })}>
                  {notice.linked.title} (ärende {arendeNumber(notice.linked.id)})
                </a>
                .
              </>
            )}
          </p>
        )}
      </div>
      {problem && (
        <div role="alert" className="rejection">
          <p>{problem.message}</p>
        </div>
      )}
      <JavPanel
        jav={data.jav}
        declare={(motivering) => backend.declareJav(id, motivering, state.events.length)}
        appoint={(input) => backend.appointErsattare(id, input, state.events.length)}
        onDone={async (text) => {
          await reload();
          setNotice({ text });
          heading.current?.focus();
        }}
      />
      {CasePanel && <CasePanel state={state} />}

      <div className="case-grid">
        <section aria-labelledby="steg-rubrik">
          <h2 id="steg-rubrik">Steg</h2>
          <Stepper steps={steps} nameOf={nameOf} skeleton={SKELETONS[state.loaded.definition.processType]} />
        </section>

        <div className="case-main">
          {current.map((step) => {
            const option = options.find((o) => o.type === `${step.key}.submit`);
            return (
              <section key={step.path} aria-labelledby={`aktuellt-${step.key}`} className="current-step">
                <h2 id={`aktuellt-${step.key}`}>Aktuellt steg: {step.title}</h2>
                {StepPanel(step.key)}
                {option?.allowed ? (
                  formFor(option.type, step.title, undefined, step.key === 'avslut' ? 'Avsluta ärendet' : 'Spara och skicka')
                ) : (
                  <div className="why-not">
                    {option?.why && (option.why.code === 'guard_failed' || option.why.code === 'jav') ? (
                      <>
                        <p>{option.why.code === 'jav' ? 'Du får inte utföra steget:' : 'Steget kan inte slutföras ännu:'}</p>
                        <ul>
                          {(option.why.reasons?.length ? option.why.reasons : [option.why.message]).map((r) => (
                            <li key={r}>{r}</li>
                          ))}
                        </ul>
                      </>
                    ) : (
                      <>
                        <p>
                          Steget utförs av <strong>{step.role ? ROLE_TITLES[step.role] : 'ansvarig'}</strong> för {enhetName(org, state.open.enhetId)}.
                        </p>
                        {option?.why && <p>{option.why.message}</p>}
                      </>
                    )}
                  </div>
                )}
              </section>
            );
          })}

          {closing.length > 0 && mayClose && (
            <section aria-labelledby="avslut-rubrik" className="closing">
              <h2 id="avslut-rubrik">Avsluta ärendet</h2>
              <ul className="checklist">
                {closing.map((c) => (
                  <li key={c.text} className={c.met ? 'met' : 'unmet'}>
                    <span className="visually-hidden">{c.met ? 'Uppfyllt: ' : 'Inte uppfyllt: '}</span>
                    {c.text}
                    {c.details.length > 0 && (
                      <ul>
                        {c.details.map((d) => (
                          <li key={d}>{d}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
              {!closing.every((c) => c.met) && (
                <button type="button" disabled aria-describedby="avslut-rubrik">
                  Avsluta ärende
                </button>
              )}
            </section>
          )}

          {(state.snapshot.context.atgarder.length > 0 || addAtgard) && (
            <AtgarderPanel atgarder={state.snapshot.context.atgarder} options={atgardOptions} onAction={(type, atgard) => setOpen({ type, atgard })} />
          )}
          {open?.atgard && (
            <section aria-labelledby="atgard-form-rubrik" className="command">
              <h2 id="atgard-form-rubrik">
                {titleOfEvent(open.type)}: {open.atgard.vad}
              </h2>
              {formFor(open.type, `${titleOfEvent(open.type)}: ${open.atgard.vad}`, open.atgard)}
              <button type="button" className="link-button" onClick={() => setOpen(undefined)}>
                Avbryt
              </button>
            </section>
          )}

          {(commands.length > 0 || addAtgard) && (
            <section aria-labelledby="fler-rubrik">
              <h2 id="fler-rubrik">Fler åtgärder i ärendet</h2>
              <ul className="command-list">
                {[...commands, ...(addAtgard ? [addAtgard] : [])].map((c) => (
                  <li key={c.type}>
                    <button type="button" aria-expanded={open?.type === c.type && !open.atgard} onClick={() => setOpen(open?.type === c.type ? undefined : { type: c.type })}>
                      {c.title}
                    </button>
                  </li>
                ))}
              </ul>
              {openCommand && (
                <section aria-labelledby="kommando-rubrik" className="command">
                  <h3 id="kommando-rubrik" ref={commandHeading} tabIndex={-1}>
                    {titleOfEvent(openCommand)}
                  </h3>
                  {formFor(openCommand, titleOfEvent(openCommand), undefined, undefined, open)}
                </section>
              )}
            </section>
          )}

          {obligations.length > 0 && (
            <section aria-labelledby="tidskrav-rubrik">
              <h2 id="tidskrav-rubrik">Tidskrav</h2>
              <ul className="obligations">
                {obligations.map((o) => (
                  <li key={`${o.id}-${o.startedAt}`} className={o.overdue ? 'overdue' : o.dueSoon ? 'due-soon' : ''}>
                    {o.overdue && <strong>Försenat: </strong>}
                    {o.title} – senast <time dateTime={o.dueAt}>{formatDate(o.dueAt)}</time> ({relativeDays(o.dueAt, today)})
                    {o.kind === 'legal' ? ' · lagstadgat' : ' · lokal rutin'}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <History state={state} nameOf={nameOf} titleOf={titleOfEvent} />
        </div>
      </div>
    </article>
  );
}

function DocumentLinks({ id, state, accessLog }: { id: string; state: ArendeState; accessLog: boolean }) {
  // A document exists once the step it prints is in the log (the utredning, the anmälan).
  const links = (packOf(state.open.processType)?.documents ?? []).filter((d) => !d.after || state.events.some((e) => e.type === d.after)).map((d) => [d.id, d.linkText] as const);
  if (links.length === 0 && !accessLog) return null;
  return (
    <p className="documents">
      {links.map(([doc, text]) => (
        <a key={doc} href={href({ page: 'utskrift', id, dokument: doc })}>
          {text}
        </a>
      ))}
      {accessLog && <a href={href({ page: 'loggkontroll', arende: id })}>Vem har öppnat ärendet? (loggkontroll)</a>}
    </p>
  );
}

/** An efterregistrering shows both dates: when the rapport was really given, and when it came into the system. */
function LateRegistration({ state }: { state: { snapshot: { context: { steps: Record<string, { data: unknown; at: string } | undefined> } } } }) {
  const rapport = state.snapshot.context.steps['rapport.submit'];
  const data = (rapport?.data ?? {}) as { efterregistrering?: boolean; efterregistreringDatum?: string; efterregistreringKalla?: string };
  if (!rapport || data.efterregistrering !== true || !data.efterregistreringDatum) return null;
  return (
    <p className="late-registration">
      <strong>Efterregistrerat.</strong> Rapporten lämnades {formatDate(data.efterregistreringDatum)} och registrerades {formatDate(rapport.at)}
      {data.efterregistreringKalla ? ` (original: ${data.efterregistreringKalla})` : ''}.
    </p>
  );
}
