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
}: {
  edit: StepEditing;
  definitionId: string;
  forms: Readonly<Record<string, FormSpec>>;
}) {
  const uid = useId();
  const [newTitle, setNewTitle] = useState('');
  const [newRole, setNewRole] = useState<RoleId>('enhetschef');

  const addStep = () => {
    const t = newTitle.trim();
    if (!t) return edit.refuse('Skriv ett namn på det nya steget, till exempel "Informera den enskilde".');
    const key = stepKeyFrom(t);
    const id = newFormId(definitionId, key, (x) => !!forms[x]);
    const done = `Steget "${t}" är tillagt efter "${edit.title}".`;
    const added = edit.run(
      [{ type: 'addStep', after: edit.path, key, title: t, role: newRole, form: id, newForm: newStepForm(id, t) }],
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
        <button type="submit">Lägg till steg</button>
      </form>
    </>
  );
}
