import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BackupKeysSchema, EncryptedBackupSchema, ImportResultSchema, IntegrityReportSchema } from '../../api/wire/answerSchemas';
import { typedApi } from '../http/typedApi';
import type { TypedApi } from '../http/typedApi';
import { may } from '../../api/access';
import { ApiFailure, forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';

/** Largest backup file accepted over HTTP; bigger records are moved with pg_dump (README, "Drift"). */
export const BACKUP_LIMIT = 200 * 1_048_576;

/** Whole-record export (after an integrity check) and import (checked off the request thread); the integrity report. */
export async function backupRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;

  app.get(
    '/api/integrity',
    {
      schema: {
        summary: 'Senaste kontrollen av loggen',
        response: { 200: Type.Object({ report: Type.Union([IntegrityReportSchema, Type.Null()]) }) },
      },
    },
    async (req) => {
      if (!may(whoOf(req).actor, 'integrity')) throw forbidden('Kontrollen av loggen visas för SAS och administratören.');
      return { report: (await ctx.integrity.latest()) ?? null };
    },
  );

  app.post(
    '/api/integrity/run',
    { schema: { summary: 'Kontrollera hela loggen nu', response: { 200: Type.Object({ report: IntegrityReportSchema }) } } },
    async (req) => {
      if (!may(whoOf(req).actor, 'integrity')) throw forbidden('Kontrollen av loggen kan köras av SAS och administratören.');
      return { report: await ctx.integrity.run() };
    },
  );

  exportRoutes(app);
}

/** The keys a backup is encrypted to, the export itself (after a check of the log) and the import. */
function exportRoutes(app: TypedApi): void {
  const { ctx } = app;
  app.get(
    '/api/backup/nycklar',
    { schema: { summary: 'Vilka publika nycklar säkerhetskopiorna krypteras till', response: { 200: BackupKeysSchema } } },
    async (req) => {
      if (!may(whoOf(req).actor, 'backup')) throw forbidden('Säkerhetskopior tas av administratören.');
      return ctx.backup.keys;
    },
  );

  app.get(
    '/api/backup',
    {
      schema: {
        summary: 'Säkerhetskopia av alla ärenden (signerad, krypterad till förvaltningens nycklar)',
        response: { 200: EncryptedBackupSchema },
      },
    },
    async (req) => {
      if (!may(whoOf(req).actor, 'backup')) throw forbidden('Säkerhetskopior tas av administratören.');
      if (ctx.backup.keys.hinder) throw new ApiFailure(409, 'backup_recipients', ctx.backup.keys.hinder);
      const check = await ctx.integrity.run();
      if (!check.ok)
        throw new ApiFailure(
          409,
          'integrity',
          `Säkerhetskopian togs inte: kontrollen av loggen hittade ${check.problems.length} fel. Se "Kontroll av loggen".`,
          {
            details: check.problems
              .slice(0, 20)
              .map((p) => `${p.arendeId}${p.seq !== undefined ? `, händelse ${p.seq}` : ''}: ${p.reason}`),
          },
        );
      const exported = await ctx.backup.exportAll();
      await ctx.accessLog.record({
        at: ctx.clock.now(),
        userId: whoOf(req).actor.userId,
        role: 'administrator',
        kind: 'export',
        detail: `Säkerhetskopia av alla ärenden (${exported.arenden} ärenden)`,
      });
      return exported;
    },
  );

  app.post(
    '/api/backup/import',
    {
      schema: {
        summary: 'Läs in en säkerhetskopia med den privata nyckel som öppnar den (kontrolleras först)',
        response: { 200: ImportResultSchema, 422: ImportResultSchema },
      },
      bodyLimit: BACKUP_LIMIT,
    },
    async (req, reply) => {
      const { actor } = whoOf(req);
      if (!may(actor, 'backup')) throw forbidden('Säkerhetskopior läses in av administratören.');
      const result = await ctx.backup.importFile(req.body, actor.userId);
      return reply.status(result.ok ? 200 : 422).send(result);
    },
  );
}
