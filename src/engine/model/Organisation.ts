import type { RoleId } from './Role';

export interface Enhet {
  id: string;
  namn: string;
  verksamhetId: string;
  /** Besöksadress and postort: what an anmälan to IVO names as the place of the verksamhet. */
  adress?: string;
  postort?: string;
  /** The law the enhet's insatser are given under (an anmälan's verksamhetsform). */
  verksamhetsform?: 'sol' | 'lss';
  /** Closed: no new rapporter start here; its ärenden stay, readable and open. */
  stangd?: boolean;
  /** The first day its verksamhet ran (`YYYY-MM-DD`): nothing happened here before it. None: unknown, no bound. */
  startDatum?: string;
  /** The last day its verksamhet ran, once closed: no händelse here after it (its ärenden carry on). */
  slutDatum?: string;
}

export interface Verksamhet {
  id: string;
  namn: string;
  forvaltningId: string;
  /** Municipality/location, used to pick the IVO regional avdelning. */
  ort?: string;
}

export interface Forvaltning {
  id: string;
  namn: string;
  /** The nämnd that answers for the förvaltning's verksamhet: the anmälande nämnd to IVO. */
  namnd?: string;
  organisationsnummer?: string;
  /** The diarium's prefix, e.g. "SN" in "SN 2026/123". */
  diariePrefix?: string;
  /** IVO's regional avdelning for the kommun's län (the anmälan is addressed to it). */
  ivoAvdelning?: 'nord' | 'mitt' | 'ost' | 'sydost' | 'syd' | 'vast';
}

export interface Organisation {
  forvaltningar: readonly Forvaltning[];
  verksamheter: readonly Verksamhet[];
  enheter: readonly Enhet[];
}

/** A role held within a scope: one enhet, a whole verksamhet, or a whole förvaltning. */
export interface RoleAssignment {
  role: RoleId;
  scope: { kind: 'enhet' | 'verksamhet' | 'forvaltning'; id: string };
}

/** Someone acting in the system, with every role assignment they hold. */
export interface Actor {
  userId: string;
  namn: string;
  roles: readonly RoleAssignment[];
  /** Befattning (e.g. undersköterska), and work contact details an anmälan's kontaktperson gives. */
  titel?: string;
  telefon?: string;
  epost?: string;
}
