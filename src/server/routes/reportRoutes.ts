import type { FastifyInstance } from 'fastify';
import { may, visibilityScope } from '../../api/access';
import type { KvalitetsberattelseAnswer, KvalitetsberattelseRequest } from '../../api/contract';
import type { Kvalitetsberattelse } from '../../engine/internal';
import { categoryLabels, keepListRows, kvalitetsberattelse, listedArenden, mapOvriga, strictReportText } from '../../engine/internal';
import { ApiFailure, forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { figureAt, withFigureRefs } from '../reports/figureRefs';
import { typedApi } from '../http/typedApi';
import { KvalitetsberattelseAnswerSchema, KvalitetsberattelseBody, UrvalAnswerSchema, UrvalBody } from '../../api/wire/reportSchemas';

/** A calendar day that exists (the schema checks only its shape: 2026-13-45 would pass). */
const isRealDate = (date: string) => !Number.isNaN(Date.parse(date)) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/** The kvalitetsberättelse computed on the server over every ärende's facts; counts cover all, details only what the caller may read. */
export async function reportRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { engine, clock } = app.ctx;

  async function compute(req: Parameters<typeof whoOf>[0], body: KvalitetsberattelseRequest): Promise<Kvalitetsberattelse> {
    const { actor, org } = whoOf(req);
    if (!may(actor, 'reports')) throw forbidden('Rapporterna är till för SAS, förvaltningschef och processägare.');
    for (const date of [body.period.from, body.period.to])
      if (!isRealDate(date))
        throw new ApiFailure(400, 'invalid_request', `Periodens datum "${date}" finns inte. Ange ett riktigt datum (ÅÅÅÅ-MM-DD).`);
    if (body.period.from > body.period.to) throw new ApiFailure(400, 'invalid_request', 'Periodens från-datum måste vara före till-datum.');
    const [facts, known] = await Promise.all([engine.reportFacts(), app.ctx.people()]);
    return kvalitetsberattelse(facts, {
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
  }

  app.post(
    '/api/reports/kvalitetsberattelse',
    {
      schema: {
        summary: 'Kvalitetsberättelsen för en period',
        body: KvalitetsberattelseBody,
        response: { 200: KvalitetsberattelseAnswerSchema },
      },
    },
    async (req) => {
      const { actor, org } = whoOf(req);
      const report = await compute(req, req.body);
      // Readable: the same scope as every list (reading roles, grants, appointed ersättare, her own rapporter).
      const listed = [...new Set(listedArenden(report))];
      const inScope = listed.length
        ? await engine.summaries({ scope: visibilityScope(engine.registry.catalog.packs.grants, org, actor), ids: listed })
        : [];
      const viewable = new Set(inScope.map((r) => r.arendeId));
      const readable = (id: string) => viewable.has(id);
      // Rows of the packs' lists (lex Sarah's) leave the server only for ärenden the caller may read; counts and each list's
      // total cover all. What was written under "Övrigt" reaches one who may not read it strictly masked (issue 21).
      const strict = strictReportText();
      const shown = mapOvriga(keepListRows(report, readable), (o) =>
        readable(o.arendeId) ? o : { ...o, beskrivning: strict(o.beskrivning) },
      );
      // Whether the figures rest on a log that passed its latest check: only the outcome, no ärende in it.
      const latest = await app.ctx.integrity.latest();
      return {
        report: withFigureRefs(shown),
        viewable: [...viewable],
        ...(latest ? { loggkontroll: { ok: latest.ok, checkedAt: latest.checkedAt } } : {}),
      } satisfies KvalitetsberattelseAnswer;
    },
  );

  app.post(
    '/api/reports/urval',
    { schema: { summary: 'Ärendena bakom en siffra i rapporten', body: UrvalBody, response: { 200: UrvalAnswerSchema } } },
    async (req) => {
      const { request, ref } = req.body;
      const ids = figureAt(await compute(req, request), ref);
      if (!ids) throw new ApiFailure(404, 'not_found', 'Siffran finns inte längre i rapporten. Uppdatera rapporten och försök igen.');
      return { arendeIds: [...ids] };
    },
  );
}
