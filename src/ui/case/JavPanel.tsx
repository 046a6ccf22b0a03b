import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { SubmitOutcome } from '../../api/Backend';
import { MOTIVERING_MAX, ROLE_TITLES } from '../../engine/index';
import type { Candidate, JavView, RoleId, Stall } from '../../engine/index';
import { formatDate } from '../../kit/format';

/**
 * Jäv on the case page: a step jäv has stopped (for everyone who reads the ärende), the förvaltningschef's form to
 * appoint an ersättare, and "Jag är jävig i ärendet" for whoever could act on a step where someone judges.
 */
export function JavPanel(props: {
  jav: JavView | undefined;
  declare(motivering: string): Promise<SubmitOutcome>;
  appoint(input: { userId: string; role: RoleId; motivering: string }): Promise<SubmitOutcome>;
  onDone(text: string): void;
}) {
  const { jav } = props;
  if (!jav || (jav.stalls.length === 0 && !jav.declare)) return null;
  return (
    <>
      {jav.stalls.map((s) => (
        <StallNotice key={s.stepPath} stall={s} noAppointer={jav.noAppointer} />
      ))}
      {jav.appoint?.map((a) => (
        <AppointForm key={a.role} role={a.role} candidates={a.candidates} appoint={props.appoint} onDone={props.onDone} />
      ))}
      {jav.declare && <DeclareJav role={jav.declare.role} steps={jav.declare.steps} declare={props.declare} onDone={props.onDone} />}
    </>
  );
}

function StallNotice({ stall, noAppointer }: { stall: Stall; noAppointer: boolean }) {
  const role = ROLE_TITLES[stall.role];
  return (
    <div className="stall" role="status">
      <p>
        <strong>Ärendet har stannat:</strong> alla som kan göra "{stall.stepTitle}" ({role}) är jäviga.{' '}
        {noAppointer
          ? `Förvaltningschefen är också jävig: administratören ger en annan person rollen ${role} under Organisation, senast ` +
            `${formatDate(stall.dueAt)}.`
          : `Förvaltningschefen utser en ersättare senast ${formatDate(stall.dueAt)}.`}
      </p>
    </div>
  );
}

/** A refusal from the server, shown where the form is. */
function useRefusal() {
  const [refusal, setRefusal] = useState<string>();
  const run = async (call: () => Promise<SubmitOutcome>, done: () => void, missing?: string) => {
    setRefusal(missing);
    if (missing) return;
    try {
      const r = await call();
      if (r.ok) done();
      else setRefusal(r.rejection.message);
    } catch (e) {
      setRefusal((e as Error).message);
    }
  };
  return { refusal, run };
}

function AppointForm(props: {
  role: RoleId;
  candidates: readonly Candidate[];
  appoint: (input: { userId: string; role: RoleId; motivering: string }) => Promise<SubmitOutcome>;
  onDone(text: string): void;
}) {
  const { role, candidates } = props;
  const ids = useId();
  const [userId, setUserId] = useState('');
  const [motivering, setMotivering] = useState('');
  const { refusal, run } = useRefusal();
  const title = ROLE_TITLES[role];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = candidates.find((c) => c.userId === userId);
    const missing = !userId
      ? 'Ersättare: välj den person som ska utses.'
      : !motivering.trim()
        ? 'Motivering: skriv kort varför.'
        : undefined;
    void run(
      () => props.appoint({ userId, role, motivering }),
      () => props.onDone(`Sparat: ${chosen?.namn ?? 'ersättaren'} är utsedd som ${title} i ärendet.`),
      missing,
    );
  };
  return (
    <section aria-labelledby={`${ids}-rubrik`} className="command">
      <h2 id={`${ids}-rubrik`}>Utse en ersättare ({title})</h2>
      {candidates.length === 0 ? (
        <p>Ingen annan har rollen {title} och är fri från jäv. Administratören kan ge en annan person rollen under Organisation.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>
            Ersättaren får utföra stegen för {title} i det här ärendet, och bara i det. Utnämningen och motiveringen sparas i ärendets
            historik.
          </p>
          <div className="field">
            <label htmlFor={`${ids}-person`}>Ersättare</label>
            <select id={`${ids}-person`} value={userId} onChange={(e) => setUserId(e.target.value)} required>
              <option value="">Välj person</option>
              {candidates.map((c) => (
                <option key={c.userId} value={c.userId}>
                  {c.titel ? `${c.namn} – ${c.titel}` : c.namn}
                </option>
              ))}
            </select>
          </div>
          <Motivering id={`${ids}-motivering`} label="Motivering" value={motivering} onChange={setMotivering} />
          <Send refusal={refusal} text="Utse ersättare" />
        </form>
      )}
    </section>
  );
}

function DeclareJav(props: {
  role: RoleId;
  steps: readonly string[];
  declare: (motivering: string) => Promise<SubmitOutcome>;
  onDone(text: string): void;
}) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [motivering, setMotivering] = useState('');
  const { refusal, run } = useRefusal();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const done = () => props.onDone('Sparat: du är jävig i ärendet och kan inte längre utföra stegen där någon bedömer eller beslutar.');
    void run(() => props.declare(motivering), done, motivering.trim() ? undefined : 'Motivering: skriv kort varför.');
  };
  return (
    <section aria-labelledby={`${ids}-rubrik`} className="command">
      <h2 id={`${ids}-rubrik`}>Jäv</h2>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Jag är jävig i ärendet
      </button>
      {open && (
        <form onSubmit={submit} noValidate>
          <p>
            Du anmäler att du är jävig som {ROLE_TITLES[props.role]}. "{props.steps.join('" och "')}" går då till någon annan i rollen,
            eller stannar tills förvaltningschefen utsett en ersättare. Anmälan sparas i ärendets historik och kan inte tas tillbaka.
          </p>
          <Motivering id={`${ids}-motivering`} label="Motivering (varför är du jävig?)" value={motivering} onChange={setMotivering} />
          <Send refusal={refusal} text="Anmäl jäv" />
        </form>
      )}
    </section>
  );
}

function Motivering(props: { id: string; label: string; value: string; onChange(v: string): void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        maxLength={MOTIVERING_MAX}
        rows={3}
        required
        aria-describedby={`${props.id}-hint`}
      />
      <p id={`${props.id}-hint`} className="hint">
        Skriv varför, inte vem ärendet gäller. Inga personnummer.
      </p>
    </div>
  );
}

/** The server's refusal, if any, above the send button. */
function Send({ refusal, text }: { refusal: string | undefined; text: string }) {
  return (
    <>
      {refusal && (
        <p role="alert" className="rejection">
          {refusal}
        </p>
      )}
      <button type="submit">{text}</button>
    </>
  );
}
