import { useRef, useState } from 'react';
import { useServices } from '../../kit/services';
import type { Notice } from './CaseNotice';
import { submitStep } from './submitStep';
import type { useArende } from './useArende';
import type { Problem } from './submitStep';

/** Saving in an ärende: the notice of what was saved, the problem of what was refused, and the heading that takes focus. */
export function useCaseSaves(id: string, reload: () => Promise<void>, saving: ReturnType<typeof useArende>['saving']) {
  const { backend } = useServices();
  const [notice, setNotice] = useState<Notice>();
  const [problem, setProblem] = useState<Problem>();
  const heading = useRef<HTMLHeadingElement>(null);

  /** After a save: the ärende re-read, the notice shown and the heading focused, so a screen reader hears it. */
  const done = async (text: string, linked?: Notice['linked']) => {
    await reload();
    setNotice({ text, ...(linked ? { linked } : {}) });
    heading.current?.focus();
  };

  /** Sends a form based on the `seq` events the person saw; false (with the problem shown) when it was refused. */
  const submit = async (seq: number, type: string, data: Record<string, unknown>, title: string, onSaved: () => void): Promise<boolean> => {
    setProblem(undefined);
    const r = await saving(
      () => submitStep(backend, id, seq, type, data),
      (s) => (s.ok ? s.saved : undefined),
    );
    if (!r.ok) {
      setProblem(r.problem);
      if (r.conflict) void reload();
      return false;
    }
    onSaved();
    // The ärende is already shown as saved (the answer's events appended, or read again).
    setNotice({ text: `Sparat: ${title}.`, ...(r.linked ? { linked: r.linked } : {}) });
    heading.current?.focus();
    return true;
  };

  return { notice, problem, heading, done, submit };
}
