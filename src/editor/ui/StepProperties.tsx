import { useEffect, useId, useState } from 'react';
import { ROLES, ROLE_TITLES } from '../../engine/index';
import type { RoleId, StateMeta } from '../../engine/index';
import type { EditCommand } from '../commands/EditCommand';
import type { StepEditing } from './stepEditing';

/** A step's own properties: name, role, deadline (calendar or working days) and help text, saved together. */
export function StepProperties({ edit, meta }: { edit: StepEditing; meta: StateMeta }) {
  const uid = useId();
  const { path } = edit;
  const sla = meta.obligations?.find((o) => o.kind === 'sla');
  const [title, setTitle] = useState(meta.title ?? '');
  const [role, setRole] = useState<RoleId | ''>(meta.role ?? '');
  const [days, setDays] = useState(sla?.days !== undefined ? String(sla.days) : '');
  const [working, setWorking] = useState(sla?.workingDays === true);
  const [wording, setWording] = useState(sla?.title ?? '');
  const [help, setHelp] = useState(meta.help ?? '');

  // The inputs follow the draft (after undo, too).
  const metaKey = JSON.stringify(meta);
  useEffect(() => {
    setTitle(meta.title ?? '');
    setRole(meta.role ?? '');
    setDays(sla?.days !== undefined ? String(sla.days) : '');
    setWorking(sla?.workingDays === true);
    setWording(sla?.title ?? '');
    setHelp(meta.help ?? '');
  }, [path, metaKey]);

  const save = () => {
    const cmds: EditCommand[] = [];
    if (title.trim() !== meta.title) cmds.push({ type: 'setTitle', path, title });
    if (role && role !== meta.role) cmds.push({ type: 'setRole', path, role });
    if (help.trim() !== (meta.help ?? '')) cmds.push({ type: 'setHelp', path, help });
    const d = days.trim() === '' ? undefined : Number(days);
    const reworded = d !== undefined && wording.trim() !== (sla?.title ?? '') && wording.trim() !== '';
    if (d !== sla?.days || (d !== undefined && working !== (sla?.workingDays === true)) || reworded) {
      if (d !== undefined && !Number.isInteger(d)) return edit.refuse('Tidskravet ska anges som ett helt antal dagar, till exempel 7.');
      cmds.push({ type: 'setSla', path, days: d, ...(working ? { workingDays: true } : {}), ...(reworded ? { title: wording } : {}) });
    }
    if (cmds.length === 0) return edit.run([], 'Inget att spara: inga ändringar.');
    edit.run(cmds, `Ändringarna i "${title.trim() || meta.title}" är sparade i utkastet.`);
  };

  return (
    <form
      className="step-properties"
      onSubmit={(e) => {
        e.preventDefault();
        save();
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
        <label htmlFor={`${uid}-days`}>Tidskrav, antal dagar</label>
        <input
          id={`${uid}-days`}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-describedby={`${uid}-days-hint`}
        />{' '}
        <label htmlFor={`${uid}-unit`}>räknat i</label>{' '}
        <select
          id={`${uid}-unit`}
          value={working ? 'arbetsdagar' : 'kalenderdagar'}
          onChange={(e) => setWorking(e.target.value === 'arbetsdagar')}
        >
          <option value="kalenderdagar">kalenderdagar</option>
          <option value="arbetsdagar">arbetsdagar (mån–fre, inte helgdagar)</option>
        </select>
        <span id={`${uid}-days-hint`} className="hint">
          Lämna tomt för inget tidskrav.
        </span>
      </p>
      <p>
        <label htmlFor={`${uid}-wording`}>Tidskravets text</label>
        <input
          id={`${uid}-wording`}
          value={wording}
          onChange={(e) => setWording(e.target.value)}
          placeholder={`${title.trim() || meta.title} ska göras`}
          aria-describedby={`${uid}-wording-hint`}
        />
        <span id={`${uid}-wording-hint`} className="hint">
          Visas för den som gör steget, med datumet: skriv vad som ska göras, inte antalet dagar.
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
  );
}
