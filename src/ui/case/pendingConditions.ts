import type { LegalSkeleton, StepperItem } from '../../engine/index';

/**
 * The law's conditional steps (e.g. the anmälan till IVO) not yet opened, with the fact that would make
 * them mandatory. A rule opens once one of its steps is current or done; until then it may never apply.
 */
export function pendingConditions(steps: readonly StepperItem[], skeleton: LegalSkeleton | undefined): Map<string, string> {
  const pending = new Map<string, string>();
  for (const rule of skeleton?.conditional ?? []) {
    const ofRule = steps.filter((s) => rule.steps.includes(s.key));
    if (ofRule.some((s) => s.status === 'current' || s.status === 'done')) continue;
    const fact = skeleton?.facts[rule.fact]?.title ?? rule.fact;
    for (const s of ofRule) if (s.status === 'upcoming') pending.set(s.key, fact);
  }
  return pending;
}
