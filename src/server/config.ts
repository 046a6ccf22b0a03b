import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../adapters/catalog/diskCatalog';

/** The server's settings, all from the environment (README, "Drift"). */
export interface ServerConfig {
  host: string;
  port: number;
  /** A real PostgreSQL (`postgres://…`); without it the embedded PGlite in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** The schema owner's URL, when the server's own role may not change the schema (production). */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  /** Ed25519 key that signs chain heads: a PEM in the environment, or a file outside the database. */
  signingKeyPem: string | undefined;
  signingKeyFile: string;
  /** The ledger's checkpoints outside the database (one JSON line each), beside the signing key by default. */
  witnessFile: string;
  /** The signed clean-stop record (`ledger/cleanStop.ts`) beside the witness file: the next start's check is incremental. */
  cleanStopFile: string;
  /** `KF_METRICS_TOKEN`: the bearer token `/metrics` asks for; without it, only this machine (loopback) may read it. */
  metricsToken: string | undefined;
  /** How often a checkpoint of the ledger is signed while events are written (ms; 0: only at export, check and stop). */
  checkpointMs: number;
  /** Public keys (PEM, separated by blank lines) whose signatures an imported backup may carry. */
  trustedPublicKeys: string[];
  /** The nämnd's `age` public keys (`age1…`) every backup is encrypted to; the förvaltning holds the private keys offline. */
  backupRecipients: string[];
  /** Without recipients, a demo server encrypts to a demo key pair kept here (beside the signing key). */
  backupDemoKeyFile: string;
  /** Demo organisation and demo sign-in. On by default with the embedded database only. */
  demo: boolean;
  /** Seed a dozen example ärenden into an empty demo database. */
  demoArenden: boolean;
  staticRoot: string;
  secureCookies: boolean;
  /** Proxies whose X-Forwarded-For is believed (hop count or addresses); off, every request's address is the proxy's. */
  trustProxy: number | string | false;
  logLevel: string;
  /** Sign-in through the kommun's identity provider, when KF_OIDC_ISSUER is set. */
  oidc: OidcConfig | undefined;
  /** Reminders and notifications (issue 13): e-mail only when KF_SMTP_URL is set. */
  notifications: NotificationConfig;
}

export interface NotificationConfig {
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Links in e-mails point here (KF_PUBLIC_URL). */
  publicUrl: string;
  sweepMs: number;
  pollMs: number;
  retryBaseMs: number;
  /** Europe/Stockholm time of the daily summary. */
  digestTime: string;
  /** Working days before a deadline for "fristen närmar sig", and after it before the chef is told. */
  nearWorkingDays: number;
  escalateAfterWorkingDays: number;
}

function readNotifications(env: NodeJS.ProcessEnv, publicUrl: string): NotificationConfig {
  const num = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} måste vara ett tal ≥ 0.`);
    return n;
  };
  return {
    smtpUrl: env.KF_SMTP_URL || undefined,
    mailFrom: env.KF_MAIL_FROM || 'Kvalitetsflöde <noreply@localhost>',
    publicUrl,
    sweepMs: num('KF_NOTIFY_SWEEP_SECONDS', 300) * 1000,
    pollMs: num('KF_MAIL_POLL_SECONDS', 5) * 1000,
    retryBaseMs: num('KF_MAIL_RETRY_SECONDS', 30) * 1000,
    digestTime: env.KF_MAIL_DIGEST_TIME || '07:00',
    nearWorkingDays: num('KF_NOTIFY_NEAR_WORKING_DAYS', 2),
    escalateAfterWorkingDays: num('KF_NOTIFY_ESCALATE_WORKING_DAYS', 2),
  };
}

/** OpenID Connect (authorization code + PKCE) against the kommun's identity provider. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE alone); Entra ID and most brokers give web apps a secret. */
  clientSecret: string | undefined;
  /** The ID token claim that identifies a person, matched against the login id the administratör records. */
  claim: string;
  scope: string;
  /** Where the provider sends the browser back: the public address plus `/api/session/oidc/callback`. */
  redirectUri: string;
  /** The sign-in button's text, e.g. "Logga in med SITHS-kort". */
  label: string;
}

function readOidc(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | undefined {
  const issuer = env.KF_OIDC_ISSUER;
  if (!issuer) return undefined;
  const clientId = env.KF_OIDC_CLIENT_ID;
  if (!clientId) throw new Error('KF_OIDC_ISSUER är satt men KF_OIDC_CLIENT_ID saknas.');
  return {
    issuer,
    clientId,
    clientSecret: env.KF_OIDC_CLIENT_SECRET || undefined,
    claim: env.KF_OIDC_CLAIM || 'sub',
    scope: env.KF_OIDC_SCOPE || 'openid',
    redirectUri: env.KF_OIDC_REDIRECT_URI || `${publicUrl.replace(/\/$/, '')}/api/session/oidc/callback`,
    label: env.KF_OIDC_LABEL || 'Logga in med kommunens inloggning',
  };
}

/** `KF_TRUST_PROXY`: a hop count ("1") or the proxies' addresses/CIDR ("10.0.0.0/8,127.0.0.1"); never "trust everyone". */
export function readTrustProxy(value: string | undefined): number | string | false {
  const v = value?.trim();
  if (!v || v === '0') return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (/^(true|ja|yes)$/i.test(v))
    throw new Error(
      'KF_TRUST_PROXY ska vara antalet proxyer framför servern (t.ex. 1) eller deras adresser, inte "alla": annars kan vem som ' +
        'helst ange sin egen adress.',
    );
  return v;
}

/** Loopback addresses: only this computer reaches a server listening there. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Demo sign-in lets whoever reaches the server pick any demo person, the administratör too: on by default only where
 * nobody else can reach it. Elsewhere it must be asked for by name (`KF_DEMO=1`), or the server refuses to start (issue 22).
 */
export function demoExposureProblem(env: NodeJS.ProcessEnv, host: string, demo: boolean): string | undefined {
  if (!demo || isLoopback(host) || env.KF_DEMO === '1') return undefined;
  return (
    `Demoläget startar inte på adressen ${host}: där kan vem som helst som når servern logga in som vilken demoperson som ` +
    'helst, också administratören. Lyssna på 127.0.0.1 (HOST=127.0.0.1), sätt KF_DEMO=0 för en riktig installation, eller ' +
    'KF_DEMO=1 om demon verkligen ska nås från andra datorer.'
  );
}

/** `KF_BACKUP_RECIPIENTS`: comma-separated `age1…` public keys (X25519); anything else stops the start, named. */
export function readBackupRecipients(value: string | undefined): string[] {
  const keys = (value ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const bad = keys.find((k) => !/^age1[02-9ac-hj-np-z]{58}$/.test(k));
  if (bad !== undefined)
    throw new Error(
      `KF_BACKUP_RECIPIENTS: "${bad.slice(0, 80)}" är ingen publik age-nyckel. Ange nämndens publika nycklar (age1… med 62 tecken), ` +
        'åtskilda med kommatecken.',
    );
  return keys;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = env.KF_DATA_DIR ?? join(PROJECT_ROOT, '.data');
  const host = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? 5173);
  const witnessFile = env.KF_WITNESS_FILE ?? join(dirname(env.KF_SIGNING_KEY_FILE ?? join(dataDir, 'x')), 'kontrollpunkter.jsonl');
  const publicUrl = env.KF_PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const demo = env.KF_DEMO !== undefined ? env.KF_DEMO === '1' || env.KF_DEMO === 'ja' : !databaseUrl;
  const exposed = demoExposureProblem(env, host, demo);
  if (exposed) throw new Error(exposed);
  return {
    host,
    port,
    databaseUrl,
    migrationDatabaseUrl: env.DATABASE_MIGRATION_URL || undefined,
    dataDir: join(dataDir, 'pglite'),
    signingKeyPem: env.KF_SIGNING_KEY || undefined,
    signingKeyFile: env.KF_SIGNING_KEY_FILE ?? join(dataDir, 'signeringsnyckel.pem'),
    witnessFile,
    cleanStopFile: join(dirname(witnessFile), 'ren-stopp.json'),
    metricsToken: env.KF_METRICS_TOKEN || undefined,
    checkpointMs: env.KF_CHECKPOINT_MS !== undefined && env.KF_CHECKPOINT_MS !== '' ? Number(env.KF_CHECKPOINT_MS) : 60_000,
    trustedPublicKeys: (env.KF_TRUSTED_KEYS ?? '')
      .split(/\n\s*\n/)
      .map((k) => k.trim())
      .filter(Boolean),
    backupRecipients: readBackupRecipients(env.KF_BACKUP_RECIPIENTS),
    backupDemoKeyFile: join(dirname(env.KF_SIGNING_KEY_FILE ?? join(dataDir, 'x')), 'sakerhetskopia-demonyckel.txt'),
    demo,
    demoArenden: demo && env.KF_DEMO_ARENDEN !== '0',
    staticRoot: resolve(env.KF_STATIC_ROOT ?? join(PROJECT_ROOT, 'dist')),
    // Cookies need https to be Secure; plain http on localhost (the embedded default) is the one exception.
    secureCookies: env.KF_SECURE_COOKIES ? env.KF_SECURE_COOKIES === '1' : !['127.0.0.1', 'localhost', '::1'].includes(host),
    trustProxy: readTrustProxy(env.KF_TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    oidc: readOidc(env, publicUrl),
    notifications: readNotifications(env, publicUrl),
  };
}
