import { useState } from 'react';
import type { FormEvent } from 'react';
import { BackendError } from '../../api/Backend';
import { fieldsOf } from './adminFields';

/** What was saved, said from the server's answer when it depends on it (a role given or waiting for approval). */
export type Done = string | ((answer: unknown) => string);

export type Save = (
  done: Done,
  send: (f: Record<string, string>, form: HTMLFormElement) => Promise<unknown>,
  opts?: { clear?: boolean },
) => (e: FormEvent<HTMLFormElement>) => void;

/**
 * How the organisation pages send a change: one at a time, the organisation read again after it, what was saved or
 * why not said once for the page. `save` is a form's submit; a form that adds something is emptied after its own
 * success (forms are not re-created on reload, which would wipe what someone types in another).
 */
export function useAdminChange(reload: () => Promise<unknown>) {
  const [status, setStatus] = useState<string>();
  const [problems, setProblems] = useState<string[]>([]);
  const run = async (done: Done, send: () => Promise<unknown>): Promise<boolean> => {
    setProblems([]);
    setStatus(undefined);
    try {
      const answer = await send();
      await reload();
      setStatus(typeof done === 'string' ? done : done(answer));
      return true;
    } catch (err) {
      setProblems([(err as Error).message, ...(err instanceof BackendError ? err.details : [])]);
      return false;
    }
  };
  const save: Save =
    (done, send, opts = {}) =>
    (e) => {
      e.preventDefault();
      const form = e.currentTarget;
      void run(done, () => send(fieldsOf(form), form)).then((ok) => ok && opts.clear && form.reset());
    };
  return { status, problems, run, save };
}
