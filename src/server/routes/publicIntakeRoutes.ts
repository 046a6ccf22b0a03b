import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PublicIntakeInfo } from '../../api/contract';
import { PublicIntakeAnswer, PublicIntakeBody, PublicIntakeParams } from '../../api/wire/intakeSchemas';
import { typedApi } from '../http/typedApi';
import { PublicIntakeInfoSchema } from '../../api/wire/serviceAnswers';
import { canonicalJson, personnummerErrors } from '../../engine/index';
import { signInLimiter } from '../accounts/signInLimiter';
import { ApiFailure } from '../http/apiError';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import type { ValidateFn } from '../../engine/index';

/** The same submission again: same form, enhet and words (a retry after a lost answer). */
const sameSubmission = (a: { processType: string; enhetId: string; data: unknown }, b: typeof a) =>
  a.processType === b.processType && a.enhetId === b.enhetId && canonicalJson(a.data) === canonicalJson(b.data);

/**
 * The public form of a process that has one (synpunkter och klagomål): no account, so no actor and nothing
 * read back – what comes in waits, unsigned, until someone who may registers it (intakeRoutes). Rate-limited.
 */
export async function publicIntakeRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;
  // Per address: a handful a quarter of an hour is plenty for a person, and stops a script filling the list.
  const limiter = signInLimiter(5, 15 * 60_000);
  const validators = new Map<string, ValidateFn>();
  const ajv = createAjvValidator();

  function intakeOf(processType: string) {
    const intake = ctx.engine.registry.catalog.packs.packOf(processType)?.publicIntake;
    if (!intake || !ctx.intake) throw new ApiFailure(404, 'not_found', 'Det finns inget sådant formulär.');
    return { intake, store: ctx.intake };
  }

  app.get(
    '/api/offentlig/:processType',
    {
      schema: {
        summary: 'Det öppna formulärets enheter (utan konto)',
        params: PublicIntakeParams,
        response: { 200: PublicIntakeInfoSchema },
      },
    },
    async (req): Promise<PublicIntakeInfo> => {
      intakeOf(req.params.processType);
      const org = await ctx.directory.organisation();
      const verksamhet = new Map(org.verksamheter.map((v) => [v.id, v.namn]));
      return {
        enheter: org.enheter
          .filter((e) => !e.stangd)
          .map((e) => ({ id: e.id, namn: e.namn, verksamhet: verksamhet.get(e.verksamhetId) ?? '' })),
      };
    },
  );

  app.post(
    '/api/offentlig/:processType',
    {
      schema: {
        summary: 'Lämna ett meddelande via det öppna formuläret (utan konto)',
        params: PublicIntakeParams,
        body: PublicIntakeBody,
        response: { 202: PublicIntakeAnswer },
      },
    },
    async (req, reply) => {
      const { processType } = req.params;
      const { intake, store } = intakeOf(processType);
      if (!limiter.allow(req.ip, Date.parse(ctx.clock.now())))
        throw new ApiFailure(429, 'rate_limited', 'Många meddelanden har skickats härifrån på kort tid. Vänta en kvart och försök igen.');
      const body = req.body;
      const org = await ctx.directory.organisation();
      if (!org.enheter.some((e) => e.id === body.enhetId && !e.stangd))
        throw new ApiFailure(400, 'invalid_request', 'Välj vilken verksamhet det gäller.');
      const form = ctx.engine.registry.catalog.forms[intake.form];
      if (!form) throw new ApiFailure(404, 'not_found', 'Det finns inget sådant formulär.');
      let validate = validators.get(intake.form);
      if (!validate) validators.set(intake.form, (validate = ajv.compile(form.schema)));
      // Nothing is stored when something is wrong; the message names the field and what is wrong.
      const errors = [...validate(body.data), ...personnummerErrors(body.data, form.schema)];
      if (errors.length > 0) throw new ApiFailure(400, 'invalid_data', errors[0]!.message, { details: errors.map((e) => e.message) });
      const item = {
        id: randomUUID(),
        processType,
        enhetId: body.enhetId,
        data: body.data,
        receivedAt: ctx.clock.now(),
        idempotencyKey: body.idempotencyKey,
      };
      const earlier = await store.receive(item);
      // Sent before with this key: the same answer again, and still one item; other content under it is refused.
      if (earlier && sameSubmission(earlier, item)) return reply.status(202).send({ mottaget: true });
      if (earlier)
        throw new ApiFailure(
          409,
          'conflict',
          'Formuläret har redan skickats en gång med annat innehåll. Inget nytt har sparats. Ladda om sidan och fyll i ' +
            'formuläret på nytt om du vill skicka något mer.',
        );
      ctx.intakeReceived?.(item);
      await ctx.live.changed('*');
      return reply.status(202).send({ mottaget: true });
    },
  );
}
