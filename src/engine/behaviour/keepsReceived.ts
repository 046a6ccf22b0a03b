import { stockholmDate } from '../calendar/stockholmDate';
import { canonicalJson } from '../events/canonicalJson';
import type { MachineEvent } from '../model/ArendeContext';
import type { GuardImpl } from '../model/GuardImpl';
import { readPath } from './readPath';

type Params = Record<string, unknown>;

/**
 * What came in through a public form, as the engine places it in the first step's data (never the client):
 * the item's id, when it was received, the enhet it was sent to and its data exactly.
 */
export interface ReceivedRecord {
  id: string;
  receivedAt: string;
  enhetId: string;
  data: Record<string, unknown>;
}

/** The correction code for the enhet, which the step's data cannot hold (the ärende's enhet is the open event's). */
export const ENHET_CORRECTION = 'enhet';

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const same = (a: unknown, b: unknown): boolean => (a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b));
const spoken = (v: unknown): string => (v === true ? 'ja' : v === false ? 'nej' : typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
/** A short value in brackets (a date, a choice); a long text is not repeated in the message. */
const shortly = (v: unknown): string => (v === undefined || spoken(v).length > 42 ? '' : ` (${spoken(v)})`);

/** The fields a correction names (`<correction>.falt`), empty when there is none. */
export function correctedFields(data: unknown, correctionPath: string): string[] {
  const named = readPath(data, `${correctionPath}.falt`);
  return Array.isArray(named) ? named.filter((f): f is string => typeof f === 'string') : [];
}

/** Why the first step does not keep what came in (one reason per field), empty when it does or nothing came in. */
export function receivedProblems(ev: MachineEvent, p: Params): string[] {
  const received = readPath(ev.data, p.received as string);
  const correction = p.correction as string;
  if (received === undefined)
    return readPath(ev.data, correction) === undefined ? [] : ['En rättelse kan bara göras av det som kom in via webbformuläret.'];
  const record = asRecord(received);
  const date = typeof record.receivedAt === 'string' ? stockholmDate(record.receivedAt) : undefined;
  // What the step would say had nothing been changed: the sender's words, the fixed facts of the channel, the day.
  const expected: Record<string, unknown> = {
    ...asRecord(record.data),
    ...asRecord(p.defaults),
    ...(typeof p.receivedDate === 'string' ? { [p.receivedDate]: date } : {}),
  };
  const data = asRecord(ev.data);
  const corrected = new Set(correctedFields(ev.data, correction));
  const unchangeable = new Set(Array.isArray(p.unchangeable) ? (p.unchangeable as string[]) : []);
  const kept = asRecord(p.kept);
  const never: string[] = [];
  const out: string[] = [];
  // An empty correction is none (the form offers it to everyone who registers); a reason needs something corrected.
  if (corrected.size === 0 && readPath(ev.data, `${correction}.skal`) !== undefined)
    out.push('Ange under "Rättelse" vad som rättas, eller ta bort skälet.');
  for (const [field, title] of Object.entries(asRecord(p.fields))) {
    const differs = !same(data[field], expected[field]);
    if (field in kept && same(expected[field], kept[field]) && !same(data[field], kept[field]))
      never.push(
        `${String(title)}: personen svarade ${spoken(kept[field])} i webbformuläret. Det kan inte ändras, inte heller genom en rättelse.`,
      );
    else if (differs && unchangeable.has(field))
      never.push(`${String(title)} kan inte ändras: det är det som kom in via webbformuläret${shortly(expected[field])}.`);
    else if (differs && !corrected.has(field))
      out.push(
        `${String(title)} skiljer sig från det som kom in via webbformuläret. Ändra tillbaka, eller ange det under "Rättelse" ` +
          `med ett skäl om det är ett uppenbart fel.`,
      );
    else if (!differs && corrected.has(field))
      out.push(`${String(title)} är angivet som rättat, men är detsamma som det som kom in via webbformuläret.`);
  }
  // What can never change first: the rest may follow from it (an answer taken away drops how to answer too).
  return [...never, ...out];
}

/**
 * `keepsReceived`: the first step keeps what came in through a public form — the sender's words (`unchangeable`),
 * an answer asked for (`kept`) — and every other difference is a correction with a reason (`correction`).
 * Without a received record it holds (staff entering a synpunkt themselves), unless a correction is claimed.
 */
export const keepsReceived: GuardImpl = {
  readsEventData: true,
  describe: () => 'Det som kom in via webbformuläret finns kvar oförändrat; en ändring är en rättelse med skäl',
  test: (_c, ev, p) => receivedProblems(ev, p).length === 0,
  explain: (_c, ev, p) => receivedProblems(ev, p),
  abstract: () => 'unknown',
  checkParams: (p) =>
    typeof p.received === 'string' &&
    typeof p.correction === 'string' &&
    p.fields !== null &&
    typeof p.fields === 'object' &&
    !Array.isArray(p.fields)
      ? undefined
      : 'received, correction och fields krävs',
};
