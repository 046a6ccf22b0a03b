import { ROLE_TITLES } from '../model/Role';
import type { Violation } from './Violation';

/** A finding as one Swedish text with its counter-example (the steps that show it), for start-up errors and test failures. */
export function violationText(v: Violation): string {
  if (!v.path?.length) return v.message;
  const steps = v.path.map(
    (s) => `${s.title} (${ROLE_TITLES[s.role] ?? s.role}${Object.keys(s.data).length ? `, ${JSON.stringify(s.data)}` : ''})`,
  );
  return `${v.message} Exempel: ${steps.join(' → ')}.`;
}
