import { useId } from 'react';

/** The deadline as the process owner writes it: a number of calendar or working days, and its own wording. */
export interface Deadline {
  days: string;
  working: boolean;
  wording: string;
}

/** A step's deadline: how many days, counted how, and what the case handler reads beside the date. */
export function DeadlineFields({ value, onChange, stepTitle }: { value: Deadline; onChange(d: Deadline): void; stepTitle: string }) {
  const uid = useId();
  const set = (patch: Partial<Deadline>) => onChange({ ...value, ...patch });
  return (
    <>
      <p>
        <label htmlFor={`${uid}-days`}>Tidskrav, antal dagar</label>
        <input
          id={`${uid}-days`}
          inputMode="numeric"
          value={value.days}
          onChange={(e) => set({ days: e.target.value })}
          aria-describedby={`${uid}-days-hint`}
        />{' '}
        <label htmlFor={`${uid}-unit`}>räknat i</label>{' '}
        <select
          id={`${uid}-unit`}
          value={value.working ? 'arbetsdagar' : 'kalenderdagar'}
          onChange={(e) => set({ working: e.target.value === 'arbetsdagar' })}
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
          value={value.wording}
          onChange={(e) => set({ wording: e.target.value })}
          placeholder={`${stepTitle} ska göras`}
          aria-describedby={`${uid}-wording-hint`}
        />
        <span id={`${uid}-wording-hint`} className="hint">
          Visas för den som gör steget, med datumet: skriv vad som ska göras, inte antalet dagar.
        </span>
      </p>
    </>
  );
}
