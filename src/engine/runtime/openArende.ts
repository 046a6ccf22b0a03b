import type { LoadedDefinition } from '../definition/loadDefinition';
import { GENESIS_HASH, OPEN_EVENT } from '../model/ArendeEvent';
import type { OpenData } from '../model/ArendeEvent';
import { sealEvent } from '../events/hashChain';
import { holdsRole } from '../org/holdsRole';
import type { Actor, Organisation } from '../model/Organisation';
import { ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { Hasher } from '../ports/Hasher';
import type { ArendeLink } from '../model/ArendeContext';
import type { ArendeState } from './ArendeState';
import { stateFromOpen } from './applyEvent';
import { reject } from './Rejection';
import type { Rejection } from './Rejection';

export interface OpenRequest {
  arendeId: string;
  eventId: string;
  enhetId: string;
  now: string;
  prefill?: Record<string, unknown>;
  /** Escalation link back to the avvikelse; set by the engine's service only. */
  links?: ArendeLink[];
  /** Role to open as when escalating on someone's behalf (the enhetschef of the avvikelse). */
  asRole?: RoleId;
  /** Jäv carried over from the escalated avvikelse; set by the engine's service only. */
  jav?: readonly string[];
}

export type OpenDecision = { ok: true; state: ArendeState } | { ok: false; rejection: Rejection };

/** Role needed to open: the role of the definition's first step. */
export function openingRole(loaded: LoadedDefinition): RoleId | undefined {
  const initial = loaded.graph.nodes.get(loaded.definition.machine.initial);
  return initial?.meta?.role;
}

/** Opens an ärende on a loaded definition version: the open event pins `definitionId@version`. */
export function openArende(loaded: LoadedDefinition, req: OpenRequest, actor: Actor, org: Organisation, hasher: Hasher): OpenDecision {
  const enhet = org.enheter.find((e) => e.id === req.enhetId);
  if (!enhet) return { ok: false, rejection: reject('invalid_data', `Enheten "${req.enhetId}" finns inte i organisationen.`) };
  // A closed enhet takes no new rapporter; an ärende linked from one of its running ärenden still opens.
  if (enhet.stangd && !req.links?.length)
    return {
      ok: false,
      rejection: reject(
        'invalid_data',
        `Enheten ${enhet.namn} är stängd. Nya ärenden kan inte startas där; välj den enhet där verksamheten bedrivs nu.`,
      ),
    };
  const role = req.asRole ?? openingRole(loaded);
  if (!role || !holdsRole(org, actor, role, req.enhetId))
    return {
      ok: false,
      rejection: reject(
        'wrong_role',
        `För att starta ${loaded.definition.title} på ${enhet.namn} krävs rollen ${role ? ROLE_TITLES[role] : 'okänd'} för enheten.`,
        {
          requiredRole: role,
        },
      ),
    };
  const data: OpenData = {
    processType: loaded.definition.processType,
    definitionId: loaded.definition.id,
    definitionVersion: loaded.definition.version,
    enhetId: req.enhetId,
    ...(req.prefill ? { prefill: req.prefill } : {}),
    ...(req.jav?.length ? { jav: [...req.jav] } : {}),
  };
  const event = sealEvent(hasher, {
    id: req.eventId,
    arendeId: req.arendeId,
    seq: 0,
    type: OPEN_EVENT,
    stepData: data,
    actor: { userId: actor.userId, role },
    at: req.now,
    ...(req.links ? { links: req.links } : {}),
    prevHash: GENESIS_HASH,
  });
  return { ok: true, state: stateFromOpen(loaded, event) };
}
