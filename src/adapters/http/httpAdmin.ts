import type {
  AccessLogAnswer,
  AccessLogRequest,
  BackupKeys,
  CsvImportAnswer,
  CsvImportRequest,
  EmailPreference,
  EncryptedBackup,
  EncryptedImport,
  EnhetInput,
  ForvaltningInput,
  IntegrityReport,
  NotificationPreferenceAnswer,
  NotificationsAnswer,
  OrganisationAnswer,
  PersonInput,
  ReminderStatsAnswer,
  RoleInput,
  RoleRequest,
  VerksamhetInput,
} from '../../api/contract';
import type { Static } from 'typebox';
import type { MarkReadBody, PreferenceBody, UnreadAnswer } from '../../api/wire/notificationSchemas';
import type { SavedId, SavedRoleId, SavedUserId } from '../../api/wire/organisationSchemas';
import type { ImportResult } from '../../engine/index';
import { request } from './request';

const enc = encodeURIComponent;

/** What holds no state on the browser: the organisation, backups and the log's check, the access log, notifications. */
export const httpAdmin = {
  organisation: (): Promise<OrganisationAnswer> => request('GET', '/api/admin/organisation'),
  saveForvaltning: (id: string, input: ForvaltningInput): Promise<Static<typeof SavedId>> =>
    request('PUT', `/api/admin/forvaltningar/${enc(id)}`, input),
  saveVerksamhet: (input: VerksamhetInput & { id?: string }): Promise<Static<typeof SavedId>> =>
    request('POST', '/api/admin/verksamheter', input),
  saveEnhet: (input: EnhetInput & { id?: string }): Promise<Static<typeof SavedId>> => request('POST', '/api/admin/enheter', input),
  savePerson: (input: PersonInput & { userId?: string }): Promise<Static<typeof SavedUserId>> =>
    request('POST', '/api/admin/personer', input),
  assignRole: (input: RoleInput): Promise<Static<typeof SavedRoleId>> => request('POST', '/api/admin/roller', input),
  roleRequests: async (): Promise<RoleRequest[]> => (await request<{ requests: RoleRequest[] }>('GET', '/api/admin/rollbegaran')).requests,
  async decideRoleRequest(requestId: number, approve: boolean): Promise<void> {
    await request('POST', `/api/admin/rollbegaran/${requestId}/${approve ? 'godkann' : 'avsla'}`);
  },
  async endRole(assignmentId: number): Promise<void> {
    await request('DELETE', `/api/admin/roller/${assignmentId}`);
  },
  importOrganisationCsv: (csv: string, apply: boolean): Promise<CsvImportAnswer> =>
    request('POST', '/api/admin/organisation/import', { csv, apply } satisfies CsvImportRequest, [422]),
  accessLog: (query: AccessLogRequest): Promise<AccessLogAnswer> => request('POST', '/api/access-log/search', query),

  backupKeys: (): Promise<BackupKeys> => request('GET', '/api/backup/nycklar'),
  exportBackup: (): Promise<EncryptedBackup> => request('GET', '/api/backup'),
  importBackup: (body: EncryptedImport | unknown): Promise<ImportResult> => request('POST', '/api/backup/import', body, [422]),
  integrity: async (): Promise<IntegrityReport | null> =>
    (await request<{ report: IntegrityReport | null }>('GET', '/api/integrity')).report,
  runIntegrity: async (): Promise<IntegrityReport> => (await request<{ report: IntegrityReport }>('POST', '/api/integrity/run')).report,

  notifications: (): Promise<NotificationsAnswer> => request('GET', '/api/notifications'),
  unreadNotifications: async (): Promise<number> => (await request<Static<typeof UnreadAnswer>>('GET', '/api/notifications/unread')).unread,
  async markNotificationsRead(ids: readonly string[] | 'all'): Promise<void> {
    await request(
      'POST',
      '/api/notifications/read',
      ids === 'all' ? { all: true } : ({ ids: [...ids] } satisfies Static<typeof MarkReadBody>),
    );
  },
  notificationPreference: (): Promise<NotificationPreferenceAnswer> => request('GET', '/api/notifications/preference'),
  setNotificationPreference: (email: EmailPreference): Promise<NotificationPreferenceAnswer> =>
    request('PUT', '/api/notifications/preference', { email } satisfies Static<typeof PreferenceBody>),
  reminderStats: (): Promise<ReminderStatsAnswer> => request('GET', '/api/notifications/reminder-stats'),
};
