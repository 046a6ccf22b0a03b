import type {
  ActionOption,
  Actor,
  ArendeEvent,
  ArendeSummary,
  BackupFile,
  Datumgrund,
  Enhet,
  Forvaltning,
  JavView,
  Kvalitetsberattelse,
  MigrationProof,
  NotificationKind,
  Organisation,
  Period,
  ProcessDefinition,
  Rejection,
  RoleId,
  SummaryQuery,
  Violation,
  Verksamhet,
  VersionImpact,
} from '../engine/index';

/** The wire contract between the browser and the server: request and answer shapes, no behaviour. */

export interface Person {
  userId: string;
  namn: string;
}

export interface SessionInfo {
  /** The signed-in person with the roles the organisation gives them now. */
  user: Actor;
  org: Organisation;
  /** Names of the people who appear in ärenden the user may read. */
  people: Person[];
  /** The embedded demo: sign-in by picking a demo person. */
  demo: boolean;
}

/** The demo's people to pick from, with their local accounts' user names and the shared demo password. */
export interface DemoPeople {
  org: Organisation;
  people: (Pick<Actor, 'userId' | 'namn' | 'roles'> & { username: string })[];
  password?: string;
}

/** How one may sign in on this server, for the sign-in page. */
export interface SignInMethods {
  /** User name and password (local accounts). */
  local: boolean;
  /** The kommun's identity provider: the button's text, when configured. */
  oidc?: { label: string };
  demo: boolean;
}

/** Every error answer: a Swedish message that names what is wrong, and a code to decide on. */
export interface ApiError {
  error: {
    code: string;
    message: string;
    fieldErrors?: Rejection['fieldErrors'];
    reasons?: readonly string[];
    details?: readonly string[];
  };
}

/** One ärende as the server hands it out: its log (replayed again by the client to render) and what the caller may do. */
export interface ArendeView {
  events: ArendeEvent[];
  summary: ArendeSummary;
  options: ActionOption[];
  /** Jäv: the steps it has stopped (everyone who reads sees them) and what the caller may do about it. */
  jav?: JavView;
}

/** "Jag är jävig i ärendet": why, in her own words. */
export interface JavRequest {
  motivering: string;
  expectedSeq?: number;
}

/** The förvaltningschef appoints an ersättare in a role jäv has stopped (the person is chosen among the candidates). */
export interface ErsattareRequest {
  userId: string;
  role: RoleId;
  motivering: string;
  expectedSeq?: number;
}

export interface ReportRequest {
  processType: string;
  enhetId: string;
  data: unknown;
  /** Chosen by the client (`arende:<uuid>`), so a rapport resent from the outbox is recorded once. */
  arendeId?: string;
}

export interface CommandRequest {
  type: string;
  data: unknown;
  /** The number of events the client's view was based on: a stale view gets a conflict, never a double step. */
  expectedSeq?: number;
}

export type CommandAnswer = { ok: true; event: ArendeEvent; summary: ArendeSummary; linked?: ArendeSummary } | { ok: false; rejection: Rejection };

/** A list query from the client: everything but the scope, which the server derives from the session. */
export type ListQuery = Omit<SummaryQuery, 'scope' | 'waitingFor'>;

export interface ListAnswer {
  rows: ArendeSummary[];
  next?: string;
  total?: number;
  /** With the inbox's total: how many of them have a passed deadline. */
  overdue?: number;
}

export interface KvalitetsberattelseRequest {
  period: Period;
  /** The date that places an ärende in the period; the server's default is `handelsedatum`. */
  datumgrund?: Datumgrund;
  urval?: { verksamhetId?: string; enhetId?: string };
  jamforelser?: number;
}

/** A report figure on the wire: the count, and a reference the server resolves to the ärenden behind it. */
export interface WireFigure {
  count: number;
  arendeIds: readonly string[];
  ref?: string;
  idCount?: number;
}

export interface KvalitetsberattelseAnswer {
  report: Kvalitetsberattelse;
  /** Ärenden of the lex Sarah and "Övrigt" lists whose details the caller may see (the lex Sarah list shows only these). */
  viewable: string[];
}

export interface PublishAnswer {
  ok: boolean;
  version?: number;
  violations?: Violation[];
}

/** A running ärende as the processägare sees it to plan a migration: number, version, enhet, step, dates; no content, no names. */
export type ProcessRow = Pick<ArendeSummary, 'arendeId' | 'processType' | 'definitionId' | 'definitionVersion' | 'enhetId' | 'status' | 'activeSteps' | 'openedAt' | 'updatedAt'>;

/** Open ärenden of one definition below a version, one page, as rows without content. */
export interface ProcessRowsRequest {
  belowVersion: number;
  limit?: number;
  after?: string;
}

export interface ProcessRowsAnswer {
  rows: ProcessRow[];
  next?: string;
}

export type MigrateAnswer = { ok: true; summary: ProcessRow } | { ok: false; rejection: Rejection; proof?: MigrationProof };

export type ImpactAnswer = VersionImpact;

export interface DefinitionsAnswer {
  definitions: ProcessDefinition[];
}

export interface IntegrityReport {
  checkedAt: string;
  ok: boolean;
  arenden: number;
  events: number;
  problems: { arendeId: string; seq?: number; eventId?: string; reason: string }[];
}

/** What was done with an ärende's content: opened, printed, exported, or refused (a read outside one's access). */
export type AccessKind = 'oppnat' | 'utskrift' | 'export' | 'nekat';

/** One line of the access log (loggkontroll). */
export interface AccessEntry {
  at: string;
  userId: string;
  /** The role the person read through (none when refused). */
  role?: RoleId;
  kind: AccessKind;
  arendeId?: string;
  enhetId?: string;
  /** What was printed or exported (e.g. "Anmälan till IVO", "Säkerhetskopia av alla ärenden"). */
  detail?: string;
  /** Why the person read outside their own units ("Tjänstgörande SAS", "Jour eller beredskap", …). */
  reason?: string;
}

export interface AccessLogAnswer {
  rows: (AccessEntry & { id: number })[];
  /** Pass as `before` for the next (older) page. */
  next?: number;
}

/** The administratör's edits of the organisation (issue 10, item 2): the directory's own shapes, without ids. */
export type ForvaltningInput = Omit<Forvaltning, 'id'>;
export type VerksamhetInput = Omit<Verksamhet, 'id'>;
/** `stangd`: a closed enhet takes no new rapporter; its ärenden stay, readable and open. */
export type EnhetInput = Omit<Enhet, 'id'>;
export type PersonInput = Pick<Actor, 'namn' | 'titel' | 'telefon' | 'epost'> & {
  /** The identity provider's stable claim (HSA-id, Entra object id or e-post) the person signs in with; unique. */
  inloggningsId?: string;
};

export interface RoleInput {
  userId: string;
  role: RoleId;
  scope: { kind: 'enhet' | 'verksamhet' | 'forvaltning'; id: string };
}

/** A person with the role assignments they hold now (each with the id that ends it). */
export interface OrganisationPerson extends PersonInput {
  userId: string;
  assignments: { id: number; role: RoleId; scope: RoleInput['scope']; from: string }[];
}

/** One kept change of the organisation: who, when, and what in Swedish. */
export interface OrganisationChange {
  id: number;
  at: string;
  by: string;
  kind: string;
  subject: string;
  text: string;
}

export interface OrganisationAnswer {
  org: Organisation;
  people: OrganisationPerson[];
  changes: OrganisationChange[];
}

/** A CSV import of enheter and people (issue 10, item 2): a dry run (`apply: false`) or the import itself. */
export interface CsvImportRequest {
  csv: string;
  apply: boolean;
}

/** What one row does (or would do): a new, changed or unchanged verksamhet, enhet, person or role. */
export interface CsvImportItem {
  /** The row in the file as a spreadsheet numbers it (the header is row 1). */
  row: number;
  kind: 'verksamhet' | 'enhet' | 'person' | 'roll';
  action: 'ny' | 'andrad' | 'oforandrad';
  /** In Swedish, e.g. "Ida Ström: enhetschef för Familjehemsenheten". */
  text: string;
}

export interface CsvImportAnswer {
  /** True once the import is stored; a dry run, or a file with errors, stores nothing. */
  applied: boolean;
  /** Data rows read (empty rows not counted). */
  rows: number;
  items: CsvImportItem[];
  errors: { row: number; message: string }[];
  /** Columns in the file that the import does not read (e.g. an HR export's own). */
  ignoredColumns: string[];
}

export type { BackupFile };

/** GET /api/offentlig/:processType – what the public form needs: the open enheter to choose among (names only). */
export interface PublicIntakeInfo {
  enheter: { id: string; namn: string; verksamhet: string }[];
}

/** POST /api/offentlig/:processType – a submission without an account; the answer echoes none of it. */
export interface PublicIntakeRequest {
  enhetId: string;
  data: Record<string, unknown>;
  /** A UUID the page makes once per filled-in form and sends with every retry of it: one item however often it is sent. */
  idempotencyKey: string;
}

/** A public submission waiting for someone who may register it (GET /api/inkomna). */
export interface IntakeItemView {
  id: string;
  processType: string;
  enhetId: string;
  receivedAt: string;
  data: Record<string, unknown>;
}

/** POST /api/inkomna/:id/registrera – the first step's data as the registering person confirms it. */
export interface IntakeRegisterRequest {
  data: Record<string, unknown>;
  /** The enhet to register it on when the sender chose the wrong one (then a correction naming the enhet, with a reason). */
  enhetId?: string;
}

/** One notification in the signed-in person's list (issue 13): a step and its deadline, never case content. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  arendeId: string;
  stepTitle: string;
  dueAt: string | null;
  notifyAt: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationsAnswer {
  items: NotificationItem[];
  unread: number;
}

/** How a person wants e-mail: each notification at once, a daily summary, or none (the in-app list stays). */
export type EmailPreference = 'direkt' | 'sammanfattning' | 'av';

export interface NotificationPreferenceAnswer {
  email: EmailPreference;
  /** The server sends e-mail at all (SMTP configured). */
  mailEnabled: boolean;
}

/** Per step title: deadline steps that were done after reminders, and how many reminders they needed (reports). */
export interface ReminderStatsRow {
  stepTitle: string;
  /** Steps done (deadline met or ärende closed) that had at least one reminder or a passed-deadline notice. */
  steps: number;
  /** Reminders before the deadline ("fristen närmar sig", the komplettering's own), summed over those steps. */
  reminders: number;
  /** Of those steps, how many were done only after the deadline had passed. */
  afterDeadline: number;
}

export interface ReminderStatsAnswer {
  rows: ReminderStatsRow[];
}
