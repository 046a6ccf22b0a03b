import type { ReactNode } from 'react';
import type { StepperItem } from '../../engine/index';
import type { CaseFormContext } from './CaseStepForm';
import { CaseStepForm } from './CaseStepForm';
import { WhyNot } from './WhyNot';
import { useLegalText } from '../forms/useLegalTexts';

/** A current step: the pack's panel for it, then its form, or why the person cannot perform it. */
export function CurrentStep({ step, ctx, panel }: { step: StepperItem; ctx: CaseFormContext; panel: ReactNode }) {
  const option = ctx.options.find((o) => o.type === `${step.key}.submit`);
  // What the process owner wrote for the step (StateMeta.help) reaches the person doing it.
  const help = useLegalText(ctx.state.loaded.graph.nodes.get(step.path)?.meta?.help);
  return (
    <section aria-labelledby={`aktuellt-${step.key}`} className="current-step">
      <h2 id={`aktuellt-${step.key}`}>Aktuellt steg: {step.title}</h2>
      {help && <p className="step-help">{help}</p>}
      {panel}
      {option?.allowed ? (
        <CaseStepForm
          ctx={ctx}
          type={option.type}
          name={step.title}
          submitText={step.key === 'avslut' ? 'Avsluta ärendet' : 'Spara och skicka'}
        />
      ) : (
        <WhyNot option={option} role={step.role} enhetId={ctx.state.open.enhetId} />
      )}
    </section>
  );
}
