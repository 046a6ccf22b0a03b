import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PublicIntakeInfo } from '../../api/contract';
import { PublicIntakeAnswer, PublicIntakeBody, PublicIntakeParams } from '../../api/wire/intakeSchemas';
import { typedApi } from '../http/typedApi';
import type { TypedApi } from '../http/typedApi';
import type { ServerContext } from '../ServerContext';
import { PublicIntakeInfoSchema } from '../../api/wire/serviceAnswers';
import { canonicalJson, personnummerErrors } from '../../engine/internal';
import { rateLimit } from '../limits/RateLimits';
import { ApiFailure } from '../http/apiError';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import type { ValidateFn } from '../../engine/internal';

/** The same submission again: same form, enhet and words (a retry after a lost answer). */
const sameSubmission = (a: { processType: string; enhetId: string; data: unknown }, b: typeof a) =>
  a.processType === b.processType && a.enhetId === b.enhetId && canonicalJson(a.data) === canonicalJson(b.data);

/**
 * The public form of a process that has one (synpunkter och klagomål): no account, so no actor and nothing
 * read back – what comes in waits, unsigned, until someone who may registers it (intakeRoutes). Rate-limited.
 */
export async function publicIntakeRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  enheterRoute(app);
  submitRoute(app);
}

function intakeOf(ctx: ServerContext, processType: string) {
  const intake = ctx.engine.registry.catalog.packs.packOf(processType)?.publicIntake;
  if (!intake || !ctx.intake) throw new ApiFailure(404, 'not_found', 'Det finns inget sådant formulär.');
  return { intake, store: ctx.intake };
}

/** Checks a submission against its form (compiled once per form) and refuses personnummer; throws what is wrong. */
function submissionCheck(ctx: ServerContext): (formId: string, data: unknown) => void {
  const validators = new Map<string, ValidateFn>();
  const ajv = createAjvValidator();
  return (formId, data) => {
    const form = ctx.engine.registry.catalog.forms[formId];
    if (!form) throw new ApiFailure(404, 'not_found', 'Det finns inget sådant formulär.');
    let validate = validators.get(formId);
    if (!validate) validators.set(formId, (validate = ajv.compile(form.schema)));
    // Nothing is stored when something is wrong; the message names the field and what is wrong.
    const errors = [...validate(data), ...personnummerErrors(data, form.schema)];
    if (errors.length > 0) throw new ApiFailure(400, 'invalid_data', errors[0]!.message, { details: errors.map((e) => e.message) });
  };
}

/** The open enheter the form offers. */
function enheterRoute(app: TypedApi): void {
  const { ctx } = app;
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
      intakeOf(ctx, req.params.processType);
      const org = await ctx.directory.organisation();
      const verksamhet = new Map(org.verksamheter.map((v) => [v.id, v.namn]));
      const intro = ctx.engine.registry.latest(req.params.processType)?.definition.publicIntro;
      return {
        ...(intro ? { intro } : {}),
        enheter: org.enheter
          .filter((e) => !e.stangd)
          .map((e) => ({ id: e.id, namn: e.namn, verksamhet: verksamhet.get(e.verksamhetId) ?? '' })),
      };
    },
  );
}

/** A submission kept, unsigned, for the enhet's chef; the same one again (by its key) is one item. */
function submitRoute(app: TypedApi): void {
  const { ctx } = app;
  // Per address: a handful a quarter of an hour is plenty for a person, and stops a script filling the list.
  const limiter = rateLimit(ctx.rateLimits, 'offentlig', 5, 15 * 60_000);
  const check = submissionCheck(ctx);
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
      const { intake, store } = intakeOf(ctx, processType);
      if (!(await limiter.take(req.ip, ctx.clock.now())))
        throw new ApiFailure(429, 'rate_limited', 'Många meddelanden har skickats härifrån på kort tid. Vänta en kvart och försök igen.');
      const body = req.body;
      const org = await ctx.directory.organisation();
      if (!org.enheter.some((e) => e.id === body.enhetId && !e.stangd))
        throw new ApiFailure(400, 'invalid_request', 'Välj vilken verksamhet det gäller.');
      check(intake.form, body.data);
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
