import type { FastifyInstance } from 'fastify';
import { may, mayRead } from '../../api/access';
import type { KvalitetsberattelseAnswer, KvalitetsberattelseRequest } from '../../api/contract';
import type { Kvalitetsberattelse } from '../../engine/index';
import { kvalitetsberattelse } from '../../engine/index';
import { ApiFailure, forbidden } from '../http/apiError';
import { whoOf } from '../http/buildApp';
import { figureAt, withFigureRefs } from './figureRefs';
import { KVALITETSBERATTELSE_BODY, URVAL_BODY } from './schemas';

/** The kvalitetsberättelse computed on the server over every ärende's facts; counts cover all, details only what the caller may read. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const { engine, clock } = app.ctx;

  async function compute(req: Parameters<typeof whoOf>[0], body: KvalitetsberattelseRequest): Promise<Kvalitetsberattelse> {
    const { actor, org } = whoOf(req);
    if (!may(actor, 'reports')) throw forbidden('Rapporterna är till för SAS, förvaltningschef och processägare.');
    if (body.period.from > body.period.to) throw new ApiFailure(400, 'invalid_request', 'Periodens från-datum måste vara före till-datum.');
    const facts = await engine.reportFacts();
    return kvalitetsberattelse(facts, { period: body.period, now: clock.now(), org, ...(body.urval ? { urval: body.urval } : {}), ...(body.jamforelser !== undefined ? { jamforelser: body.jamforelser } : {}) });
  }

  app.post('/api/reports/kvalitetsberattelse', { schema: { body: KVALITETSBERATTELSE_BODY } }, async (req) => {
    const { actor, org } = whoOf(req);
    const report = await compute(req, req.body as KvalitetsberattelseRequest);
    const rows = await engine.summaries({ ids: report.lexSarah.map((r) => r.arendeId) });
    const viewable = new Set(rows.filter((r) => mayRead(org, actor, r)).map((r) => r.arendeId));
    // Rows of the lex Sarah list leave the server only for ärenden the caller may read; counts cover all.
    const shown = { ...report, lexSarah: report.lexSarah.filter((r) => viewable.has(r.arendeId)) };
    return { report: withFigureRefs(shown), viewable: [...viewable] } satisfies KvalitetsberattelseAnswer;
  });

  app.post('/api/reports/urval', { schema: { body: URVAL_BODY } }, async (req) => {
    const { request, ref } = req.body as { request: KvalitetsberattelseRequest; ref: string };
    const ids = figureAt(await compute(req, request), ref);
    if (!ids) throw new ApiFailure(404, 'not_found', 'Siffran finns inte längre i rapporten. Uppdatera rapporten och försök igen.');
    return { arendeIds: ids };
  });
}
