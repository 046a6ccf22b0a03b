/**
 * Public surface of the engine. The UI, adapters and tests reach the engine only through here.
 * Pure: clock, ids, hashing, validation and storage are injected ports.
 */
export type { Clock } from './ports/Clock';
export type { IdGenerator } from './ports/IdGenerator';
export type { Hasher } from './ports/Hasher';
export type { FieldError, SchemaValidator, ValidateFn } from './ports/SchemaValidator';
export type { AppendBatch, ArendeRead, ChainHead, EventStore, ImportBatch } from './ports/EventStore';
export { IntegrityError, SeqConflictError } from './ports/EventStore';
export type { Directory } from './ports/Directory';
export type { ScopedRow, ScopeGrant, SummaryPage, SummaryQuery, SummaryScope, WaitingFor } from './query/SummaryQuery';
export { foldQueryText, inScope, searchTextOf } from './query/SummaryQuery';
export { isDescending, matchesSummary, runSummaryQuery, sortKeyOf, waitingDue } from './query/runSummaryQuery';
export { decodeCursor, encodeCursor } from './query/cursor';

export type { Actor, Enhet, Forvaltning, Organisation, RoleAssignment, Verksamhet } from './model/Organisation';
export { ROLES, ROLE_TITLES, isRoleId } from './model/Role';
export type { RoleId } from './model/Role';
export { holdsRole, holdsRoleAnywhere, scopeCovers } from './org/holdsRole';
export { holdersOf } from './org/holders';
export { KNOWS_RAPPORTOR, READING_ROLES, roleReadsProcess } from './org/readingRules';
export type { Grant, GrantTable } from './org/readingRules';
export { staticDirectory } from './org/staticDirectory';
export { historyDirectory } from './org/historyDirectory';
export { foldName } from './org/sameName';
export type { DatedAssignment, PersonRecord } from './org/historyDirectory';

export type {
  CommandSpec,
  MachineJson,
  NamedRef,
  ObligationSpec,
  ProcessDefinition,
  ProcessType,
  StateJson,
  StateMeta,
  TransitionJson,
} from './model/ProcessDefinition';
export { definitionRef } from './model/ProcessDefinition';
export type { FormSpec, LegalReference, ProcessCatalog } from './model/ProcessCatalog';
export { loadDefinition } from './definition/loadDefinition';
export type { LoadedDefinition, LoadResult } from './definition/loadDefinition';
export { buildStateGraph } from './definition/StateGraph';
export type { GraphNode, GraphTransition, StateGraph } from './definition/StateGraph';
export { DEFINITION_FORMAT_SCHEMA } from './definition/definitionFormatSchema';
export { diffDefinitions } from './definition/diffDefinitions';
export type { ChangeKind, DefinitionChange } from './definition/diffDefinitions';
export { MIGRATE_EVENT } from './model/MigrateData';
export { ERSATTARE_EVENT, JAV_EVENT, JAV_EVENT_TITLES, MOTIVERING_MAX } from './model/JavEvents';
export type { Ersattare, ErsattareData, JavData } from './model/JavEvents';
export { ableToJudge, isJudgingStep, judgingSteps, STALL_WORKING_DAYS, stallDeadline, stallsOf } from './runtime/judging';
export type { Stall } from './runtime/judging';
export { stallNotices, stallTitle } from './notifications/stallNotices';
export type { Candidate, JavOptions, JavResult, JavView } from './service/javAdmin';
export { scopedRowOf } from './service/scopedRow';
export type { MigrateData } from './model/MigrateData';
export { activeLeaves, proveMigration } from './migration/proveMigration';
export type { MigrationProof } from './migration/proveMigration';

export type { LegalSkeleton, MandatedCommand, MandatedStep } from './model/LegalSkeleton';
// The pack interface (what a process plugs in) and the registry the composition roots build from the packs.
export type { LinkOpening, PackOpening, PlannedVsPerformed, PrintDocument, ProcessPack, Reporter } from './model/ProcessPack';
export type { PackFactInput, PackReportInput, PackReportTable } from './model/PackHooks';
export type { FigureColumn, FigureRow, FigureTable } from './model/FigureTable';
export type { AbstractEvent, GuardImpl, Tri } from './model/GuardImpl';
export { OtherValue } from './model/GuardImpl';
export type { PackRegistry } from './model/PackRegistry';
export { createPackRegistry, PACKS_FILE, unknownProcessType } from './packs/createPackRegistry';
export type { DateRef, DateRule } from './model/DateRule';
export { DATE_FLOOR } from './model/DateRule';
export { dateFieldsRead } from './verify/dateChecks';
export { guardTable } from './behaviour/guardTable';
export type { GuardTable } from './behaviour/guardTable';
export type { ReceivedRecord } from './behaviour/keepsReceived';
export { ACTIONS } from './behaviour/actions';

export { GENESIS_HASH, OPEN_EVENT } from './model/ArendeEvent';
export type { ArendeEvent, OpenData } from './model/ArendeEvent';
export { canonicalJson } from './events/canonicalJson';
export { hashEvent, sealEvent, verifyChain } from './events/hashChain';
export type { ChainBreak } from './events/hashChain';

export type { ArendeContext, ArendeLink, Atgard, AtgardStatus, EventActor, LinkRel } from './model/ArendeContext';
export type { ArendeState, StateEntry } from './runtime/ArendeState';
export type { ActiveStep, ArendeSummary, OpenDeadline, OwnStep } from './model/ArendeSummary';
export { NO_DEADLINE } from './model/ArendeSummary';
export { inboxFor } from './runtime/inbox';
export { stepperOf } from './runtime/stepper';
export { closingConditions } from './runtime/closingConditions';
export type { ClosingCondition } from './runtime/closingConditions';
export type { StepperItem, StepStatus } from './runtime/stepper';
export type { InboxItem } from './runtime/inbox';
export type { Rejection, RejectionCode } from './runtime/Rejection';
export { openArende } from './runtime/openArende';
export type { OpenRequest } from './runtime/openArende';
export { decide, mayAct } from './runtime/decide';
export type { Command, Decision } from './runtime/decide';
export { applyEvent } from './runtime/applyEvent';
export { isInstant, replay, replayMore } from './runtime/replay';
export type { ReplayResult } from './runtime/replay';
export { availableActions } from './runtime/availableActions';
export type { ActionOption } from './runtime/availableActions';
export { baseFormId, newItemDefaults, stepDefaults } from './runtime/stepDefaults';
export type { StepDefaultsInput } from './runtime/stepDefaults';
export { defaultRulesOf, TITLE_OF_ROLE } from './runtime/stepDefaultRules';
export type { DefaultRuleTables } from './runtime/stepDefaultRules';
export type { DefaultRule, FieldRules, ItemRule } from './runtime/stepDefaultRules';
export { toSummary, activeSteps, rubrikOf, roleDueKeys } from './runtime/toSummary';

export { computeObligations } from './obligations/computeObligations';
export type { Obligation, ObligationStatus } from './obligations/computeObligations';

export { verifyDefinition } from './verify/verifyDefinition';
export { boundFields as boundFieldsOf } from './verify/lawBound';
export type { VerifyEnv, VerifyMemo } from './verify/verifyDefinition';
export type { CounterExampleStep, Violation, ViolationCode, VerifyResult } from './verify/Violation';

export { DefinitionRegistry } from './service/DefinitionRegistry';
export type { VerifiedCache } from './service/DefinitionRegistry';
export { definitionFingerprint, VERIFIER_VERSION } from './verify/fingerprint';
export { createEngine, groupByArende } from './service/createEngine';
export type { Engine, OpenResult, SubmitOptions, SubmitResult } from './service/createEngine';
export type { EngineDeps, Principal } from './service/EngineDeps';
export type { MigrateResult, PublishResult, VersionImpact } from './service/definitionAdmin';
export { DEFINITION_FILE_FORMAT, exportDefinitionFile, verifyDraft } from './service/definitionFiles';
export type { DefinitionFile } from './service/definitionFiles';
export type { BackupFile, BackupIntakeItem, CheckDeps, CheckResult, ImportResult, SignedHead, SignedIntake } from './backup/backup';
export { checkBackup, INTAKE_HEAD_ID, intakeDigest, writeBackup } from './backup/backup';

export { collectArendeFacts } from './reports/collectArendeFacts';
export type { ArendeFacts } from './model/ArendeFacts';
export { kvalitetsberattelse } from './reports/kvalitetsberattelse';
export { strictReportText } from './reports/reportText';
export { stockholmDate } from './calendar/stockholmDate';
export { addDays, addMonths, isoWeekday } from './calendar/calendarDate';
export { easterSunday } from './calendar/easterSunday';
export { swedishHoliday, swedishHolidays } from './calendar/swedishHolidays';
export type { SwedishHoliday, SwedishHolidayId } from './calendar/swedishHolidays';
export { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBetween } from './calendar/workingDays';
export { stockholmInstant } from './calendar/stockholmInstant';
export { reminderSchedule } from './calendar/reminderSchedule';
export type { Reminder, ReminderRule, ReminderScheduleOptions } from './calendar/reminderSchedule';
export type { Kvalitetsberattelse, KvalitetsberattelseOptions } from './reports/kvalitetsberattelse';
export type { PackFigureTable, PackSection, PackTable, PackTableScope, PlanCounts, PlanRow, PlanTable } from './reports/packSections';
export { DATUMGRUND_LABELS, DATUMGRUNDER } from './reports/Datumgrund';
export type { Datumgrund } from './reports/Datumgrund';
export { ATGARD_COLUMNS, PLAN_COLUMNS, kvalitetsberattelseTables } from './reports/kvalitetsberattelseTables';
export type { ReportTable } from './reports/kvalitetsberattelseTables';
export { customPeriod, halfYearPeriod, quarterPeriod, shiftPeriod, yearPeriod } from './calendar/Period';
export type { Period } from './calendar/Period';
export type { Figure } from './model/Figure';
export type { ShareRow, ShareTable } from './reports/ShareTable';
export type { LexSarahRow } from './reports/lexSarahList';
export type { LeadTimeRow } from './reports/leadTimes';
export type { ProcessCountRow } from './reports/processCounts';
export type { AtgardCounts, AtgardStatistics } from './reports/atgardStatistics';
export type { OrgFilter } from './reports/enheterInScope';
export { toCsv } from './reports/toCsv';
export type { CsvTable } from './reports/toCsv';
export { CsvQuoteError, parseCsv } from './reports/parseCsv';
export { HIGH_RISK_THRESHOLD } from './reports/riskanalysStatistics';
export { riskLabel, riskLevel, RISK_LEVEL_TITLES } from './reports/riskLevel';
export { categoryLabels } from './definition/categoryLabels';
export { choiceTitles } from './definition/choiceTitles';
export type { RiskLevel } from './reports/riskLevel';
export { processLabel } from './reports/labels';
export { findPersonnummer, personnummerErrors } from './runtime/personnummer';
export { foldText } from './privacy/foldText';
export { maskNames, SHORT_TEXT } from './privacy/maskNames';
export { rapportorNameWarnings } from './privacy/rapportorNameWarnings';
export type { NameMaskOptions, TextMask } from './privacy/maskNames';
export type { LinkKind } from './runtime/linkRels';
export { deriveNotifications, notificationPlan, weeklyOverview } from './notifications/deriveNotifications';
export { INTAKE_STEP_TITLE, intakeNotifications } from './notifications/intakeNotifications';
export type { IntakeArrival } from './notifications/intakeNotifications';
export type { DueNotification, NotificationInput } from './notifications/deriveNotifications';
export { DEFAULT_NOTIFICATION_POLICY, NOTIFICATION_KINDS, NOTIFICATION_TITLES, OVERVIEW_ROLES } from './notifications/NotificationPolicy';
export type { NotificationKind, NotificationPolicy } from './notifications/NotificationPolicy';
