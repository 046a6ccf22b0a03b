import { describe, expect, it } from 'vitest';
import type { Kvalitetsberattelse } from '../../src/engine/index';
import type { CommandAnswer, KvalitetsberattelseAnswer, KvalitetsberattelseRequest } from '../../src/api/contract';
import { categoryLabels, kvalitetsberattelse, yearPeriod } from '../../src/engine/internal';
import { ARENDE_CHANGED } from '../../src/server/postgres/pgAnnouncer';
import { withFigureRefs } from '../../src/server/reports/figureRefs';
import { usePgServer } from '../support/pgServer';
import { demoSession } from '../support/serverProcess';
import { until } from '../support/until';
import { example } from '../support/world';
import { packTable } from '../support/packTable';
import { reportFigures } from '../support/reportFigures';

/** The report from facts kept in memory equals the one computed over every fact read afresh (the old path), after commits. */
describe('the report facts kept in memory on PostgreSQL', () => {
  const pg = usePgServer('kf-reportfacts-');
  const request: KvalitetsberattelseRequest = { period: yearPeriod(new Date().getFullYear()), jamforelser: 1 };

  it('gives the figures the old path computes, after commits here and a change another instance announces', async () => {
    const { url, context } = pg.server();
    const [anna, erik, sara] = await Promise.all(['user:anna', 'user:erik', 'user:sara'].map((u) => demoSession(url, u)));
    const today = new Date().toISOString().slice(0, 10);
    const open = async () => {
      const r = await pg.call<Extract<CommandAnswer, { ok: true }>>('POST', '/api/arenden', anna!, {
        processType: 'avvikelse',
        enhetId: 'enhet:solgarden',
        data: example('avvikelse-rapport-2', { handelseDatum: today, upptacktDatum: today }),
      });
      expect(r.status).toBe(201);
      return r.body.summary.arendeId;
    };
    const report = async () => (await pg.call<KvalitetsberattelseAnswer>('POST', '/api/reports/kvalitetsberattelse', sara!, request)).body;
    const oldPath = async () => {
      const { engine, clock } = context.server;
      const report = kvalitetsberattelse(await engine.reportFacts(), {
        packs: engine.registry.catalog.packs,
        period: request.period,
        now: clock.now(),
        org: await context.server.directory.organisation(),
        kategoriLabels: categoryLabels(engine.registry.catalog),
        jamforelser: 1,
      });
      return reportFigures(withFigureRefs(report));
    };

    const first = await open();
    await open();
    expect((await report()).report.arenden.count).toBe(2);
    // A new ärende and a step on an old one: the cache re-reads just those.
    await open();
    const step = await pg.call('POST', `/api/arenden/${encodeURIComponent(first)}/commands`, erik!, {
      type: 'bedomning.submit',
      data: example('avvikelse-bedomning'),
    });
    expect(step.status, JSON.stringify(step.body)).toBe(200);
    const after = await report();
    expect(after.report.arenden.count).toBe(3);
    expect(reportFigures(after.report)).toEqual(await oldPath());

    // Another instance's commit arrives as a NOTIFY only: here, its facts moved to another enhet.
    const { db } = context;
    await db.query("update facts set facts = (jsonb_set(facts::jsonb, '{enhetId}', '\"enhet:larkan\"'))::json where arende_id = $1", [
      first,
    ]);
    await db.notify(ARENDE_CHANGED, first);
    await until('rapporten ser den andra instansens ändring', async () =>
      packTable((await report()).report as Kvalitetsberattelse, 'avvikelse-enhet').rows.some(
        (r) => r.key === 'enhet:larkan' && r.count === 1,
      ),
    );
    expect(reportFigures((await report()).report)).toEqual(await oldPath());
  });
});
