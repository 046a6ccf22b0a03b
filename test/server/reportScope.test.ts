import { describe, expect, it } from 'vitest';
import type { Kvalitetsberattelse } from '../../src/engine/index';
import type { CommandAnswer, KvalitetsberattelseAnswer, KvalitetsberattelseRequest, ListAnswer } from '../../src/api/contract';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import type { Actor } from '../../src/engine/index';
import { categoryLabels, kvalitetsberattelse, yearPeriod } from '../../src/engine/internal';
import { withFigureRefs } from '../../src/server/reports/figureRefs';
import { memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example } from '../support/world';
import { packTable } from '../support/packTable';
import { reportFigures } from '../support/reportFigures';

const REQUEST: KvalitetsberattelseRequest = { period: yearPeriod(2026) };

/** A förvaltningschef whose assignment reaches one verksamhet: her reports cover its enheter only. */
const VILMA: Actor = {
  userId: 'user:vilma',
  namn: 'Vilma Ros',
  roles: [{ role: 'forvaltningschef', scope: { kind: 'verksamhet', id: 'verksamhet:aldre' } }],
};
/** A processägare who is also the MAS: her grant reads avvikelser handed over to the MAS, no other. */
const MIRA: Actor = {
  userId: 'user:mira',
  namn: 'Mira Holm',
  roles: [
    { role: 'processagare', scope: { kind: 'forvaltning', id: 'forvaltning:soc' } },
    { role: 'mas', scope: { kind: 'forvaltning', id: 'forvaltning:soc' } },
  ],
};

async function avvikelse(s: MemoryServer, enhetId: string, rapportor = 'user:anna', date = '2026-03-10'): Promise<string> {
  const body = await postAs(s, rapportor, '/api/arenden', {
    processType: 'avvikelse',
    enhetId,
    data: example('avvikelse-rapport-2', { lagrum: 'hsl', handelseDatum: date, upptacktDatum: date }),
  });
  return (JSON.parse(body) as Extract<CommandAnswer, { ok: true }>).summary.arendeId;
}

async function reportOf(s: MemoryServer, userId: string): Promise<KvalitetsberattelseAnswer> {
  return JSON.parse(await postAs(s, userId, '/api/reports/kvalitetsberattelse', REQUEST)) as KvalitetsberattelseAnswer;
}

async function figurePage(s: MemoryServer, userId: string, ref: string, limit: number, after?: string) {
  const query = { figure: { request: REQUEST, ref }, limit, ...(after ? { after } : {}) };
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/arenden/list',
    headers: await s.as(userId),
    payload: { query, withTotal: true },
  });
  return { status: res.statusCode, answer: JSON.parse(res.body) as ListAnswer & { error?: { message: string } } };
}

describe("a report covers the reader's own enheter (issue 24)", () => {
  it("gives a chef of one verksamhet its figures only, the SAS of the förvaltning all, and a figure the chef's ärenden", async () => {
    const s = await memoryServer('2026-03-13T08:00:00.000Z', {}, [...DEMO_USERS, VILMA]);
    const aldre = await avvikelse(s, 'enhet:solgarden');
    await avvikelse(s, 'enhet:larkan', 'user:maja');
    await avvikelse(s, 'enhet:larkan', 'user:maja');

    const vilma = await reportOf(s, 'user:vilma');
    expect(vilma.report.arenden.count).toBe(1);
    // The enheter of the other verksamhet are not even named.
    expect(
      packTable(vilma.report as Kvalitetsberattelse, 'avvikelse-enhet')
        .rows.map((r) => r.key)
        .sort(),
    ).toEqual(['enhet:hemtjanst-norr', 'enhet:solgarden']);
    const sara = await reportOf(s, 'user:sara');
    expect(sara.report.arenden.count).toBe(3);
    const urval = JSON.parse(await postAs(s, 'user:vilma', '/api/reports/urval', { request: REQUEST, ref: '/arenden' })) as {
      arendeIds: string[];
    };
    expect(urval.arendeIds).toEqual([aldre]);

    // A commit reaches the next report at once: the remembered report is for the older facts.
    await avvikelse(s, 'enhet:solgarden');
    expect((await reportOf(s, 'user:vilma')).report.arenden.count).toBe(2);
  });

  it("pages a figure's ärenden as a list query and shows only those the reader may read (grants included)", async () => {
    const s = await memoryServer('2026-03-13T08:00:00.000Z', {}, [...DEMO_USERS, MIRA]);
    const ids = [await avvikelse(s, 'enhet:solgarden'), await avvikelse(s, 'enhet:solgarden'), await avvikelse(s, 'enhet:solgarden')];
    const first = await figurePage(s, 'user:sara', '/arenden', 2);
    expect(first.status).toBe(200);
    expect([first.answer.rows.length, first.answer.total]).toEqual([2, 3]);
    const second = await figurePage(s, 'user:sara', '/arenden', 2, first.answer.next);
    expect(second.answer.next).toBeUndefined();
    expect([...first.answer.rows, ...second.answer.rows].map((r) => r.arendeId).sort()).toEqual([...ids].sort());

    // Mira counts all three but reads only the one handed over to the MAS.
    const handedOver = ids[1]!;
    const step = (type: string, data: unknown) =>
      postAs(s, 'user:erik', `/api/arenden/${encodeURIComponent(handedOver)}/commands`, { type, data });
    await step('bedomning.submit', example('avvikelse-bedomning', { vag: 'mas' }));
    await step('overlamning.submit', example('avvikelse-overlamning-mas'));
    expect((await reportOf(s, 'user:mira')).report.arenden.count).toBe(3);
    const mira = await figurePage(s, 'user:mira', '/arenden', 50);
    expect([mira.answer.rows.map((r) => r.arendeId), mira.answer.total]).toEqual([[handedOver], 1]);

    // A filter beside the figure is counted, not taken as the figure's size.
    const closed = await s.app.inject({
      method: 'POST',
      url: '/api/arenden/list',
      headers: await s.as('user:sara'),
      payload: { query: { figure: { request: REQUEST, ref: '/arenden' }, status: 'closed', limit: 50 }, withTotal: true },
    });
    expect([(JSON.parse(closed.body) as ListAnswer).rows, (JSON.parse(closed.body) as ListAnswer).total]).toEqual([[], 0]);

    // A figure resolves in the report it was clicked in, not recounted after a change; the next report brings the new ärende.
    const later = await avvikelse(s, 'enhet:solgarden');
    expect((await figurePage(s, 'user:sara', '/arenden', 50)).answer.total).toBe(3);
    expect((await reportOf(s, 'user:sara')).report.arenden.count).toBe(4);
    expect((await figurePage(s, 'user:sara', '/arenden', 50)).answer.rows.map((r) => r.arendeId)).toContain(later);

    // A figure the report does not have is a Swedish 404; one without the report role is refused.
    const gone = await figurePage(s, 'user:sara', '/trend/99/antal/avvikelse', 50);
    expect([gone.status, gone.answer.error?.message]).toEqual([404, expect.stringMatching(/Siffran finns inte längre/)]);
    expect((await figurePage(s, 'user:erik', '/arenden', 50)).status).toBe(403);
  });

  it('counts only the years the report compares, yet offers every year with data, with the figures of the whole computation', async () => {
    const s = await memoryServer('2026-03-13T08:00:00.000Z');
    await avvikelse(s, 'enhet:solgarden', 'user:anna', '2019-05-02');
    await avvikelse(s, 'enhet:solgarden', 'user:anna', '2025-11-20');
    await avvikelse(s, 'enhet:solgarden');
    const request: KvalitetsberattelseRequest = { period: yearPeriod(2026), jamforelser: 1 };
    const answer = JSON.parse(await postAs(s, 'user:sara', '/api/reports/kvalitetsberattelse', request)) as KvalitetsberattelseAnswer;
    expect(answer.report.arMedData).toEqual([2026, 2025, 2019]);
    const old = kvalitetsberattelse(await s.engine.reportFacts(), {
      packs: s.engine.registry.catalog.packs,
      period: request.period,
      now: s.clock.now(),
      org: DEMO_ORG,
      kategoriLabels: categoryLabels(s.engine.registry.catalog),
      jamforelser: 1,
    });
    expect(reportFigures(answer.report)).toEqual(reportFigures(withFigureRefs(old)));
    expect(answer.report.trend.map((r) => r.antal['avvikelse']?.count)).toEqual([1, 1]);
  });
});
