import type { ActionOption, Atgard, ArendeState } from '../../engine/index';
import { newItemDefaults, stepDefaults, stockholmDate } from '../../engine/index';
import { contactOf } from '../../kit/roles';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { LazyStepForm as StepForm } from '../forms/LazyStepForm';
import type { Problem } from './submitStep';

const CARRIED_NOTE = 'Uppgifter som redan finns i ärendet är ifyllda. Kontrollera dem och ändra om något inte stämmer.';

/** What every form of the ärende shares: the ärende, its options, today, and the one save. */
export interface CaseFormContext {
  id: string;
  state: ArendeState;
  options: readonly ActionOption[];
  today: string;
  /** More than one form shown: each submit button names its form. */
  formsShown: number;
  problem: Problem | undefined;
  submit(type: string, data: Record<string, unknown>): Promise<boolean>;
}

interface CaseStepFormProps {
  ctx: CaseFormContext;
  type: string;
  name: string;
  atgard?: Atgard | undefined;
  submitText?: string | undefined;
  opened?: { initial?: Record<string, unknown>; from?: string } | undefined;
}

/** The form of one step, åtgärd or command, started from the facts the ärende holds. */
export function CaseStepForm({ ctx, type, name, atgard, submitText = 'Spara och skicka', opened }: CaseStepFormProps) {
  const { catalog, drafts, org } = useServices();
  const { user } = useSession();
  const { id, state, options, today } = ctx;
  const formId = state.loaded.formOf.get(type);
  const form = formId ? catalog.forms[formId] : undefined;
  if (!form) return <p role="alert">Formuläret för steget saknas.</p>;
  // Facts the ärende already holds start the form (used only when there is no draft); the person edits and submits.
  const role = options.find((o) => o.type === type)?.role;
  const input = {
    organisation: org,
    today: stockholmDate(today) ?? today.slice(0, 10),
    person: { namn: user.namn, ...(role ? { role } : {}), ...contactOf(user) },
  };
  const initial = { ...stepDefaults(state, type, form, input), ...opened?.initial };
  // Opened from something (a risk's row), the form keeps its own draft, apart from an empty one.
  const variant = atgard?.id ?? opened?.from ?? '';
  return (
    <StepForm
      key={`${type}-${variant}`}
      form={form}
      draftKey={`arende:${id}:${type}:${variant}:${user.userId}`}
      drafts={drafts}
      submitText={submitText}
      submitFor={ctx.formsShown > 1 ? name : undefined}
      initial={initial}
      initialNote={Object.keys(initial).length > 0 ? CARRIED_NOTE : undefined}
      newItems={newItemDefaults(state, form, input)}
      fixed={atgard ? { atgardId: atgard.id } : undefined}
      // Only the refused form shows the engine's field errors, not another form open beside it.
      engineErrors={ctx.problem?.type === type ? ctx.problem.fieldErrors : undefined}
      // The first step is the rapport: whoever writes it is warned when the rapportör's name is in the text.
      rapportorName={
        type === `${state.loaded.graph.nodes.get(state.loaded.definition.machine.initial)?.key}.submit` ? user.namn : undefined
      }
      onSubmit={(d) => ctx.submit(type, d)}
    />
  );
}
