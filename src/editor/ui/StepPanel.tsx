import { useEffect, useId, useState } from 'react';
import { boundFieldsOf, dateFieldsRead, ROLES, ROLE_TITLES } from '../../engine/index';
import type { FormSpec, LegalSkeleton, ProcessDefinition, RoleId, StateGraph } from '../../engine/index';
import type { EditCommand } from '../commands/EditCommand';
import { newFormId, newStepForm, stepKeyFrom, unusedFormId } from '../commands/newStepForm';
import { FieldEditor } from '../fields/index';
import { titleOfPath } from './graphText';

interface Props {
  definition: ProcessDefinition;
  graph: StateGraph;
  path: string;
  forms: Readonly<Record<string, FormSpec>>;
  /** Its process's legal skeleton (from the pack registry). */
  skeleton: LegalSkeleton;
  nextVersion: number;
  /** Applies an edit; returns the Swedish refusal when the edit is not possible. */
  dispatch(cmd: EditCommand): string | undefined;
}

/** Everything about the selected step: its properties, its place in the flow, and its form's fields. */
export function StepPanel({ definition, graph, path, forms, skeleton, nextVersion, dispatch }: Props) {
  const uid = useId();
  const node = graph.nodes.get(path)!;
  const meta = node.meta;
  const sla = meta?.obligations?.find((o) => o.kind === 'sla');
  const [title, setTitle] = useState(meta?.title ?? '');
  const [role, setRole] = useState<RoleId | ''>(meta?.role ?? '');
  const [days, setDays] = useState(sla?.days !== undefined ? String(sla.days) : '');
  const [help, setHelp] = useState(meta?.help ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string }>();
  const [newTitle, setNewTitle] = useState('');
  const [newRole, setNewRole] = useState<RoleId>('enhetschef');
  const [target, setTarget] = useState('');
  const [formChoice, setFormChoice] = useState(meta?.form ?? '');
  const formTitle = (f: string) => `${String(forms[f]?.schema.title ?? f)} (${f})`;

  // The inputs follow the draft (after undo, too); the last message stays until another step is chosen.
  const metaKey = JSON.stringify(meta ?? null);
  useEffect(() => {
    setTitle(meta?.title ?? '');
    setRole(meta?.role ?? '');
    setDays(sla?.days !== undefined ? String(sla.days) : '');
    setHelp(meta?.help ?? '');
    setFormChoice(meta?.form ?? '');
  }, [path, metaKey]);
  useEffect(() => setMessage(undefined), [path]);

  const run = (cmds: EditCommand[], done: string) => {
    for (const c of cmds) {
      const refused = dispatch(c);
      if (refused) return setMessage({ kind: 'bad', text: refused });
    }
    setMessage({ kind: 'ok', text: done });
  };

  if (!meta?.form) return <p>Välj ett steg i dispositionen eller grafen för att ändra det.</p>;
  const skeletonStep = skeleton.steps[node.key];
  // What the law requires, and what its date rules, jäv and mandated tracks read, stay in the form (the verifier refuses a form without them).
  const event = `${node.key}.submit`;
  const bound = boundFieldsOf(skeleton).filter((b) => b.bound.event === event).map((b) => b.bound.path);
  const lockedFields = new Set([...(skeletonStep?.requiredFields ?? []), ...dateFieldsRead(skeleton, event), ...bound].map((f) => f.split(/[.[]/)[0]!));
  const form = forms[meta.form];
  const targets = graph.order.filter((p) => p !== path && ['atomic', 'final'].includes(graph.nodes.get(p)!.kind));
  const own = graph.transitions.filter((t) => t.source === path && t.target);

  const saveProperties = () => {
    const cmds: EditCommand[] = [];
    if (title.trim() !== meta.title) cmds.push({ type: 'setTitle', path, title });
    if (role && role !== meta.role) cmds.push({ type: 'setRole', path, role });
    if (help.trim() !== (meta.help ?? '')) cmds.push({ type: 'setHelp', path, help });
    const d = days.trim() === '' ? undefined : Number(days);
    if (d !== sla?.days) {
      if (d !== undefined && !Number.isInteger(d)) return setMessage({ kind: 'bad', text: 'Tidskravet ska anges som ett helt antal dagar, till exempel 7.' });
      cmds.push({ type: 'setSla', path, days: d });
    }
    if (cmds.length === 0) return setMessage({ kind: 'ok', text: 'Inget att spara: inga ändringar.' });
    run(cmds, `Ändringarna i "${title.trim() || meta.title}" är sparade i utkastet.`);
  };

  const addStep = () => {
    const t = newTitle.trim();
    if (!t) return setMessage({ kind: 'bad', text: 'Skriv ett namn på det nya steget, till exempel "Informera den enskilde".' });
    const key = stepKeyFrom(t);
    const id = newFormId(definition.id, key, (x) => !!forms[x]);
    run([{ type: 'addStep', after: path, key, title: t, role: newRole, form: id, newForm: newStepForm(id, t) }], `Steget "${t}" är tillagt efter "${meta.title}".`);
    setNewTitle('');
  };

  // A published form never changes: the first edit copies it under a new id for the next version.
  const changeForm = (next: FormSpec) => {
    const editable = definition.forms?.[next.id] !== undefined;
    const base = next.id.replace(/-v\d+$/, '');
    const id = editable ? next.id : unusedFormId(`${base}-v${nextVersion}`, (x) => !!forms[x]);
    const { examples: _examples, ...spec } = next; // examples belong to the bundled forms, not to a published version
    run([{ type: 'putForm', form: { ...spec, id, schema: { ...spec.schema, $id: `kf:form:${id}` } }, path }], `Formuläret för "${meta.title}" är ändrat i utkastet.`);
  };

  return (
    <section aria-labelledby={`${uid}-h`} className="step-panel">
      <h2 id={`${uid}-h`}>Steg: {meta.title}</h2>
      {meta.mandatedStep && (
        <p className="notice">
          Obligatoriskt steg enligt lag{skeletonStep ? ` (ska utföras av ${ROLE_TITLES[skeletonStep.role]})` : ''}. Du kan ändra namn, hjälptext och tidskrav, men
          inte ta bort steget, flytta det eller ge det en annan roll.
        </p>
      )}
      {message && (
        <p role={message.kind === 'bad' ? 'alert' : 'status'} className={message.kind === 'bad' ? 'rejection' : 'success'}>
          {message.text}
        </p>
      )}
      <form
        className="step-properties"
        onSubmit={(e) => {
          e.preventDefault();
          saveProperties();
        }}
      >
        <p>
          <label htmlFor={`${uid}-title`}>Namn</label>
          <input id={`${uid}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
        </p>
        <p>
          <label htmlFor={`${uid}-role`}>Ansvarig roll</label>
          <select id={`${uid}-role`} value={role} onChange={(e) => setRole(e.target.value as RoleId)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_TITLES[r]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={`${uid}-days`}>Tidskrav (dagar)</label>
          <input id={`${uid}-days`} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-describedby={`${uid}-days-hint`} />
          <span id={`${uid}-days-hint`} className="hint">
            {sla ? `${sla.title}.` : 'Lämna tomt för inget tidskrav.'}
          </span>
        </p>
        <p>
          <label htmlFor={`${uid}-help`}>Hjälptext</label>
          <textarea id={`${uid}-help`} rows={3} value={help} onChange={(e) => setHelp(e.target.value)} />
        </p>
        <button type="submit" className="primary">
          Spara ändringar i steget
        </button>
      </form>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (formChoice && formChoice !== meta.form) run([{ type: 'setForm', path, form: formChoice }], `"${meta.title}" använder nu formuläret "${formTitle(formChoice)}".`);
        }}
      >
        <label htmlFor={`${uid}-form`}>Formulär för steget</label>
        <select id={`${uid}-form`} value={formChoice} onChange={(e) => setFormChoice(e.target.value)}>
          {Object.keys(forms)
            .filter((f) => f.startsWith(`${definition.processType}-`) || definition.forms?.[f] || f === meta.form)
            .sort()
            .map((f) => (
              <option key={f} value={f}>
                {formTitle(f)}
              </option>
            ))}
        </select>
        <button type="submit">Byt formulär</button>
      </form>

      <h3>Stegets plats i flödet</h3>
      <p className="actions">
        <button type="button" onClick={() => run([{ type: 'moveStep', path, delta: -1 }], `"${meta.title}" är flyttat uppåt.`)}>
          Flytta upp
        </button>
        <button type="button" onClick={() => run([{ type: 'moveStep', path, delta: 1 }], `"${meta.title}" är flyttat nedåt.`)}>
          Flytta ner
        </button>
        <button type="button" className="danger" onClick={() => run([{ type: 'removeStep', path }], `"${meta.title}" är borttaget ur utkastet.`)}>
          Ta bort steget
        </button>
      </p>
      <h4>Vägar vidare från steget</h4>
      <ul>
        {own.map((t) => (
          <li key={`${t.event}-${t.order}`}>
            → {titleOfPath(graph, t.target!)}{' '}
            <button type="button" className="link-button" onClick={() => run([{ type: 'removeTransition', source: path, event: t.event, index: t.order }], 'Vägen är borttagen.')}>
              Ta bort vägen till {titleOfPath(graph, t.target!)}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!target) return setMessage({ kind: 'bad', text: 'Välj vilket steg den nya vägen ska gå till.' });
          run([{ type: 'addTransition', source: path, target }], `En ny väg från "${meta.title}" till "${titleOfPath(graph, target)}" är tillagd.`);
        }}
      >
        <label htmlFor={`${uid}-target`}>Ny väg till</label>
        <select id={`${uid}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Välj steg</option>
          {targets.map((p) => (
            <option key={p} value={p}>
              {titleOfPath(graph, p)}
            </option>
          ))}
        </select>
        <button type="submit">Lägg till väg</button>
      </form>

      <h3>Lägg till ett steg efter "{meta.title}"</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          addStep();
        }}
      >
        <label htmlFor={`${uid}-new`}>Det nya stegets namn</label>
        <input id={`${uid}-new`} value={newTitle} onChange={(e) => setNewTitle(e.target.value)} />
        <label htmlFor={`${uid}-newrole`}>Ansvarig roll</label>
        <select id={`${uid}-newrole`} value={newRole} onChange={(e) => setNewRole(e.target.value as RoleId)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_TITLES[r]}
            </option>
          ))}
        </select>
        <button type="submit">Lägg till steg</button>
      </form>

      {form ? (
        <div className="step-fields">
          <FieldEditor key={form.id} form={form} locked={lockedFields} onChange={changeForm} headingLevel={3} />
        </div>
      ) : (
        <p className="rejection">Formuläret "{meta.form}" finns inte.</p>
      )}
    </section>
  );
}
