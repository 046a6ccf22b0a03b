import { useId, useState } from 'react';
import { ROLES, ROLE_TITLES } from '../../engine/index';
import type { FormSpec, RoleId } from '../../engine/index';
import { newFormId, newStepForm, stepKeyFrom } from '../commands/newStepForm';
import type { StepEditing } from './stepEditing';

/** A new step after this one: its name and role; it gets a starting form of its own. */
export function AddStepForm({
  edit,
  definitionId,
  forms,
  ways,
}: {
  edit: StepEditing;
  definitionId: string;
  forms: Readonly<Record<string, FormSpec>>;
  /** The ways on from this step (a next step's key and title); with several, the new step goes on the one chosen. */
  ways: readonly { key: string; title: string }[];
}) {
  const uid = useId();
  const [newTitle, setNewTitle] = useState('');
  const [newRole, setNewRole] = useState<RoleId>('enhetschef');
  const [way, setWay] = useState('');
  const onPathTo = ways.length > 1 ? way || ways[0]!.key : undefined;

  const addStep = () => {
    const t = newTitle.trim();
    if (!t) return edit.refuse('Skriv ett namn på det nya steget, till exempel "Informera den enskilde".');
    const key = stepKeyFrom(t);
    const id = newFormId(definitionId, key, (x) => !!forms[x]);
    const done = `Steget "${t}" är tillagt efter "${edit.title}".`;
    const added = edit.run(
      [
        {
          type: 'addStep',
          after: edit.path,
          key,
          title: t,
          role: newRole,
          form: id,
          newForm: newStepForm(id, t),
          ...(onPathTo ? { onPathTo } : {}),
        },
      ],
      done,
    );
    setNewTitle('');
    // The new step is a sibling of this one: open it, so its form can be made next.
    if (added) edit.select([...edit.path.split('.').slice(0, -1), key].join('.'), `${done} Här gör du dess formulär.`);
  };

  return (
    <>
      <h3>Lägg till ett steg efter "{edit.title}"</h3>
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
        {onPathTo !== undefined && <WayChoice id={`${uid}-way`} ways={ways} value={onPathTo} onChange={setWay} />}
        <button type="submit">Lägg till steg</button>
      </form>
    </>
  );
}

/** Of several ways on, the one the new step goes on. */
function WayChoice(props: { id: string; ways: readonly { key: string; title: string }[]; value: string; onChange(key: string): void }) {
  return (
    <>
      <label htmlFor={props.id}>På vägen till</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.ways.map((w) => (
          <option key={w.key} value={w.key}>
            {w.title}
          </option>
        ))}
      </select>
    </>
  );
}
