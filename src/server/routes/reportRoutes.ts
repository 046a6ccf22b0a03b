import type { FastifyInstance } from 'fastify';
import { may, visibilityScope } from '../../api/access';
import type { KvalitetsberattelseAnswer, KvalitetsberattelseRequest } from '../../api/contract';
import type { ArendeFacts, Kvalitetsberattelse } from '../../engine/index';
import { categoryLabels, kvalitetsberattelse, strictReportText } from '../../engine/index';
import { ApiFailure, forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { figureAt, withFigureRefs } from './figureRefs';
import { KVALITETSBERATTELSE_BODY, URVAL_BODY } from './schemas';

/** The kvalitetsberättelse computed on the server over every ärende's facts; counts cover all, details only what the caller may read. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const { engine, clock } = app.ctx;

  async function computeWithFacts(req: Parameters<typeof whoOf>[0], body: KvalitetsberattelseRequest): Promise<{ report: Kvalitetsberattelse; facts: readonly ArendeFacts[] }> {
    const { actor, org } = whoOf(req);
    if (!may(actor, 'reports')) throw forbidden('Rapporterna är till för SAS, förvaltningschef och processägare.');
    if (body.period.from > body.period.to) throw new ApiFailure(400, 'invalid_request', 'Periodens från-datum måste vara före till-datum.');
    const [facts, known] = await Promise.all([engine.reportFacts(), app.ctx.people()]);
    const report = kvalitetsberattelse(facts, {
      packs: engine.registry.catalog.packs,
      period: body.period,
      now: clock.now(),
      org,
      // Names of the people the system knows never reach a report, not even inside an ärende's text.
      doljNamn: known.map((p) => p.namn),
      kategoriLabels: categoryLabels(engine.registry.catalog),
      ...(body.datumgrund ? { datumgrund: body.datumgrund } : {}),
      ...(body.urval ? { urval: body.urval } : {}),
      ...(body.jamforelser !== undefined ? { jamforelser: body.jamforelser } : {}),
    });
    return { report, facts };
  }
  const compute = async (req: Parameters<typeof whoOf>[0], body: KvalitetsberattelseRequest) => (await computeWithFacts(req, body)).report;

  app.post('/api/reports/kvalitetsberattelse', { schema: { body: KVALITETSBERATTELSE_BODY } }, async (req) => {
    const { actor, org } = whoOf(req);
    const { report, facts } = await computeWithFacts(req, req.body as KvalitetsberattelseRequest);
    // Readable: in an enhet the caller's reading roles cover (from the facts), or opened by the caller (few rows, by index).
    const scope = visibilityScope(org, actor);
    const enhetOf = new Map(facts.map((f) => [f.arendeId, f.enhetId]));
    const mine = new Set((await engine.summaries({ scope: { enheter: [], openedBy: actor.userId }, processTypes: ['lex-sarah', 'avvikelse'] })).map((r) => r.arendeId));
    const readable = (id: string) => mine.has(id) || scope.enheter === 'all' || scope.enheter.includes(enhetOf.get(id) ?? '');
    const viewable = new Set([...report.lexSarah, ...report.ovrigaKategorier].map((r) => r.arendeId).filter(readable));
    // Rows of the lex Sarah list leave the server only for ärenden the caller may read; counts cover all. What was
    // written under "Övrigt" reaches one who may not read the ärende (the processägare) strictly masked (issue 21).
    const strict = strictReportText();
    const shown = {
      ...report,
      lexSarah: report.lexSarah.filter((r) => viewable.has(r.arendeId)),
      ovrigaKategorier: report.ovrigaKategorier.map((o) => (readable(o.arendeId) ? o : { ...o, beskrivning: strict(o.beskrivning) })),
    };
    return { report: withFigureRefs(shown), viewable: [...viewable] } satisfies KvalitetsberattelseAnswer;
  });

  app.post('/api/reports/urval', { schema: { body: URVAL_BODY } }, async (req) => {
    const { request, ref } = req.body as { request: KvalitetsberattelseRequest; ref: string };
    const ids = figureAt(await compute(req, request), ref);
    if (!ids) throw new ApiFailure(404, 'not_found', 'Siffran finns inte längre i rapporten. Uppdatera rapporten och försök igen.');
    return { arendeIds: ids };
  });
}
