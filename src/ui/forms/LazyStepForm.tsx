import { lazy, Suspense } from 'react';
import type { StepFormProps } from './StepForm';

// RJSF is the largest dependency; load it when a form is shown, not for the sign-in or the inbox.
const StepForm = lazy(() => import('./StepForm').then((m) => ({ default: m.StepForm })));

export function LazyStepForm(props: StepFormProps) {
  return (
    <Suspense fallback={<p aria-live="polite">Läser in formuläret …</p>}>
      <StepForm {...props} />
    </Suspense>
  );
}
