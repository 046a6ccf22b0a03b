import type { ReadingReason } from './readingOutside';
import type { BeslutAnswer, BeslutInput, VersionBeslut } from './versionBeslut';
import type {
  ActionOption,
  ArendeEvent,
  ArendeState,
  ArendeSummary,
  ImportResult,
  JavView,
  MigrationProof,
  ProcessDefinition,
  ProvenRegistry,
  Rejection,
  RoleId,
  VerifyResult,
  VersionImpact,
} from '../engine/index';
import type {
  AccessLogAnswer,
  BackupKeys,
  CsvImportAnswer,
  DemoPeople,
  EmailPreference,
  EncryptedBackup,
  EncryptedImport,
  EnhetInput,
  ForvaltningInput,
  IntakeItemView,
  IntegrityReport,
  KvalitetsberattelseAnswer,
  KvalitetsberattelseRequest,
  ListAnswer,
  ListQuery,
  MigrateAnswer,
  NotificationPreferenceAnswer,
  NotificationsAnswer,
  OrganisationAnswer,
  PersonInput,
  ProcessRowsAnswer,
  ProcessRowsRequest,
  PublicIntakeInfo,
  PublishAnswer,
  ReminderStatsAnswer,
  RoleInput,
  RoleRequest,
  SessionInfo,
  SignInMethods,
  VerksamhetInput,
} from './contract';

/** One ärende as the client shows it: replayed from the server's log, plus what the signed-in person may do. */
export interface ArendeOnClient {
  state: ArendeState;
  summary: ArendeSummary;
  options: ActionOption[];
  /** What jäv has stopped, and whether the caller may declare jäv or appoint an ersättare. */
  jav?: JavView;
}

export type ReportOutcome =
  | { ok: true; summary: ArendeSummary }
  | { ok: false; rejection: Rejection }
  /** The network was down: kept in the outbox and sent when it returns. */
  | { ok: false; queued: true; arendeId: string };

/** A saved step: its list row, and (over HTTP) the ärende's new events with what the person may do now, to append. */
export type Saved = {
  ok: true;
  summary: ArendeSummary;
  linked?: ArendeSummary;
  events?: readonly ArendeEvent[];
  options?: ActionOption[];
  jav?: JavView;
};

export type SubmitOutcome = Saved | { ok: false; rejection: Rejection };

/** A rapport waiting in the browser's outbox, or refused by the server (then kept as a draft with the reason). */
export interface OutboxItem {
  id: string;
  processType: string;
  enhetId: string;
  data: unknown;
  createdAt: string;
  state: 'waiting' | 'refused';
  refusal?: string;
}

/**
 * Everything the UI asks of the server. The browser never writes events: it sends commands and
 * shows results. Implemented over HTTP (src/adapters/http); the UI receives it through context.
 */
export interface Backend {
  /** The signed-in session, or null when nobody is signed in. */
  session(): Promise<SessionInfo | null>;
  /** Which ways of signing in this server offers. */
  signInMethods(): Promise<SignInMethods>;
  /** The demo's people to pick from, or undefined when the server has no demo sign-in. */
  demoPeople(): Promise<DemoPeople | undefined>;
  signInDemo(userId: string): Promise<SessionInfo>;
  /** Sign-in with a local account (user name and password). */
  signInLocal(username: string, password: string): Promise<SessionInfo>;
  /** Replaces the one-time code mailed to the person (the sign-in answered `byt_losenord`) and signs in. */
  changePassword(username: string, password: string, newPassword: string): Promise<SessionInfo>;
  /** Sets a person's user name; the server mails her a one-time code, changed at her next sign-in (administratör). */
  setLogin(userId: string, username: string): Promise<void>;
  /** Ends this session, or with `everywhere` every session of the person on every computer. */
  signOut(opts?: { everywhere?: boolean }): Promise<void>;
  /** Calls back when the server no longer knows the session (expired, or signed out elsewhere). */
  onSessionLost(cb: () => void): () => void;

  /** Published definitions (proved by the server), for replaying and rendering forms. */
  readonly registry: ProvenRegistry;
  refreshDefinitions(): Promise<void>;

  report(processType: string, enhetId: string, data: unknown): Promise<ReportOutcome>;

  /** A process's public form (no account): the enheter to choose among, and sending it (nothing is read back). */
  publicIntakeInfo(processType: string): Promise<PublicIntakeInfo>;
  /** `idempotencyKey`: made once per filled-in form and sent again with each retry of it (one item however often). */
  submitPublic(processType: string, enhetId: string, data: Record<string, unknown>, idempotencyKey: string): Promise<void>;
  /** What came in through public forms for the enheter the person registers for, and registering one as an ärende. */
  intake(): Promise<IntakeItemView[]>;
  intakeItem(id: string): Promise<(IntakeItemView & { registeredArendeId?: string }) | null>;
  /** `enhetId`: another enhet than the sender chose (with a correction naming it). */
  registerIntake(id: string, data: Record<string, unknown>, enhetId?: string): Promise<Exclude<ReportOutcome, { queued: true }>>;
  submit(arendeId: string, type: string, data: unknown, expectedSeq: number): Promise<SubmitOutcome>;
  /** "Jag är jävig i ärendet" (recorded in its log; the step goes to someone else or the ärende stalls). */
  declareJav(arendeId: string, motivering: string, expectedSeq: number): Promise<SubmitOutcome>;
  /** The förvaltningschef appoints an ersättare where jäv has left no one (recorded in the ärende's log). */
  appointErsattare(
    arendeId: string,
    input: { userId: string; role: RoleId; motivering: string },
    expectedSeq: number,
  ): Promise<SubmitOutcome>;
  /** The ärende, or null when it does not exist or the caller may not read it. */
  /** One ärende as the caller may see it; `utskrift` names the document printed (the server logs every read). */
  arende(arendeId: string, opts?: { utskrift?: string }): Promise<ArendeOnClient | null>;
  /** The ärende after a save, the answer's new events appended to what is shown; null when they do not follow on (read it again). */
  advance(current: ArendeOnClient, saved: Saved): ArendeOnClient | null;
  /** States why one reads an ärende outside one's own units; afterwards `arende` reads it for a few hours. */
  readOutside(arendeId: string, reason: ReadingReason, text?: string): Promise<void>;
  list(query: ListQuery, withTotal?: boolean): Promise<ListAnswer>;
  inbox(opts: { limit?: number; after?: string; withTotal?: boolean }): Promise<ListAnswer>;

  kvalitetsberattelse(request: KvalitetsberattelseRequest): Promise<KvalitetsberattelseAnswer>;
  urval(request: KvalitetsberattelseRequest, ref: string): Promise<readonly string[]>;

  /** The editor's live check, in the browser (the server checks again on publish). */
  verifyDraft(draft: ProcessDefinition): VerifyResult;
  publish(draft: ProcessDefinition, note: string): Promise<PublishAnswer>;
  importDefinition(file: unknown, note: string): Promise<PublishAnswer>;
  impact(definitionId: string, version: number): Promise<VersionImpact>;
  /** The nämnd's beslut on the process's versions, every record oldest first (whoever may publish). */
  versionBeslut(definitionId: string): Promise<BeslutAnswer>;
  /** Records the nämnd's beslut on a published version; a later record corrects it, the earlier stays as history. */
  recordBeslut(definitionId: string, version: number, input: BeslutInput): Promise<VersionBeslut>;
  /** Open ärenden of a definition below a version, without their content (what a migration is planned by). */
  running(definitionId: string, request: ProcessRowsRequest): Promise<ProcessRowsAnswer>;
  planMigration(arendeId: string, toVersion: number, mapping: Record<string, string>): Promise<MigrationProof>;
  migrate(arendeId: string, toVersion: number, mapping: Record<string, string>, note: string): Promise<MigrateAnswer>;

  /** Who backups are encrypted to (public keys), or why none can be taken. */
  backupKeys(): Promise<BackupKeys>;
  /** The whole record, signed and encrypted to the förvaltning's keys: the administratör saves it but cannot read it. */
  exportBackup(): Promise<EncryptedBackup>;
  /** An encrypted file with the private key that opens it, or an older plain file (parsed JSON). */
  importBackup(body: EncryptedImport | unknown): Promise<ImportResult>;
  integrity(): Promise<IntegrityReport | null>;
  /** The organisation as data (administratör): units, people with their roles now, and the kept changes. */
  organisation(): Promise<OrganisationAnswer>;
  saveForvaltning(id: string, input: ForvaltningInput): Promise<{ id: string }>;
  saveVerksamhet(input: VerksamhetInput & { id?: string }): Promise<{ id: string }>;
  saveEnhet(input: EnhetInput & { id?: string }): Promise<{ id: string }>;
  savePerson(input: PersonInput & { userId?: string }): Promise<{ userId: string }>;
  /** `requestId`: a role that reads case content waits for another administratör or the förvaltningschef. */
  assignRole(input: RoleInput): Promise<{ id?: number; requestId?: number }>;
  /** Approves or rejects a role waiting for approval (never one's own request, never for oneself). */
  decideRoleRequest(requestId: number, approve: boolean): Promise<void>;
  /** Roles waiting for approval (administratör and förvaltningschef). */
  roleRequests(): Promise<RoleRequest[]>;
  endRole(assignmentId: number): Promise<void>;
  /** A CSV file of enheter and people: a dry run, or the import (all or nothing; errors come back in the answer). */
  importOrganisationCsv(csv: string, apply: boolean): Promise<CsvImportAnswer>;
  /** Loggkontroll: who opened, printed or exported, newest first (SAS and administratör). */
  accessLog(query: { arende?: string; userId?: string; before?: number; limit?: number }): Promise<AccessLogAnswer>;
  runIntegrity(): Promise<IntegrityReport>;

  /** The signed-in person's own notifications (aviseringar), newest first, and how many are unread. */
  notifications(): Promise<NotificationsAnswer>;
  unreadNotifications(): Promise<number>;
  markNotificationsRead(ids: readonly string[] | 'all'): Promise<void>;
  notificationPreference(): Promise<NotificationPreferenceAnswer>;
  setNotificationPreference(email: EmailPreference): Promise<NotificationPreferenceAnswer>;
  /** How many reminders steps needed before they were done, per step (roles with reports). */
  reminderStats(): Promise<ReminderStatsAnswer>;

  /** Calls back with the id of an ärende someone changed (`*`: refresh everything, e.g. after a reconnect). */
  /** `seq`: the ärende's newest event number when it changed (absent: read it again anyway). */
  subscribe(onChange: (arendeId: string, seq?: number) => void): () => void;

  outbox: {
    items(): Promise<OutboxItem[]>;
    /** Sends what waits; returns how many went through. */
    flush(): Promise<number>;
    discard(id: string): Promise<void>;
    /** Calls back when the outbox changes. */
    onChange(cb: () => void): () => void;
  };
}

/** A failure the server answered with (or the network): Swedish message, HTTP status, code. */
export class BackendError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'BackendError';
  }
}
