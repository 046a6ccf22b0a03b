import type { CsvImportItem } from '../../api/contract';
import type { RoleId } from '../../engine/index';
import type { RowError } from './csvRows';

export type ScopeKind = 'enhet' | 'verksamhet' | 'forvaltning';

/** The organisation as the import compares with it: names, details, login ids and the roles held now. */
export interface OrgSnapshot {
  forvaltningar: { id: string; namn: string }[];
  verksamheter: { id: string; namn: string }[];
  enheter: {
    id: string;
    namn: string;
    verksamhetId: string;
    adress?: string;
    postort?: string;
    verksamhetsform?: 'sol' | 'lss';
    startDatum?: string;
    slutDatum?: string;
    stangd: boolean;
  }[];
  /** The Stockholm day each enhet's first ärende was opened: its start date may not come after it. */
  earliestArende?: ReadonlyMap<string, string>;
  people: { userId: string; namn: string; titel?: string; telefon?: string; epost?: string; loginSubject?: string }[];
  /** Roles held now, and those waiting for approval (`pending`), so the same file again asks for nothing new. */
  assignments: { userId: string; role: string; scopeKind: ScopeKind; scopeId: string; pending?: true }[];
  /** Who imports (she gives herself no role) and the roles that wait for a second person's approval (issue 22). */
  importer?: string;
  approval?: ReadonlySet<RoleId>;
}

export type KnownPerson = OrgSnapshot['people'][number];

export interface EnhetFields {
  adress?: string;
  postort?: string;
  verksamhetsform?: 'sol' | 'lss';
  startDatum?: string;
}

export interface PersonFields {
  namn: string;
  titel?: string;
  telefon?: string;
  epost?: string;
  loginSubject?: string;
}

/** One write of the import, in the order it must run (a verksamhet before its enheter, a person before a role). */
export type ImportOp =
  | { op: 'verksamhet'; row: number; id: string; namn: string; forvaltningId: string; forvaltning: string }
  | {
      op: 'enhet';
      row: number;
      id: string;
      isNew: boolean;
      namn: string;
      verksamhetId: string;
      verksamhet: string;
      fields: EnhetFields;
      changed: string[];
    }
  | { op: 'person'; row: number; userId: string; isNew: boolean; fields: PersonFields; changed: string[]; loginBefore?: string }
  | {
      op: 'roll';
      row: number;
      userId: string;
      namn: string;
      role: RoleId;
      scope: { kind: ScopeKind; id: string };
      scopeName: string;
      /** Asked for, not given: waits for another administratör or the förvaltningschef. */
      pending: boolean;
    };

export interface ImportPlan {
  ops: ImportOp[];
  items: CsvImportItem[];
  errors: RowError[];
}

/** Where each step of the plan puts what it decides: writes, the lines the dry run shows, and errors by row. */
export interface PlanSink {
  ops: ImportOp[];
  fail: (row: number, message: string) => void;
  item: (row: number, kind: CsvImportItem['kind'], action: CsvImportItem['action'], text: string) => void;
}

export type NewId = (prefix: string, namn: string) => string;
