import type { ArendeLink, EventActor } from './ArendeContext';

/** Genesis value of `prevHash` for an ärende's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Event type that opens an ärende; its stepData is {@link OpenData}. */
export const OPEN_EVENT = 'arende.open';

export interface OpenData {
  processType: string;
  definitionId: string;
  definitionVersion: number;
  enhetId: string;
  /** Facts copied from an escalated avvikelse, offered as the rapport's draft. */
  prefill?: Record<string, unknown>;
  /** Users who may not judge in this ärende from the start: the escalated avvikelse's rapportör and inblandade. */
  jav?: string[];
}

/**
 * One immutable entry of an ärende's log. `hash` = SHA-256 over `prevHash` and the canonical
 * JSON of every other field, so any edit of history breaks the chain.
 */
export interface ArendeEvent {
  id: string;
  arendeId: string;
  seq: number;
  type: string;
  stepData: unknown;
  actor: EventActor;
  at: string;
  links?: ArendeLink[];
  prevHash: string;
  hash: string;
}

export type UnhashedEvent = Omit<ArendeEvent, 'hash'>;
