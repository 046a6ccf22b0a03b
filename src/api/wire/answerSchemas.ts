import type { TUnsafe } from 'typebox';
import { Type } from 'typebox';
import { ActionOptionSchema, ArendeEventSchema, ArendeSummarySchema, RejectionSchema } from './engineShapes';
import type {
  ArendeSummary,
  BackupFile,
  ImportResult,
  JavView,
  MigrationProof,
  ProcessDefinition,
  StuckArende,
  VersionImpact,
  Violation,
} from '../../engine/index';

/**
 * The answers' schemas: what the API description shows and what each route's return is checked against. The engine's
 * shapes that every integrator reads (event, list row, refusal, option) are written out in `engineShapes.ts`; the large
 * ones (a definition, a backup) are described as an object and typed by the engine's own type.
 */
const engineShaped = <T>(description: string): TUnsafe<T> => Type.Unsafe<T>({ type: 'object', description });

export { ArendeEventSchema, ArendeSummarySchema, RejectionSchema };

export const CommandAnswerSchema = Type.Union([
  Type.Object({
    ok: Type.Literal(true),
    event: ArendeEventSchema,
    summary: ArendeSummarySchema,
    linked: Type.Optional(ArendeSummarySchema),
    /** The ärende's new events as the caller may see them: the browser appends them instead of reading the log again. */
    events: Type.Optional(Type.Array(ArendeEventSchema)),
    /** Asked for with `view`: what the caller may do now, and jäv, as the case view shows them. */
    options: Type.Optional(Type.Array(ActionOptionSchema)),
    jav: Type.Optional(engineShaped<JavView>('Jäv: stoppade steg, och vad den som frågar kan göra åt det.')),
  }),
  Type.Object({ ok: Type.Literal(false), rejection: RejectionSchema }),
]);

/** A command's answers: done (`ok: true`), or refused with the status its reason carries (a value, not an error). */
export const commandAnswers = <S extends 200 | 201>(ok: S) =>
  ({
    [ok]: CommandAnswerSchema,
    400: CommandAnswerSchema,
    403: CommandAnswerSchema,
    404: CommandAnswerSchema,
    409: CommandAnswerSchema,
    422: CommandAnswerSchema,
    500: CommandAnswerSchema,
  }) as { [K in S | 400 | 403 | 404 | 409 | 422 | 500]: typeof CommandAnswerSchema };

export const ListAnswerSchema = Type.Object({
  rows: Type.Array(ArendeSummarySchema),
  next: Type.Optional(Type.String()),
  total: Type.Optional(Type.Integer()),
  /** With the inbox's total: how many of them have a passed deadline. */
  overdue: Type.Optional(Type.Integer()),
});

export const ArendeViewSchema = Type.Object({
  events: Type.Array(ArendeEventSchema),
  summary: ArendeSummarySchema,
  options: Type.Array(ActionOptionSchema),
  jav: Type.Optional(engineShaped<JavView>('Jäv: stoppade steg, och vad den som frågar kan göra åt det.')),
});

export const PublishAnswerSchema = Type.Object({
  ok: Type.Boolean(),
  version: Type.Optional(Type.Integer()),
  violations: Type.Optional(Type.Array(engineShaped<Violation>('Vad i definitionen som bryter mot lagskelettet eller formulären.'))),
});

export const DefinitionsAnswerSchema = Type.Object({
  definitions: Type.Array(engineShaped<ProcessDefinition>('En publicerad processdefinition (version, statechart, formulär).')),
});
export const ImpactAnswerSchema = engineShaped<VersionImpact>('Vad en ny version betyder för pågående ärenden.');
export const MigrationProofSchema = engineShaped<MigrationProof>('Beviset för en flytt: varje ärendes steg före och efter.');
export const BackupFileSchema = engineShaped<BackupFile>('En signerad säkerhetskopia av alla ärenden.');
export const ImportResultSchema = engineShaped<ImportResult>('Vad importen gjorde, eller varför inget importerades.');

/** Who the backups are encrypted to (public keys only), as the Säkerhetskopia page shows it. */
export const BackupKeysSchema = Type.Object({
  /** The `age` public keys (age1…) every backup is encrypted to. */
  mottagare: Type.Array(Type.String()),
  /** The server's own demo key pair: only a demo, anyone with the data folder can read the file. */
  demonyckel: Type.Boolean(),
  /** Where the demo key's private part is kept (demo only). */
  demonyckelFil: Type.Optional(Type.String()),
  /** Why no backup can be taken (no recipients outside demo mode), naming the setting. */
  hinder: Type.Optional(Type.String()),
});

/** An export: the `age` file (ASCII armour) the administratör saves but cannot read, and what it holds, counted. */
export const EncryptedBackupSchema = Type.Object({
  filnamn: Type.String(),
  sakerhetskopia: Type.String({
    description: 'Filen, krypterad med age till mottagarnas publika nycklar (-----BEGIN AGE ENCRYPTED FILE-----).',
  }),
  demonyckel: Type.Boolean(),
  mottagare: Type.Integer(),
  arenden: Type.Integer(),
  handelser: Type.Integer(),
  definitioner: Type.Integer(),
  /** The newest signed checkpoint of the whole log inside the file (issue 22), for the nämnd's records. */
  kontrollpunkt: Type.Optional(Type.Object({ size: Type.Integer(), root: Type.String(), at: Type.String() })),
});

/** Every error answer: a Swedish message that names what is wrong, and a code to decide on. */
export const ApiErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    fieldErrors: Type.Optional(Type.Unknown()),
    reasons: Type.Optional(Type.Array(Type.String())),
    details: Type.Optional(Type.Array(Type.String())),
  }),
});

/**
 * A running ärende as the processägare sees it to plan a migration: number, version, enhet, step, dates; no content. A
 * stuck one (no one can act) carries since when and a proved rescue, or why there is none.
 */
export const ProcessRowSchema = engineShaped<
  Pick<
    ArendeSummary,
    'arendeId' | 'processType' | 'definitionId' | 'definitionVersion' | 'enhetId' | 'status' | 'activeSteps' | 'openedAt' | 'updatedAt'
  > & { stuck?: StuckArende }
>('Ett pågående ärende utan innehåll: nummer, version, enhet, steg och datum; om det har fastnat, sedan när och ett förslag.');

export const ProcessRowsAnswerSchema = Type.Object({ rows: Type.Array(ProcessRowSchema), next: Type.Optional(Type.String()) });

export const MigrateAnswerSchema = Type.Union([
  Type.Object({ ok: Type.Literal(true), summary: ProcessRowSchema }),
  Type.Object({ ok: Type.Literal(false), rejection: RejectionSchema, proof: Type.Optional(MigrationProofSchema) }),
]);

/** A dry run of a migration: the proof, nothing moved. */
export const MigrationPlanSchema = Type.Object({ ok: Type.Literal(true), proof: MigrationProofSchema });

export const IntegrityReportSchema = Type.Object({
  checkedAt: Type.String(),
  ok: Type.Boolean(),
  arenden: Type.Integer(),
  events: Type.Integer(),
  problems: Type.Array(
    Type.Object({
      arendeId: Type.String(),
      seq: Type.Optional(Type.Integer()),
      eventId: Type.Optional(Type.String()),
      reason: Type.String(),
    }),
  ),
  /** The newest signed checkpoint of the whole log (count and Merkle root), for the nämnd's records. */
  checkpoint: Type.Optional(Type.Object({ size: Type.Integer(), root: Type.String(), at: Type.String(), keyId: Type.String() })),
  /** Where the checkpoints are kept outside the database. */
  witnessFile: Type.Optional(Type.String()),
});

export const HealthAnswerSchema = Type.Object({ ok: Type.Literal(true) });
