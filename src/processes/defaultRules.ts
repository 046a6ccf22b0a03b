import type { DefaultRule } from '../engine/model/StepDefaultRule';

/** The person filling in the form, as a {namn, titel} object (titel from the role she acts in). */
export const me: DefaultRule = { fields: { namn: { person: 'namn' }, titel: { person: 'titel' } } };
export const today: DefaultRule = { today: true };
/** A field of the latest data of an earlier step or command, e.g. `step('rapport.submit', 'handelse')`. */
export const step = (event: string, path: string): DefaultRule => ({ step: event, path });
