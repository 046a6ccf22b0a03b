import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { beslutProblem } from '../../api/versionBeslut';
import type { BeslutInput, VersionBeslut } from '../../api/versionBeslut';
import { stockholmDate } from '../../engine/index';
import { useServices } from '../../kit/services';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './OutcomeMessage';

/** Records (or corrects) the nämnd's beslut on a published version; the server checks it again and keeps the earlier. */
export function BeslutForm(props: { id: string; version: number; current: VersionBeslut | undefined; onSaved(): void }) {
  const { backend, now } = useServices();
  const uid = useId();
  const [input, setInput] = useState<BeslutInput>(() => ({
    instans: props.current?.instans ?? 'Socialnämnden',
    beslutsdatum: props.current?.beslutsdatum ?? '',
    diarienummer: props.current?.diarienummer ?? '',
    paragraf: props.current?.paragraf ?? '',
  }));
  const [outcome, setOutcome] = useState<Outcome>();
  const set = (patch: Partial<BeslutInput>) => setInput((i) => ({ ...i, ...patch }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const problem = beslutProblem(input, stockholmDate(now()) ?? now().slice(0, 10));
    if (problem) return setOutcome({ kind: 'bad', text: problem });
    try {
      await backend.recordBeslut(props.id, props.version, input);
      setOutcome({ kind: 'ok', text: `Nämndens beslut om version ${props.version} är registrerat.` });
      props.onSaved();
    } catch (err) {
      setOutcome({ kind: 'bad', text: err instanceof Error ? err.message : 'Beslutet kunde inte registreras.' });
    }
  }

  const field = (key: keyof BeslutInput, label: string, type = 'text', hint?: string) => (
    <p>
      <label htmlFor={`${uid}-${key}`}>{label}</label>
      <input
        id={`${uid}-${key}`}
        type={type}
        value={input[key] ?? ''}
        onChange={(e) => set({ [key]: e.target.value })}
        {...(hint ? { 'aria-describedby': `${uid}-${key}-hint` } : {})}
      />
      {hint && (
        <span id={`${uid}-${key}-hint`} className="hint">
          {hint}
        </span>
      )}
    </p>
  );

  return (
    <form onSubmit={(e) => void save(e)} aria-label={`Nämndens beslut om version ${props.version}`} className="beslut-form">
      {field('instans', 'Beslutat av', 'text', 'Den instans som beslutade, till exempel "Socialnämnden".')}
      {field('beslutsdatum', 'Beslutsdatum', 'date')}
      {field('diarienummer', 'Diarienummer', 'text', 'Till exempel "SN 2026/123", högst 60 tecken.')}
      {field('paragraf', 'Paragraf (om det finns)', 'text', 'Till exempel "§ 45".')}
      <button type="submit">Spara beslutet om version {props.version}</button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
