import type { FastifyInstance } from 'fastify';
import { visibilityScope } from '../../api/access';
import type { KvalitetsberattelseAnswer } from '../../api/contract';
import type { Actor, Kvalitetsberattelse, Organisation } from '../../engine/internal';
import { keepListRows, listedArenden, mapOvriga, strictReportText } from '../../engine/internal';
import { whoOf } from '../http/requestIdentity';
import { sendStored, storedAnswer } from '../http/storedAnswer';
import type { StoredAnswer } from '../http/storedAnswer';
import { withFigureRefs } from '../reports/figureRefs';
import { reportsOf } from '../reports/reportService';
import { typedApi } from '../http/typedApi';
import { KvalitetsberattelseAnswerSchema, KvalitetsberattelseBody, UrvalAnswerSchema, UrvalBody } from '../../api/wire/reportSchemas';

type Shown = Omit<KvalitetsberattelseAnswer, 'loggkontroll'>;
/** One reader's answer to one remembered report, serialised once; the log check's part is added to it as it changes. */
interface ShownJson {
  json: string;
  last?: { logg: string; answer: StoredAnswer };
}

/** The shown answer with the log check's outcome: the same stored answer (and gzip) while that outcome stays. */
function withLogg(shown: ShownJson, loggkontroll: KvalitetsberattelseAnswer['loggkontroll']): StoredAnswer {
  const logg = loggkontroll ? JSON.stringify(loggkontroll) : '';
  if (shown.last?.logg === logg) return shown.last.answer;
  // The shown JSON is an object: the field goes in before its closing brace.
  const answer = storedAnswer(logg ? `${shown.json.slice(0, -1)},"loggkontroll":${logg}}` : shown.json);
  shown.last = { logg, answer };
  return answer;
}

/** The kvalitetsberättelse over the reader's enheter (`reports/reportService.ts`); details only what she may read. */
export async function reportRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { engine } = app.ctx;
  const reports = reportsOf(app.ctx);
  const shownOnce = new WeakMap<Kvalitetsberattelse, Map<string, Promise<ShownJson>>>();

  /** The report as this reader gets it: list rows and "Övrigt" texts only for ärenden she may read, figures as references. */
  async function shownTo(report: Kvalitetsberattelse, actor: Actor, org: Organisation): Promise<Shown> {
    // Readable: the same scope as every list (reading roles, grants, appointed ersättare, her own rapporter).
    const listed = [...new Set(listedArenden(report))];
    const scope = visibilityScope(engine.registry.catalog.packs.grants, org, actor);
    // Reading every enhet, she may read every listed ärende (each has facts, so a row): no need to fetch ten thousand rows.
    const inScope =
      scope.enheter === 'all' ? listed : listed.length ? (await engine.summaries({ scope, ids: listed })).map((r) => r.arendeId) : [];
    const viewable = new Set(inScope);
    const readable = (id: string) => viewable.has(id);
    // Rows of the packs' lists (lex Sarah's) leave the server only for ärenden the caller may read; counts and each list's
    // total cover all. What was written under "Övrigt" reaches one who may not read it strictly masked (issue 21).
    const strict = strictReportText();
    const shown = mapOvriga(keepListRows(report, readable), (o) =>
      readable(o.arendeId) ? o : { ...o, beskrivning: strict(o.beskrivning) },
    );
    return { report: withFigureRefs(shown), viewable: [...viewable] };
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
    async (req, reply) => {
      const { actor, org } = whoOf(req);
      const report = await reports.report(actor, org, req.body);
      // The same report read again by the same person (same roles) is the same answer, sent as stored: only the log's check is fresh.
      const forReport = shownOnce.get(report) ?? new Map<string, Promise<ShownJson>>();
      shownOnce.set(report, forReport);
      const who = JSON.stringify([actor.userId, actor.roles]);
      let shown = forReport.get(who);
      if (!shown) forReport.set(who, (shown = shownTo(report, actor, org).then((a) => ({ json: JSON.stringify(a) }))));
      shown.catch(() => forReport.delete(who));
      // Whether the figures rest on a log that passed its latest check: only the outcome, no ärende in it.
      const latest = await app.ctx.integrity.latest();
      const loggkontroll = latest ? { ok: latest.ok, checkedAt: latest.checkedAt } : undefined;
      return sendStored(req, reply, withLogg(await shown, loggkontroll));
    },
  );

  app.post(
    '/api/reports/urval',
    { schema: { summary: 'Ärendena bakom en siffra i rapporten', body: UrvalBody, response: { 200: UrvalAnswerSchema } } },
    async (req) => {
      const { actor, org } = whoOf(req);
      return { arendeIds: [...(await reports.figureIds(actor, org, req.body.request, req.body.ref))] };
    },
  );
}
