import type { ReminderRule } from '../calendar/reminderSchedule';
import type { RoleId } from '../model/Role';

/** What a notification says happened; decisions are made on these codes, never on the Swedish text. */
export type NotificationKind =
  'steg' | 'frist_nara' | 'frist_passerad' | 'frist_passerad_chef' | 'paminnelse' | 'veckooversikt' | 'inkommet' | 'stannat' | 'losenord';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'steg',
  'frist_nara',
  'frist_passerad',
  'frist_passerad_chef',
  'paminnelse',
  'veckooversikt',
  'inkommet',
  'stannat',
  'losenord',
];

/** Swedish headings for the in-app list (e-mails use one fixed sentence, see the server's mail text). */
export const NOTIFICATION_TITLES: Record<NotificationKind, string> = {
  steg: 'Ny uppgift',
  frist_nara: 'Fristen närmar sig',
  frist_passerad: 'Fristen har passerat',
  frist_passerad_chef: 'Försenat i din verksamhet',
  paminnelse: 'Påminnelse',
  veckooversikt: 'Veckoöversikt',
  inkommet: 'Inkommet via webbformuläret',
  stannat: 'Ärendet har stannat (jäv)',
  losenord: 'Ditt lösenord',
};

/** Roles that get the weekly overview of overdue ärenden in the enheter they cover (issue 13, item 4). */
export const OVERVIEW_ROLES: readonly RoleId[] = ['enhetschef', 'verksamhetschef', 'sas', 'forvaltningschef'];

/** The local rules for reminders: municipalities choose them (domain.md: deadlines are local SLAs). */
export interface NotificationPolicy {
  /** "Deadline near": this many Swedish working days before the deadline (0 turns it off). */
  readonly nearWorkingDays: number;
  /** "Deadline passed" goes to the chef or SAS this many working days after the deadline. */
  readonly escalateAfterWorkingDays: number;
  /** Europe/Stockholm wall-clock time of time-based notifications (`HH:MM`). */
  readonly time: string;
  /** Obligations reminded on their own schedule instead of `nearWorkingDays`, by obligation id. */
  readonly reminders: Readonly<Record<string, readonly ReminderRule[]>>;
  /** Whom an overdue step of a role is escalated to, in the ärende's enhet. */
  readonly escalateTo: Readonly<Partial<Record<RoleId, readonly RoleId[]>>>;
}

export const DEFAULT_NOTIFICATION_POLICY: NotificationPolicy = {
  nearWorkingDays: 2,
  escalateAfterWorkingDays: 2,
  time: '08:00',
  // The two-month komplettering to IVO (domain.md §4 step 7): one month, two weeks and three days before.
  reminders: { komplettering: [{ months: 1 }, { weeks: 2 }, { days: 3 }] },
  escalateTo: {
    medarbetare: ['enhetschef'],
    skyddsombud: ['enhetschef'],
    enhetschef: ['verksamhetschef', 'sas'],
    verksamhetschef: ['forvaltningschef'],
    sas: ['forvaltningschef'],
    mas: ['forvaltningschef'],
    forvaltningschef: ['sas'],
  },
};
