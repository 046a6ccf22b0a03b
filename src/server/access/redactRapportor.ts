import { HIDDEN_RAPPORTOR, mayKnowRapportor } from '../../api/access';
import type {
  Actor,
  ArendeEvent,
  ArendeSummary,
  Directory,
  OpenData,
  Organisation,
  PackRegistry,
  ScopedRow,
  TextMask,
} from '../../engine/internal';
import { foldText, maskNames, OPEN_EVENT } from '../../engine/internal';

type Data = Record<string, unknown>;

/** The legal skeleton's rapport step (lex Sarah, avvikelse): who submits it reports, unless on someone's behalf. */
const RAPPORT_STEP = 'rapport';
const RAPPORT_EVENT = `${RAPPORT_STEP}.submit`;

/** Fields of a person object that say who she is, beside her name. */
const IDENTIFYING = ['anvandarId', 'telefon', 'epost'];

const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Who the rapportör of one ärende is, as far as its log (and the organisation) says. */
export interface RapportorIdentity {
  userIds: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

/** The rapportör as the log names her, with the names the organisation knows her user ids by (a self-made rapport names no one). */
export async function knownRapportor(directory: Directory, events: readonly ArendeEvent[], at: string): Promise<RapportorIdentity> {
  const who = rapportorOf(events);
  const names = new Set(who.names);
  for (const id of who.userIds) {
    const person = await directory.actorAt(id, at);
    if (person?.namn.trim()) names.add(person.namn);
  }
  return { userIds: who.userIds, names };
}

/** Every `rapportor` object in the data, however deep (the rapport, an escalation, the prefill it opened with). */
function rapportorObjects(value: unknown, found: Data[] = []): Data[] {
  if (Array.isArray(value)) for (const v of value) rapportorObjects(v, found);
  else if (isData(value))
    for (const [k, v] of Object.entries(value)) {
      if (k === 'rapportor' && isData(v)) found.push(v);
      else rapportorObjects(v, found);
    }
  return found;
}

const dataOf = (e: ArendeEvent): unknown => (e.type === OPEN_EVENT ? (e.stepData as OpenData | undefined)?.prefill : e.stepData);

/** An ärende opened from another (an escalation) has its rapport registered by the receiver, on the rapportör's behalf. */
const onBehalf = (e: ArendeEvent, events: readonly ArendeEvent[]): boolean =>
  (events[0]?.links?.length ?? 0) > 0 || (isData(e.stepData) && e.stepData.muntligRapport === true);

/**
 * The rapportör's user ids and names: every named `rapportor`, and whoever submitted a rapport herself. An oral
 * rapport (`muntligRapport`) or an escalated one was registered by a receiver, who is not the rapportör.
 */
export function rapportorOf(events: readonly ArendeEvent[]): RapportorIdentity {
  const userIds = new Set<string>();
  const names = new Set<string>();
  for (const e of events) {
    for (const r of rapportorObjects(dataOf(e))) {
      if (typeof r.anvandarId === 'string') userIds.add(r.anvandarId);
      if (typeof r.namn === 'string' && r.namn.trim()) names.add(r.namn);
    }
    if (e.type === RAPPORT_EVENT && !onBehalf(e, events)) userIds.add(e.actor.userId);
  }
  return { userIds, names };
}

/** Does the viewer know the rapportör anyway: she is the rapportör, or she wrote the rapportör into the log? */
export function knowsRapportor(events: readonly ArendeEvent[], viewer: string): boolean {
  if (rapportorOf(events).userIds.has(viewer)) return true;
  return events.some((e) => e.actor.userId === viewer && (e.type === RAPPORT_EVENT || rapportorObjects(dataOf(e)).length > 0));
}

const hiddenPerson = (person: Data): Data => {
  const out: Data = { ...person, namn: HIDDEN_RAPPORTOR.namn };
  for (const k of IDENTIFYING) delete out[k];
  for (const k of ['befattning', 'titel']) if (k in out) out[k] = HIDDEN_RAPPORTOR.befattning;
  return out;
};

// Ids, dates and compound codes (lower case with digits or : _ - . / @ +): replay reads them, so they stay as they are.
// A bare lower-case word ("anna" as who acted) goes through the mask, which leaves everyday words (and codes) alone.
const CODE = /^(?=.*[0-9_:.\-/@+])[a-z0-9_:.\-/@+]*$/;

interface Redaction {
  who: RapportorIdentity;
  /** Her names, folded, to know a person object as hers however the name was written. */
  folded: ReadonlySet<string>;
  mask: TextMask;
}

function redactionOf(who: RapportorIdentity): Redaction {
  const names = [...who.names];
  return {
    who,
    folded: new Set(names.map((n) => foldText(n).replace(/\s+/g, ' ').trim())),
    mask: maskNames(names, HIDDEN_RAPPORTOR.iText, { initials: true }),
  };
}

/**
 * A copy of the value with the rapportör replaced wherever she appears: as `rapportor`, as a person by id or name, as
 * an id, and her name, its parts or initials inside any text (issue 21: "Jag (Anna Berg) …", "anna", "A.B.").
 */
function redactValue(value: unknown, r: Redaction): unknown {
  if (typeof value === 'string') return r.who.userIds.has(value) ? HIDDEN_RAPPORTOR.userId : CODE.test(value) ? value : r.mask(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, r));
  if (!isData(value)) return value;
  const isRapportor =
    (typeof value.anvandarId === 'string' && r.who.userIds.has(value.anvandarId)) ||
    (typeof value.namn === 'string' && r.folded.has(foldText(value.namn).replace(/\s+/g, ' ').trim()));
  const out: Data = {};
  for (const [k, v] of Object.entries(value))
    out[k] = k === 'rapportor' && isData(v) ? { namn: HIDDEN_RAPPORTOR.namn, befattning: HIDDEN_RAPPORTOR.befattning } : redactValue(v, r);
  return isRapportor ? hiddenPerson(out) : out;
}

/**
 * The log as a person who may not know the rapportör receives it: copies with her name, befattning and user id
 * replaced by HIDDEN_RAPPORTOR, also as the actor of her own events, and her name masked in every text. `who` adds
 * the names the organisation knows her by (`knownRapportor`). The stored events are not touched, and a copy keeps
 * the stored hash, so it can never pass for the record.
 */
export function redactRapportor(events: readonly ArendeEvent[], who: RapportorIdentity = rapportorOf(events)): ArendeEvent[] {
  if (who.userIds.size === 0 && who.names.size === 0) return [...events];
  const r = redactionOf(who);
  return events.map((e) => ({
    ...e,
    stepData: redactValue(e.stepData, r),
    actor: who.userIds.has(e.actor.userId) ? { ...e.actor, userId: HIDDEN_RAPPORTOR.userId } : e.actor,
  }));
}

/** Has the row's process a rapportör at all? (A damaged row's, of an unknown process, is taken to have one.) */
export function hasRapportor(packs: PackRegistry, row: Pick<ArendeSummary, 'processType'>): boolean {
  const skeleton = packs.packOf(row.processType)?.skeleton;
  return !skeleton || skeleton.steps[RAPPORT_STEP] !== undefined;
}

/**
 * A list row without who opened it and with the rapportör's names masked in its rubrik, unless its process has no
 * rapport step. Without `who` (her log could not be read) the rubrik is not shown at all.
 */
export function redactOpener(packs: PackRegistry, row: ArendeSummary, who?: RapportorIdentity): ArendeSummary {
  if (!hasRapportor(packs, row)) return row;
  const rubrik = who ? redactionOf(who).mask(row.rubrik) : HIDDEN_RAPPORTOR.rubrik;
  return { ...row, openedBy: HIDDEN_RAPPORTOR.userId, rubrik };
}

/**
 * One ärende's log and list row as this person receives them: whole when the access table lets her know the
 * rapportör (or she knows anyway), otherwise redacted. `owner` is what access is judged on (the row, or the log's own);
 * `who` the rapportör with the names the organisation knows her by (`knownRapportor`).
 */
export function arendeFor(
  packs: PackRegistry,
  org: Organisation,
  actor: Actor,
  owner: ScopedRow,
  events: readonly ArendeEvent[],
  summary: ArendeSummary,
  who: RapportorIdentity = rapportorOf(events),
): { events: ArendeEvent[]; summary: ArendeSummary } {
  if (mayKnowRapportor(packs.grants, org, actor, owner) || knowsRapportor(events, actor.userId)) return { events: [...events], summary };
  return { events: redactRapportor(events, who), summary: redactOpener(packs, summary, who) };
}
