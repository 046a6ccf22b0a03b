import type { ArendeContext } from '../engine/model/ArendeContext';

/** What packs use to prefill a linked ärende's first step from their own step data. */
export type StepValues = Record<string, unknown>;

/** The data a step of this ärende recorded (latest), e.g. `rapport.submit`. */
export const stepValues = (context: ArendeContext, event: string) => context.steps[event]?.data as StepValues | undefined;

/** `{ [key]: value }`, or nothing when the value is empty, so a prefill never carries an empty answer. */
export const present = (key: string, value: unknown): StepValues => (value === undefined || value === '' ? {} : { [key]: value });
