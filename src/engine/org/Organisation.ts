import type { RoleId } from './Role';

export interface Enhet {
  id: string;
  namn: string;
  verksamhetId: string;
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
}
