import type { StartCheck } from './ledger/startupCheck';
import type { ServerMetrics } from './metrics/serverMetrics';
import type { BackupKeys, EncryptedBackup, Person, IntegrityReport } from '../api/contract';
import type { Clock, Directory, Engine, ImportResult } from '../engine/internal';
import type { AccessLog } from './access/AccessLog';
import type { ReadingGrants } from './access/ReadingGrants';
import type { PublicIntake } from './intake/PublicIntake';
import type { LocalAccounts } from './accounts/LocalAccounts';
import type { LiveHub } from './live/LiveHub';
import type { OidcSignIn } from './oidc/OidcSignIn';
import type { OrganisationAdmin } from './organisation/OrganisationAdmin';
import type { SessionStore } from './sessions/SessionStore';
import type { NotificationStore } from './notifications/NotificationStore';
import type { OutgoingMail } from './notifications/Mailer';
import type { RateLimits } from './limits/RateLimits';
import type { HeldArenden } from './ledger/heldArenden';
import type { VersionBeslutStore } from './beslut/VersionBeslutStore';
import type { ReportFactsCache } from './reports/reportFactsCache';

/**
 * Whole-record backups, encrypted to the förvaltning's `age` keys (`backup/encryptedBackups.ts`): the administratör who
 * exports cannot read the file; an import brings the private key that opens it.
 */
export interface BackupService {
  keys: BackupKeys;
  exportAll(): Promise<EncryptedBackup>;
  /**
   * Opens the file with the key given (or takes an older plain one), checks it whole (format, signatures, checkpoints,
   * chains, strict replay, who held which role when) off the request thread, then writes it in one transaction.
   */
  importFile(body: unknown, userId: string): Promise<ImportResult>;
}

export interface IntegrityService {
  latest(): Promise<IntegrityReport | undefined>;
  /** Checks every chain and signature now and records the result; `signal` stops it (shutdown). */
  run(signal?: AbortSignal): Promise<IntegrityReport>;
  /** The check at start: incremental after a clean stop, else the whole log (`ledger/startupCheck.ts`). */
  atStart(signal?: AbortSignal): Promise<StartCheck>;
  /** What the check at start found, once it has finished. */
  lastStart(): StartCheck | undefined;
}

/** Everything the HTTP layer needs, wired once in main.ts (or by a test). The server itself keeps no state of record. */
export interface ServerContext {
  engine: Engine;
  directory: Directory;
  sessions: SessionStore;
  live: LiveHub;
  clock: Clock;
  people(): Promise<Person[]>;
  backup: BackupService;
  integrity: IntegrityService;
  /** Prometheus figures at `/metrics` (PostgreSQL servers; the API tests' memory server has none). */
  metrics?: ServerMetrics;
  /** The ärenden the newest check of the whole log named: not served until a later check passes them (issue 22). */
  held: HeldArenden;
  /** Loggkontroll: who opened, printed or exported which ärende. */
  accessLog: AccessLog;
  /** Failed sign-ins and public-form messages per address, shared by every instance (PostgreSQL; memory in API tests). */
  rateLimits: RateLimits;
  /** Every ärende's report facts in this instance's memory, kept current from every instance; absent: the routes keep their own. */
  reportFacts?: ReportFactsCache;
  /** Reads outside one's own units, granted for a stated reason. */
  readingGrants: ReadingGrants;
  /** The nämnd's beslut on published process versions (issue 27). */
  versionBeslut: VersionBeslutStore;
  /** The administratör's edits of units, people and roles, where the directory is writable (PostgreSQL). */
  organisation?: OrganisationAdmin;
  /** Public submissions waiting to be registered (a process's public form), where the server keeps them. */
  intake?: PublicIntake;
  /** Sign-in with user name and password, where the server keeps local accounts. */
  accounts?: LocalAccounts;
  /** Sign-in through the kommun's identity provider, when configured. */
  oidc?: OidcSignIn;
  /** Reminders and notifications of the signed-in person (issue 13), where the database keeps them. */
  notifications?: NotificationStore;
  /** Tells those who register it that something came in through a public form (in the background; never its content). */
  intakeReceived?(item: { id: string; processType: string; enhetId: string; receivedAt: string }): void;
  /**
   * Sends an e-mail now, past the queue and the person's choice of e-mails: only for what she cannot do without (her
   * one-time code), where e-mail is configured.
   */
  securityMail?: { send(mail: OutgoingMail): Promise<void>; publicUrl: string };
  /** E-mail is configured (KF_SMTP_URL): the preference page says so when it is not. */
  mailEnabled?: boolean;
  /** Demo sign-in (pick a person) is offered. */
  demo: boolean;
  /** Whom a demo visitor may pick: the demo organisation's people, never one the administratör added. */
  demoUserIds?: ReadonlySet<string>;
  /** Cookies marked Secure (everywhere but plain-http localhost). */
  secureCookies: boolean;
  /** Is the database reachable and migrated? */
  ready(): Promise<boolean>;
  /** Built app to serve at `/`, when there is one. */
  staticRoot?: string;
}
