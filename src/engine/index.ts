/**
 * The engine as the app sees it (pages, editor, kit, shell, the wire contract, the packs' UI): only what they use.
 * The composition roots and tests reach the rest (ports, store-facing folds, backup, replay) through `internal.ts`.
 */
export type { FieldError } from './ports/SchemaValidator';
export type { ScopedRow, ScopeGrant, SummaryQuery, SummaryScope, WaitingFor } from './query/SummaryQuery';
export { inScope } from './query/SummaryQuery';
export type { Actor, Organisation, RoleAssignment } from './model/Organisation';
export { ROLES, ROLE_TITLES } from './model/Role';
export type { RoleId } from './model/Role';
export { holdsRole, scopeCovers } from './org/holdsRole';
export { KNOWS_RAPPORTOR, READING_ROLES, roleReadsProcess } from './org/readingRules';
export type { Grant, GrantTable } from './org/readingRules';
export type {
  NamedRef,
  ObligationSpec,
  ProcessDefinition,
  ProcessType,
  StateJson,
  StateMeta,
  TransitionJson,
} from './model/ProcessDefinition';
export type { FormSpec, ProcessCatalog } from './model/ProcessCatalog';
export type { LoadedDefinition } from './definition/loadDefinition';
export { buildStateGraph } from './definition/StateGraph';
export type { GraphNode, StateGraph } from './definition/StateGraph';
export { diffDefinitions } from './definition/diffDefinitions';
export { MIGRATE_EVENT } from './model/MigrateData';
export { ERSATTARE_EVENT, JAV_EVENT, JAV_EVENT_TITLES, MOTIVERING_MAX } from './model/JavEvents';
export type { ErsattareData, JavData } from './model/JavEvents';
export type { Stall } from './runtime/judging';
export type { Candidate, JavView } from './service/javAdmin';
export type { MigrateData } from './model/MigrateData';
export type { MigrationProof } from './migration/proveMigration';
export type { RescueProposal, StuckArende } from './migration/rescue';
export { openRegions, regionKey, REGION_KEY } from './migration/regionChoices';
export type { OpenRegion } from './migration/regionChoices';
export type { LegalSkeleton } from './model/LegalSkeleton';
export type { ProcessPack } from './model/ProcessPack';
export type { PackRegistry } from './model/PackRegistry';
export { dateFieldsRead } from './verify/dateChecks';
export type { ReceivedRecord } from './behaviour/keepsReceived';
export type { ArendeEvent } from './model/ArendeEvent';
export type { Atgard, AtgardStatus } from './model/ArendeContext';
export type { ArendeState } from './runtime/ArendeState';
export type { ArendeSummary } from './model/ArendeSummary';
export { inboxFor } from './runtime/inbox';
export { stepperOf } from './runtime/stepper';
export { closingConditions } from './runtime/closingConditions';
export type { StepperItem } from './runtime/stepper';
export type { Rejection } from './runtime/Rejection';
export type { ActionOption } from './runtime/availableActions';
export { newItemDefaults, stepDefaults } from './runtime/stepDefaults';
export { rubrikOf } from './runtime/toSummary';
export { computeObligations } from './obligations/computeObligations';
export { boundFields as boundFieldsOf } from './verify/lawBound';
export type { Violation, VerifyResult } from './verify/Violation';
export { DefinitionRegistry } from './service/DefinitionRegistry';
export { ProvenRegistry } from './service/ProvenRegistry';
export type { VersionImpact } from './service/definitionAdmin';
export { exportDefinitionFile } from './service/definitionFiles';
export type { BackupFile, ImportResult } from './backup/backup';
export { stockholmDate } from './calendar/stockholmDate';
export type { Kvalitetsberattelse } from './reports/kvalitetsberattelse';
export type { OvrigaKategorier, PackFigureTable, PackList, PlanTable } from './reports/packSections';
export type { PackTrendColumn } from './model/PackHooks';
export { keepListRows, listedArenden, mapOvriga } from './reports/packLists';
export { DATUMGRUND_LABELS, DATUMGRUNDER } from './model/Datumgrund';
export type { Datumgrund } from './model/Datumgrund';
export { ATGARD_COLUMNS, PLAN_COLUMNS, kvalitetsberattelseTables } from './reports/kvalitetsberattelseTables';
export { customPeriod, halfYearPeriod, quarterPeriod, yearPeriod } from './calendar/Period';
export type { Period } from './calendar/Period';
export type { Figure } from './model/Figure';
export type { ShareTable } from './reports/ShareTable';
export type { OrgFilter } from './reports/enheterInScope';
export { toCsv } from './reports/toCsv';
export type { CsvTable } from './reports/toCsv';
export { riskLabel, riskLevel, RISK_LEVEL_TITLES } from './reports/riskLevel';
export { categoryLabels } from './definition/categoryLabels';
export type { CategoryLabels } from './definition/categoryLabels';
export { withLegalTexts } from './definition/legalTexts';
export { choiceTitles } from './definition/choiceTitles';
export type { RiskLevel } from './reports/riskLevel';
export { processLabel } from './reports/labels';
export { personnummerErrors } from './runtime/personnummer';
export { rapportorNameWarnings } from './privacy/rapportorNameWarnings';
export { NOTIFICATION_TITLES } from './notifications/NotificationPolicy';
export type { NotificationKind } from './notifications/NotificationPolicy';
