import type { Ref } from 'react';
import type { ActionOption } from '../../engine/index';
import type { Open } from './caseActions';
import type { CaseFormContext } from './CaseStepForm';
import { CaseStepForm } from './CaseStepForm';

interface CommandsProps {
  ctx: CaseFormContext;
  /** The commands the person may give, "Lägg till åtgärd" last. */
  commands: readonly ActionOption[];
  open: Open;
  setOpen(open: Open): void;
  openCommand: string | undefined;
  titleOf(type: string): string;
  /** The open command's heading, focused when a pack's panel opened it. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** "Fler åtgärder i ärendet": a button per command, and the form of the one opened. */
export function CommandsSection({ ctx, commands, open, setOpen, openCommand, titleOf, headingRef }: CommandsProps) {
  return (
    <section aria-labelledby="fler-rubrik">
      <h2 id="fler-rubrik">Fler åtgärder i ärendet</h2>
      <ul className="command-list">
        {commands.map((c) => (
          <li key={c.type}>
            <button
              type="button"
              aria-expanded={open?.type === c.type && !open.atgard}
              onClick={() => setOpen(open?.type === c.type ? undefined : { type: c.type })}
            >
              {c.title}
            </button>
          </li>
        ))}
      </ul>
      {openCommand && (
        <section aria-labelledby="kommando-rubrik" className="command">
          <h3 id="kommando-rubrik" ref={headingRef} tabIndex={-1}>
            {titleOf(openCommand)}
          </h3>
          <CaseStepForm ctx={ctx} type={openCommand} name={titleOf(openCommand)} opened={open} />
        </section>
      )}
    </section>
  );
}
