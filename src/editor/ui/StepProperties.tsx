import { useEffect, useId, useState } from 'react';
import { ROLES, ROLE_TITLES } from '../../engine/index';
import type { FormSpec, ProcessDefinition, RoleId, StateMeta } from '../../engine/index';
import { useServices } from '../../kit/services';
import { staleMentions } from '../commands/staleMentions';
import type { StaleMention } from '../commands/staleMentions';
import { DeadlineFields } from './DeadlineFields';
import { propertyEdits, valuesOf } from './propertyEdits';
import type { StepEditing } from './stepEditing';

interface Props {
  edit: StepEditing;
  meta: StateMeta;
  definition: ProcessDefinition;
  forms: Readonly<Record<string, FormSpec>>;
}

/** A step's own properties: name, role, deadline (calendar or working days) and help text, saved together. */
export function StepProperties({ edit, meta, definition, forms }: Props) {
  const uid = useId();
  const { packs } = useServices();
  const { path } = edit;
  const [v, setV] = useState(() => valuesOf(meta));
  const [stale, setStale] = useState<StaleMention[]>([]);
  // The inputs follow the draft (after undo, too); texts named after a change stay until another step.
  const metaKey = JSON.stringify(meta);
  useEffect(() => setV(valuesOf(meta)), [path, metaKey]);
  useEffect(() => setStale([]), [path]);

  const save = () => {
    const cmds = propertyEdits(path, meta, v);
    if (typeof cmds === 'string') return edit.refuse(cmds);
    if (cmds.length === 0) return edit.run([], 'Inget att spara: inga ändringar.');
    if (!edit.run(cmds, `Ändringarna i "${v.title.trim() || meta.title}" är sparade i utkastet.`)) return;
    const sla = meta.obligations?.find((o) => o.kind === 'sla');
    const now = v.deadline.days.trim() === '' ? undefined : Number(v.deadline.days);
    if (sla?.days === undefined || now === sla.days) return setStale([]);
    // The old number may still stand in the process's texts: "inom två veckor" beside a deadline of 10 days.
    const intro = definition.publicIntro ?? packs.packOf(definition.processType)?.publicIntake?.intro;
    const extra: [string, string][] = intro ? [['texten på det allmänna webbformuläret', intro]] : [];
    const reworded = cmds.some((c) => c.type === 'setSla' && c.title !== undefined);
    setStale(staleMentions(definition, forms, sla.days, { extra, ...(reworded ? { skipObligation: sla.id } : {}) }));
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
        <input id={`${uid}-title`} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />
      </p>
      <p>
        <label htmlFor={`${uid}-role`}>Ansvarig roll</label>
        <select id={`${uid}-role`} value={v.role} onChange={(e) => setV({ ...v, role: e.target.value as RoleId })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_TITLES[r]}
            </option>
          ))}
        </select>
      </p>
      <DeadlineFields value={v.deadline} onChange={(deadline) => setV({ ...v, deadline })} stepTitle={v.title.trim() || meta.title} />
      <p>
        <label htmlFor={`${uid}-help`}>Hjälptext</label>
        <textarea id={`${uid}-help`} rows={3} value={v.help} onChange={(e) => setV({ ...v, help: e.target.value })} />
      </p>
      <button type="submit" className="primary">
        Spara ändringar i steget
      </button>
      {stale.length > 0 && <StaleNotice stale={stale} />}
    </form>
  );
}

/** The texts that still name the old number, each where the process owner finds it. */
function StaleNotice({ stale }: { stale: readonly StaleMention[] }) {
  return (
    <div className="notice" role="status">
      <p>Tidskravet är ändrat, men dessa texter nämner fortfarande det gamla antalet dagar:</p>
      <ul>
        {stale.map((s) => (
          <li key={s.where}>
            {s.where}: "{s.phrase}"
          </li>
        ))}
      </ul>
    </div>
  );
}
