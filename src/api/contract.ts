import type { Static } from 'typebox';
import type { BackupFile, Kvalitetsberattelse, Rejection, SummaryQuery, VersionImpact } from '../engine/index';
import type { AccessLogBody, ReadingReasonBody } from './wire/accessSchemas';
import type {
  ArendeViewSchema,
  BackupKeysSchema,
  CommandAnswerSchema,
  DefinitionsAnswerSchema,
  EncryptedBackupSchema,
  IntegrityReportSchema,
  ListAnswerSchema,
  MigrateAnswerSchema,
  ProcessRowSchema,
  ProcessRowsAnswerSchema,
  PublishAnswerSchema,
} from './wire/answerSchemas';
import type { CommandBody, ErsattareBody, InboxBody, JavBody, ListQuerySchema, MigrateBody, ReportBody } from './wire/arendeSchemas';
import type { ProcessRowsBody } from './wire/definitionSchemas';
import type { IntakeRegisterBody, PublicIntakeBody } from './wire/intakeSchemas';
import type { EmailPreferenceSchema } from './wire/notificationSchemas';
import type { CsvImportBody, EnhetBody, ForvaltningBody, PersonBody, RoleBody, VerksamhetBody } from './wire/organisationSchemas';
import type { KvalitetsberattelseAnswerSchema, KvalitetsberattelseBody, WireOf } from './wire/reportSchemas';
import type {
  CsvImportAnswerSchema,
  CsvImportItemSchema,
  NotificationItemSchema,
  NotificationsAnswerSchema,
  OrganisationAnswerSchema,
  OrganisationChangeSchema,
  OrganisationPersonSchema,
  RoleRequestSchema,
} from './wire/organisationAnswers';
import type {
  AccessEntrySchema,
  AccessLogAnswerSchema,
  IntakeItemViewSchema,
  NotificationPreferenceAnswerSchema,
  PublicIntakeInfoSchema,
  ReminderStatsAnswerSchema,
} from './wire/serviceAnswers';
import type { DemoPeopleSchema, PersonSchema, SessionInfoSchema, SignInMethodsSchema } from './wire/sessionAnswers';

/**
 * The wire contract between the browser and the server: request shapes are derived from the schemas in `wire/`
 * (what the server validates), answers from `wire/answerSchemas.ts` or written here; no behaviour.
 */

export type Person = Static<typeof PersonSchema>;
export type SessionInfo = Static<typeof SessionInfoSchema>;
/** The demo's people to pick from, with their local accounts' user names and the shared demo password. */
export type DemoPeople = Static<typeof DemoPeopleSchema>;
/** How one may sign in on this server, for the sign-in page. */
export type SignInMethods = Static<typeof SignInMethodsSchema>;

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
export type ArendeView = Static<typeof ArendeViewSchema>;

/** "Jag är jävig i ärendet": why, in her own words. */
export type JavRequest = Static<typeof JavBody>;

/** The förvaltningschef appoints an ersättare in a role jäv has stopped (the person is chosen among the candidates). */
export type ErsattareRequest = Static<typeof ErsattareBody>;

export type ReportRequest = Static<typeof ReportBody>;

export type CommandRequest = Static<typeof CommandBody>;

export type CommandAnswer = Static<typeof CommandAnswerSchema>;

/** A schema's type with its lists read-only, as the client builds them. */
type ReadonlyLists<T> = { [K in keyof T]: NonNullable<T[K]> extends readonly (infer U)[] ? readonly U[] : T[K] };
/** `A`, provided it is a `B`: the compiler fails here when the wire and the engine drift apart. */
type Checked<A extends B, B> = A;

/** A list query from the client: everything but the scope, which the server derives from the session. */
export type ListQuery = Checked<ReadonlyLists<Static<typeof ListQuerySchema>>, Omit<SummaryQuery, 'scope' | 'waitingFor'>>;
export type InboxRequest = Static<typeof InboxBody>;
export type MigrateRequest = Static<typeof MigrateBody>;
export type AccessLogRequest = Static<typeof AccessLogBody>;
export type ReadingReasonRequest = Static<typeof ReadingReasonBody>;

export type ListAnswer = Static<typeof ListAnswerSchema>;

export type KvalitetsberattelseRequest = Static<typeof KvalitetsberattelseBody>;

export type { WireFigure, WireOf } from './wire/reportSchemas';

/** The kvalitetsberättelse as it leaves the server: figures carry counts and references, not ids. */
export type WireReport = Checked<WireOf<Kvalitetsberattelse>, Kvalitetsberattelse>;

export type KvalitetsberattelseAnswer = Static<typeof KvalitetsberattelseAnswerSchema>;

export type PublishAnswer = Static<typeof PublishAnswerSchema>;

/** A running ärende as the processägare sees it to plan a migration: number, version, enhet, step, dates; no content, no names. */
export type ProcessRow = Static<typeof ProcessRowSchema>;

/** Open ärenden of one definition below a version, one page, as rows without content. */
export type ProcessRowsRequest = Static<typeof ProcessRowsBody>;

export type ProcessRowsAnswer = Static<typeof ProcessRowsAnswerSchema>;

export type MigrateAnswer = Static<typeof MigrateAnswerSchema>;

export type ImpactAnswer = VersionImpact;

export type DefinitionsAnswer = Static<typeof DefinitionsAnswerSchema>;

export type IntegrityReport = Static<typeof IntegrityReportSchema>;

/** What a problem of the whole log (the ledger, a checkpoint) is filed under instead of an ärende id. */
export const WHOLE_LOG = 'hela loggen';

/** What was done with an ärende's content: opened, printed, exported, or refused (a read outside one's access). */
export type AccessEntry = Static<typeof AccessEntrySchema>;
export type AccessKind = AccessEntry['kind'];
export type AccessLogAnswer = Static<typeof AccessLogAnswerSchema>;

/** The administratör's edits of the organisation (issue 10, item 2): the directory's own shapes, without ids. */
export type ForvaltningInput = Static<typeof ForvaltningBody>;
export type VerksamhetInput = Omit<Static<typeof VerksamhetBody>, 'id'>;
/** `stangd`: a closed enhet takes no new rapporter; its ärenden stay, readable and open. */
export type EnhetInput = Omit<Static<typeof EnhetBody>, 'id'>;
/** `inloggningsId`: the identity provider's stable claim (HSA-id, Entra object id or e-post) the person signs in with; unique. */
export type PersonInput = Omit<Static<typeof PersonBody>, 'userId'>;

export type RoleInput = Static<typeof RoleBody>;

/** A person with the role assignments they hold now (each with the id that ends it). */
export type OrganisationPerson = Static<typeof OrganisationPersonSchema>;
/** One kept change of the organisation: who, when, and what in Swedish. */
export type OrganisationChange = Static<typeof OrganisationChangeSchema>;
export type OrganisationAnswer = Static<typeof OrganisationAnswerSchema>;
/** A role waiting for a second person's approval (issue 22). */
export type RoleRequest = Static<typeof RoleRequestSchema>;

/** A CSV import of enheter and people (issue 10, item 2): a dry run (`apply: false`) or the import itself. */
export type CsvImportRequest = Static<typeof CsvImportBody>;

/** What one row does (or would do): a new, changed or unchanged verksamhet, enhet, person or role. */
export type CsvImportItem = Static<typeof CsvImportItemSchema>;
export type CsvImportAnswer = Static<typeof CsvImportAnswerSchema>;

export type { BackupFile };
export type BackupKeys = Static<typeof BackupKeysSchema>;
export type EncryptedBackup = Static<typeof EncryptedBackupSchema>;
/** An import: the encrypted file with the private key that opens it (never stored, never logged), or an older plain file. */
export interface EncryptedImport {
  sakerhetskopia: string;
  nyckel: string;
}

export type PublicIntakeInfo = Static<typeof PublicIntakeInfoSchema>;

export type PublicIntakeRequest = Static<typeof PublicIntakeBody>;

export type IntakeItemView = Static<typeof IntakeItemViewSchema>;

/** POST /api/inkomna/:id/registrera – the first step's data as the registering person confirms it. */
export type IntakeRegisterRequest = Static<typeof IntakeRegisterBody>;

/** One notification in the signed-in person's list (issue 13): a step and its deadline, never case content. */
export type NotificationItem = Static<typeof NotificationItemSchema>;
export type NotificationsAnswer = Static<typeof NotificationsAnswerSchema>;

/** How a person wants e-mail: each notification at once, a daily summary, or none (the in-app list stays). */
export type EmailPreference = Static<typeof EmailPreferenceSchema>;

export type NotificationPreferenceAnswer = Static<typeof NotificationPreferenceAnswerSchema>;

export type ReminderStatsRow = ReminderStatsAnswer['rows'][number];

export type ReminderStatsAnswer = Static<typeof ReminderStatsAnswerSchema>;
