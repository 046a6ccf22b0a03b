import type {
  CsvImportAnswer,
  EnhetInput,
  ForvaltningInput,
  OrganisationChange,
  OrganisationPerson,
  PersonInput,
  RoleInput,
  RoleRequest,
  VerksamhetInput,
} from '../../api/contract';

/** Where a one-time code may go: the person's address, and who last changed it and when (an `epost` change). */
export interface PersonContact {
  namn: string;
  epost?: string;
  epostAndrad?: { by: string; at: string };
}

/**
 * The administratör's changes to the organisation: each is kept as an organisation change (who,
 * when, what) in the same transaction. Role assignments end, they are never removed.
 */
export interface OrganisationAdmin {
  people(at: string): Promise<OrganisationPerson[]>;
  changes(limit: number): Promise<OrganisationChange[]>;
  saveForvaltning(input: ForvaltningInput & { id: string }, by: string, at: string): Promise<string>;
  saveVerksamhet(input: VerksamhetInput & { id?: string }, by: string, at: string): Promise<string>;
  saveEnhet(input: EnhetInput & { id?: string }, by: string, at: string): Promise<string>;
  savePerson(input: PersonInput & { userId?: string }, by: string, at: string): Promise<string>;
  /** Refused for oneself; a role that reads case content (or the administratör's) waits for approval (issue 22). */
  assignRole(input: RoleInput, by: string, at: string): Promise<{ id: number } | { requestId: number }>;
  /** Roles waiting for a second person's approval, oldest first. */
  requests(): Promise<RoleRequest[]>;
  /** Approves or rejects a waiting role; never by the one who asked, nor for oneself. */
  decideRequest(requestId: number, approve: boolean, by: string, at: string): Promise<void>;
  endRole(assignmentId: number, by: string, at: string): Promise<void>;
  /** A CSV file of enheter and people: what it would do (`apply: false`), or all of it in one transaction. */
  importCsv(csv: string, apply: boolean, by: string, at: string): Promise<CsvImportAnswer>;
  /** A person's name and e-mail address (and who last changed it), or undefined when the person does not exist. */
  contact(userId: string): Promise<PersonContact | undefined>;
  /** Keeps a change made elsewhere (a new password is set by the accounts store; only the fact is kept). */
  note(kind: string, subject: string, text: string, by: string, at: string): Promise<void>;
}
