import { useEffect, useRef } from 'react';
import { AtgardForm } from './AtgardForm';
import { AtgarderPanel } from './AtgarderPanel';
import type { caseActions, Open } from './caseActions';
import type { CaseFormContext } from './CaseStepForm';
import { CommandsSection } from './CommandsSection';

interface CaseActionsProps {
  ctx: CaseFormContext;
  actions: ReturnType<typeof caseActions>;
  open: Open;
  setOpen(open: Open): void;
  titleOf(type: string): string;
}

/** Below the steps: the åtgärder with the form of the one acted on, and the other commands the person may give. */
export function CaseActions({ ctx, actions, open, setOpen, titleOf }: CaseActionsProps) {
  const { commands, atgardOptions, addAtgard, openCommand } = actions;
  const atgarder = ctx.state.snapshot.context.atgarder;
  const commandHeading = useRef<HTMLHeadingElement>(null);

  // A form opened from a panel further up appears below: take the person there.
  useEffect(() => {
    if (open?.from) commandHeading.current?.focus();
  }, [open?.from]);

  return (
    <>
      {(atgarder.length > 0 || addAtgard) && (
        <AtgarderPanel atgarder={atgarder} options={atgardOptions} onAction={(type, atgard) => setOpen({ type, atgard })} />
      )}
      {open?.atgard && (
        <AtgardForm ctx={ctx} type={open.type} atgard={open.atgard} title={titleOf(open.type)} onCancel={() => setOpen(undefined)} />
      )}
      {(commands.length > 0 || addAtgard) && (
        <CommandsSection
          ctx={ctx}
          commands={[...commands, ...(addAtgard ? [addAtgard] : [])]}
          open={open}
          setOpen={setOpen}
          openCommand={openCommand}
          titleOf={titleOf}
          headingRef={commandHeading}
        />
      )}
    </>
  );
}
