import type { ArendeOnClient, Backend, OutboxItem, ReportOutcome, SubmitOutcome } from '../../api/Backend';
import { BackendError } from '../../api/Backend';
import type { ReadingReason } from '../../api/readingOutside';
import type {
  CommandRequest,
  ErsattareRequest,
  JavRequest,
  AccessLogAnswer,
  ArendeView,
  CsvImportAnswer,
  EnhetInput,
  ForvaltningInput,
  OrganisationAnswer,
  PersonInput,
  RoleInput,
  VerksamhetInput,
  CommandAnswer,
  DefinitionsAnswer,
  IntegrityReport,
  KvalitetsberattelseAnswer,
  KvalitetsberattelseRequest,
  ListAnswer,
  ListQuery,
  MigrateAnswer,
  ProcessRowsAnswer,
  ProcessRowsRequest,
  PublishAnswer,
  SessionInfo,
  SignInMethods,
  DemoPeople,
  IntakeItemView,
  PublicIntakeInfo,
  EmailPreference,
  NotificationPreferenceAnswer,
  NotificationsAnswer,
  ReminderStatsAnswer,
} from '../../api/contract';
import type { BackupFile, ImportResult, MigrationProof, ProcessCatalog, ProcessDefinition, RoleId, SchemaValidator, VerifyMemo, VerifyResult, VersionImpact } from '../../engine/index';
import { DefinitionRegistry, replay, verifyDraft } from '../../engine/index';
import { forgetUser } from '../dexie/forgetUser';
import type { KvalitetsDb } from '../dexie/KvalitetsDb';
import { liveStream } from './liveStream';
import { OFFLINE, onUnauthenticated, request } from './request';

const enc = encodeURIComponent;

/** The browser's side of the API: commands and queries over HTTP, the log replayed locally to render it. */
export class HttpBackend implements Backend {
  readonly registry: DefinitionRegistry;
  private readonly live = liveStream();
  private readonly outboxListeners = new Set<() => void>();
  private userId: string | undefined;
  private flushing: Promise<number> | undefined;
  // The editor re-verifies after every edit: a text-only edit reuses the last path search.
  private readonly verifyMemo: VerifyMemo = {};

  constructor(
    catalog: ProcessCatalog,
    private readonly validator: SchemaValidator,
    private readonly db: KvalitetsDb,
    private readonly now: () => string,
  ) {
    this.registry = new DefinitionRegistry(catalog, validator);
    if (typeof window !== 'undefined') window.addEventListener('online', () => void this.outbox.flush());
  }

  // ——— Session ———

  async session(): Promise<SessionInfo | null> {
    // Both at once on a cold start: the definitions are needed as soon as a session is found (a 401 is simply no session).
    const [{ session }, defs] = await Promise.all([
      request<{ session: SessionInfo | null }>('GET', '/api/session'),
      request<Partial<DefinitionsAnswer>>('GET', '/api/definitions', undefined, [401]).catch(() => undefined),
    ]);
    if (!session) return null;
    return this.signedIn(session, defs?.definitions);
  }

  async signInMethods(): Promise<SignInMethods> {
    return request<SignInMethods>('GET', '/api/session/methods');
  }

  async demoPeople(): Promise<DemoPeople | undefined> {
    try {
      return await request<DemoPeople>('GET', '/api/demo/people');
    } catch (e) {
      if (e instanceof BackendError && e.status === 404) return undefined;
      throw e;
    }
  }

  async signInDemo(userId: string): Promise<SessionInfo> {
    return this.signedIn(await request<SessionInfo>('POST', '/api/session/demo', { userId }));
  }

  async signInLocal(username: string, password: string): Promise<SessionInfo> {
    return this.signedIn(await request<SessionInfo>('POST', '/api/session/local', { username, password }));
  }

  async setLogin(userId: string, username: string, password: string): Promise<void> {
    await request('POST', `/api/admin/personer/${enc(userId)}/inloggning`, { username, password });
  }

  async signOut(opts: { everywhere?: boolean } = {}): Promise<void> {
    this.live.close();
    try {
      await request('DELETE', opts.everywhere ? '/api/session?overallt=1' : '/api/session');
    } finally {
      await this.forgetLocal();
    }
  }

  /** The signed-in person (drafts are saved as theirs). */
  get signedInUserId(): string | undefined {
    return this.userId;
  }

  /** When the session ends (idle or absolute timeout, signed out elsewhere), the person's drafts and cache go too. */
  onSessionLost(cb: () => void): () => void {
    return onUnauthenticated(() => void this.forgetLocal().finally(cb));
  }

  /** Nothing of the person's drafts or cached lists stays behind on a shared computer. */
  private async forgetLocal(): Promise<void> {
    const userId = this.userId;
    this.userId = undefined;
    if (userId) await forgetUser(this.db, userId);
  }

  private async signedIn(info: SessionInfo, definitions?: DefinitionsAnswer['definitions']): Promise<SessionInfo> {
    this.userId = info.user.userId;
    if (definitions) this.registerAll(definitions);
    else await this.refreshDefinitions();
    void this.outbox.flush();
    return info;
  }

  // ——— Definitions ———

  async refreshDefinitions(): Promise<void> {
    this.registerAll((await request<DefinitionsAnswer>('GET', '/api/definitions')).definitions);
  }

  private registerAll(definitions: DefinitionsAnswer['definitions']): void {
    for (const d of definitions) if (!this.registry.get(d.id, d.version)) this.registry.registerProven(d, { formatChecked: true });
  }

  // ——— Ärenden ———

  async report(processType: string, enhetId: string, data: unknown): Promise<ReportOutcome> {
    const arendeId = `arende:${crypto.randomUUID()}`;
    try {
      return await this.sendReport({ processType, enhetId, data, arendeId });
    } catch (e) {
      if (!(e instanceof BackendError) || e.code !== OFFLINE || !this.userId) throw e;
      await this.db.outbox.put({ id: arendeId, userId: this.userId, processType, enhetId, data, createdAt: this.now(), state: 'waiting' });
      this.outboxChanged();
      return { ok: false, queued: true, arendeId };
    }
  }

  private async sendReport(body: { processType: string; enhetId: string; data: unknown; arendeId: string }): Promise<Exclude<ReportOutcome, { queued: true }>> {
    const r = await request<CommandAnswer>('POST', '/api/arenden', body, [403, 404, 409, 422]);
    return r.ok ? { ok: true, summary: r.summary } : { ok: false, rejection: r.rejection };
  }

  // ——— Public forms and what came in through them ———

  publicIntakeInfo(processType: string): Promise<PublicIntakeInfo> {
    return request('GET', `/api/offentlig/${enc(processType)}`);
  }

  async submitPublic(processType: string, enhetId: string, data: Record<string, unknown>, idempotencyKey: string): Promise<void> {
    await request('POST', `/api/offentlig/${enc(processType)}`, { enhetId, data, idempotencyKey });
  }

  intake(): Promise<IntakeItemView[]> {
    return request('GET', '/api/inkomna');
  }

  async intakeItem(id: string): Promise<(IntakeItemView & { registeredArendeId?: string }) | null> {
    try {
      return await request('GET', `/api/inkomna/${enc(id)}`);
    } catch (e) {
      if (e instanceof BackendError && e.status === 404) return null;
      throw e;
    }
  }

  async registerIntake(id: string, data: Record<string, unknown>, enhetId?: string): Promise<Exclude<ReportOutcome, { queued: true }>> {
    const r = await request<CommandAnswer>('POST', `/api/inkomna/${enc(id)}/registrera`, { data, ...(enhetId ? { enhetId } : {}) }, [403, 404, 409, 422]);
    return r.ok ? { ok: true, summary: r.summary } : { ok: false, rejection: r.rejection };
  }

  /** A command on an ärende: the list row, or the server's refusal (403, 409 and 422 are answers, not failures). */
  private async command(arendeId: string, path: string, body: CommandRequest | JavRequest | ErsattareRequest): Promise<SubmitOutcome> {
    const r = await request<CommandAnswer>('POST', `/api/arenden/${enc(arendeId)}/${path}`, body, [403, 409, 422]);
    return r.ok ? { ok: true, summary: r.summary, ...(r.linked ? { linked: r.linked } : {}) } : { ok: false, rejection: r.rejection };
  }

  submit = (arendeId: string, type: string, data: unknown, expectedSeq: number) => this.command(arendeId, 'commands', { type, data, expectedSeq });
  declareJav = (arendeId: string, motivering: string, expectedSeq: number) => this.command(arendeId, 'jav', { motivering, expectedSeq });
  appointErsattare = (arendeId: string, input: { userId: string; role: RoleId; motivering: string }, expectedSeq: number) =>
    this.command(arendeId, 'ersattare', { ...input, expectedSeq });

  async readOutside(arendeId: string, reason: ReadingReason, text?: string): Promise<void> {
    await request('POST', `/api/arenden/${enc(arendeId)}/skal`, { skal: reason, ...(text?.trim() ? { text: text.trim() } : {}) });
  }

  async arende(arendeId: string, opts: { utskrift?: string } = {}): Promise<ArendeOnClient | null> {
    let view: ArendeView;
    try {
      view = await request<ArendeView>('GET', `/api/arenden/${enc(arendeId)}${opts.utskrift ? `?utskrift=${enc(opts.utskrift)}` : ''}`);
    } catch (e) {
      if (e instanceof BackendError && e.status === 404) return null;
      throw e;
    }
    const open = view.events[0]?.stepData as { definitionId?: string; definitionVersion?: number } | undefined;
    const pinned = () => this.registry.get(String(open?.definitionId), Number(open?.definitionVersion));
    // A version published since this tab started is fetched on first need.
    if (!pinned() || view.events.some((e) => e.type === 'arende.migrera')) await this.refreshDefinitions();
    const loaded = pinned();
    if (!loaded) throw new BackendError(`Processversionen för ärendet ${arendeId} finns inte.`, 500, 'integrity');
    const result = replay(loaded, view.events, { resolve: (id, v) => this.registry.get(id, v) });
    if (!result.ok) throw new BackendError(`Ärendet kunde inte visas: händelse ${result.seq}: ${result.reason}`, 500, 'integrity');
    return { state: result.state, summary: view.summary, options: view.options, ...(view.jav ? { jav: view.jav } : {}) };
  }

  async list(query: ListQuery, withTotal = false): Promise<ListAnswer> {
    return request<ListAnswer>('POST', '/api/arenden/list', { query, ...(withTotal ? { withTotal } : {}) });
  }

  async inbox(opts: { limit?: number; after?: string; withTotal?: boolean }): Promise<ListAnswer> {
    return request<ListAnswer>('POST', '/api/inbox', opts);
  }

  // ——— Reports ———

  kvalitetsberattelse(body: KvalitetsberattelseRequest): Promise<KvalitetsberattelseAnswer> {
    return request('POST', '/api/reports/kvalitetsberattelse', body);
  }

  async urval(body: KvalitetsberattelseRequest, ref: string): Promise<readonly string[]> {
    return (await request<{ arendeIds: string[] }>('POST', '/api/reports/urval', { request: body, ref })).arendeIds;
  }

  // ——— Processes ———

  verifyDraft(draft: ProcessDefinition): VerifyResult {
    return verifyDraft(this.registry, this.validator, draft, this.verifyMemo);
  }

  async publish(draft: ProcessDefinition, note: string): Promise<PublishAnswer> {
    const r = await request<PublishAnswer>('POST', '/api/definitions/publish', { draft, note }, [422]);
    if (r.ok) await this.refreshDefinitions();
    return r;
  }

  async importDefinition(file: unknown, note: string): Promise<PublishAnswer> {
    const r = await request<PublishAnswer>('POST', '/api/definitions/import', { file, note }, [422]);
    if (r.ok) await this.refreshDefinitions();
    return r;
  }

  impact(definitionId: string, version: number): Promise<VersionImpact> {
    return request('GET', `/api/definitions/${enc(definitionId)}/${version}/impact`);
  }

  running(definitionId: string, body: ProcessRowsRequest): Promise<ProcessRowsAnswer> {
    return request('POST', `/api/definitions/${enc(definitionId)}/running`, body);
  }

  async planMigration(arendeId: string, toVersion: number, mapping: Record<string, string>): Promise<MigrationProof> {
    return (await request<{ proof: MigrationProof }>('POST', `/api/arenden/${enc(arendeId)}/migrate`, { toVersion, mapping, dryRun: true })).proof;
  }

  migrate(arendeId: string, toVersion: number, mapping: Record<string, string>, note: string): Promise<MigrateAnswer> {
    return request('POST', `/api/arenden/${enc(arendeId)}/migrate`, { toVersion, mapping, note }, [403, 409, 422]);
  }

  // ——— Backup and integrity ———

  // ——— The organisation (administratör) ———

  organisation(): Promise<OrganisationAnswer> {
    return request('GET', '/api/admin/organisation');
  }

  saveForvaltning(id: string, input: ForvaltningInput): Promise<{ id: string }> {
    return request('PUT', `/api/admin/forvaltningar/${enc(id)}`, input);
  }

  saveVerksamhet(input: VerksamhetInput & { id?: string }): Promise<{ id: string }> {
    return request('POST', '/api/admin/verksamheter', input);
  }

  saveEnhet(input: EnhetInput & { id?: string }): Promise<{ id: string }> {
    return request('POST', '/api/admin/enheter', input);
  }

  savePerson(input: PersonInput & { userId?: string }): Promise<{ userId: string }> {
    return request('POST', '/api/admin/personer', input);
  }

  assignRole(input: RoleInput): Promise<{ id: number }> {
    return request('POST', '/api/admin/roller', input);
  }

  async endRole(assignmentId: number): Promise<void> {
    await request('DELETE', `/api/admin/roller/${assignmentId}`);
  }

  importOrganisationCsv(csv: string, apply: boolean): Promise<CsvImportAnswer> {
    return request('POST', '/api/admin/organisation/import', { csv, apply }, [422]);
  }

  accessLog(query: { arende?: string; userId?: string; before?: number; limit?: number }): Promise<AccessLogAnswer> {
    return request('POST', '/api/access-log/search', query);
  }

  exportBackup(): Promise<BackupFile> {
    return request('GET', '/api/backup');
  }

  importBackup(file: unknown): Promise<ImportResult> {
    return request('POST', '/api/backup/import', file, [422]);
  }

  async integrity(): Promise<IntegrityReport | null> {
    return (await request<{ report: IntegrityReport | null }>('GET', '/api/integrity')).report;
  }

  async runIntegrity(): Promise<IntegrityReport> {
    return (await request<{ report: IntegrityReport }>('POST', '/api/integrity/run')).report;
  }

  notifications(): Promise<NotificationsAnswer> {
    return request('GET', '/api/notifications');
  }

  async unreadNotifications(): Promise<number> {
    return (await request<{ unread: number }>('GET', '/api/notifications/unread')).unread;
  }

  async markNotificationsRead(ids: readonly string[] | 'all'): Promise<void> {
    await request('POST', '/api/notifications/read', ids === 'all' ? { all: true } : { ids });
  }

  notificationPreference(): Promise<NotificationPreferenceAnswer> {
    return request('GET', '/api/notifications/preference');
  }

  setNotificationPreference(email: EmailPreference): Promise<NotificationPreferenceAnswer> {
    return request('PUT', '/api/notifications/preference', { email });
  }

  reminderStats(): Promise<ReminderStatsAnswer> {
    return request('GET', '/api/notifications/reminder-stats');
  }

  subscribe(onChange: (arendeId: string) => void): () => void {
    return this.live.subscribe(onChange);
  }

  // ——— Outbox ———

  private outboxChanged() {
    for (const cb of this.outboxListeners) cb();
  }

  readonly outbox = {
    items: async (): Promise<OutboxItem[]> => {
      if (!this.userId) return [];
      const rows = await this.db.outbox.where('userId').equals(this.userId).toArray();
      return rows.map(({ userId: _u, ...item }) => item).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    flush: (): Promise<number> => {
      this.flushing ??= this.flushOutbox().finally(() => (this.flushing = undefined));
      return this.flushing;
    },
    discard: async (id: string): Promise<void> => {
      await this.db.outbox.delete(id);
      this.outboxChanged();
    },
    onChange: (cb: () => void): (() => void) => {
      this.outboxListeners.add(cb);
      return () => this.outboxListeners.delete(cb);
    },
  };

  /** Sends waiting rapporter in order; the server decides, and a refusal is kept with its reason. */
  private async flushOutbox(): Promise<number> {
    if (!this.userId) return 0;
    let sent = 0;
    const waiting = (await this.db.outbox.where('userId').equals(this.userId).toArray()).filter((r) => r.state === 'waiting');
    for (const row of waiting.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      try {
        const r = await this.sendReport({ processType: row.processType, enhetId: row.enhetId, data: row.data, arendeId: row.id });
        if (r.ok) {
          await this.db.outbox.delete(row.id);
          sent++;
        } else await this.db.outbox.put({ ...row, state: 'refused', refusal: r.rejection.message });
      } catch (e) {
        if (e instanceof BackendError && (e.code === OFFLINE || e.status >= 500 || e.status === 401)) break;
        await this.db.outbox.put({ ...row, state: 'refused', refusal: e instanceof Error ? e.message : String(e) });
      }
      this.outboxChanged();
    }
    return sent;
  }
}
