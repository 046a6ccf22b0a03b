import { REGISTRY } from '../../src/processes/packs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_RAPPORTOR, may, mayKnowRapportor, mayRead, PERMISSIONS, processRowScope } from '../../src/api/access';
import type { Permission } from '../../src/api/access';
import type { CommandAnswer, ProcessRowsAnswer } from '../../src/api/contract';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { inScope, yearPeriod } from '../../src/engine/index';
import type { ArendeSummary } from '../../src/engine/index';
import { memoryServer } from '../support/memoryServer';
import { example } from '../support/world';
import { shippedDefinition } from '../support/catalog';

/**
 * Issue 10, item 3: every person of the demo organisation (one or more of each role) × every endpoint
 * that a permission guards, and × an ärende in each enhet, checked against the one table in
 * src/api/access.ts that the UI reads too. Nothing here is listed by hand but the endpoints' requests.
 */
const period = yearPeriod(2026);
const GUARDED: readonly { method: 'GET' | 'POST'; url: string; permission: Permission; payload?: Record<string, unknown> }[] = [
  { method: 'GET', url: '/api/backup', permission: 'backup' },
  { method: 'GET', url: '/api/backup/nycklar', permission: 'backup' },
  { method: 'POST', url: '/api/backup/import', permission: 'backup', payload: { format: 'inte en säkerhetskopia' } },
  { method: 'GET', url: '/api/integrity', permission: 'integrity' },
  { method: 'POST', url: '/api/integrity/run', permission: 'integrity', payload: {} },
  { method: 'POST', url: '/api/reports/kvalitetsberattelse', permission: 'reports', payload: { period } },
  { method: 'POST', url: '/api/reports/urval', permission: 'reports', payload: { request: { period }, ref: '/arenden' } },
  { method: 'POST', url: '/api/definitions/publish', permission: 'processes', payload: { draft: {}, note: 'prov' } },
  { method: 'POST', url: '/api/definitions/import', permission: 'processes', payload: { file: {} } },
  { method: 'GET', url: '/api/definitions/avvikelse/3/impact', permission: 'processes' },
  { method: 'POST', url: '/api/definitions/avvikelse/running', permission: 'processes', payload: { belowVersion: 4 } },
  { method: 'GET', url: '/api/definitions/avvikelse/beslut', permission: 'processes' },
  {
    method: 'POST',
    url: '/api/definitions/avvikelse/3/beslut',
    permission: 'processes',
    payload: { instans: 'Socialnämnden', beslutsdatum: '2026-05-20', diarienummer: 'SN 2026/7' },
  },
  { method: 'POST', url: '/api/arenden/arende%3Afinns-inte/migrate', permission: 'processes', payload: { toVersion: 3, dryRun: true } },
  { method: 'POST', url: '/api/access-log/search', permission: 'accessLog', payload: {} },
  { method: 'GET', url: '/api/admin/organisation', permission: 'organisation' },
  { method: 'GET', url: '/api/admin/rollbegaran', permission: 'approveRoles' },
  {
    method: 'POST',
    url: '/api/admin/organisation/import',
    permission: 'organisation',
    payload: { csv: 'typ;verksamhet;enhet\n', apply: false },
  },
  { method: 'POST', url: '/api/arenden/arende%3Afinns-inte/skal', permission: 'readOutside', payload: { skal: 'jour' } },
];

describe('the authorisation matrix: role × endpoint × enhet against src/api/access.ts', () => {
  let s: Awaited<ReturnType<typeof memoryServer>>;
  const headers = new Map<string, Record<string, string>>();
  const arenden: ArendeSummary[] = [];

  beforeAll(async () => {
    s = await memoryServer('2026-06-01T08:00:00.000Z');
    for (const u of DEMO_USERS) headers.set(u.userId, await s.as(u.userId));
    // One avvikelse in each enhet, reported by someone who works there.
    for (const enhet of DEMO_ORG.enheter) {
      const reporter = DEMO_USERS.find((u) =>
        u.roles.some((a) => a.role === 'medarbetare' && a.scope.kind === 'enhet' && a.scope.id === enhet.id),
      )!;
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/arenden',
        headers: headers.get(reporter.userId)!,
        payload: { processType: 'avvikelse', enhetId: enhet.id, data: example('avvikelse-rapport-2') },
      });
      expect(res.statusCode, res.body).toBe(201);
      arenden.push((JSON.parse(res.body) as Extract<CommandAnswer, { ok: true }>).summary);
    }
  });

  it('every table entry names a role that exists, and every role is somewhere in the matrix', () => {
    const roles = new Set(DEMO_USERS.flatMap((u) => u.roles.map((a) => a.role)));
    for (const [permission, allowed] of Object.entries(PERMISSIONS))
      for (const role of allowed) expect(roles.has(role), `${permission}: ${role}`).toBe(true);
    expect(new Set(GUARDED.map((g) => g.permission))).toEqual(new Set(Object.keys(PERMISSIONS).filter((p) => p !== 'listAll')));
  });

  it.each(DEMO_USERS.map((u) => [u.namn, u] as const))(
    '%s: guarded endpoints answer 403 exactly where the table says no',
    async (_namn, user) => {
      for (const g of GUARDED) {
        const res = await s.app.inject({
          method: g.method,
          url: g.url,
          headers: headers.get(user.userId)!,
          ...(g.payload !== undefined ? { payload: g.payload } : {}),
        });
        const allowed = may(user, g.permission);
        expect(res.statusCode === 403, `${user.userId} ${g.method} ${g.url}: ${res.statusCode} ${res.body.slice(0, 200)}`).toBe(!allowed);
        if (!allowed) expect(JSON.parse(res.body).error.message, g.url).toMatch(/^[A-ZÅÄÖ].*\.$/);
      }
    },
  );

  it.each(DEMO_USERS.map((u) => [u.namn, u] as const))(
    "%s: each enhet's ärende is read, printed, listed and acted on exactly where the table says",
    async (_namn, user) => {
      const h = headers.get(user.userId)!;
      const listed = JSON.parse(
        (await s.app.inject({ method: 'POST', url: '/api/arenden/list', headers: h, payload: { query: {} } })).body,
      ) as { rows: ArendeSummary[] };
      for (const row of arenden) {
        const readable = mayRead(REGISTRY.grants, DEMO_ORG, user, row);
        // The rapportör (here the one who reported the avvikelse) reaches only those the table lets know her.
        const knows = readable && mayKnowRapportor(REGISTRY.grants, DEMO_ORG, user, row);
        const id = encodeURIComponent(row.arendeId);
        const read = await s.app.inject({ method: 'GET', url: `/api/arenden/${id}`, headers: h });
        expect(read.statusCode, `${user.userId} läser ${row.enhetId}`).toBe(readable ? 200 : 404);
        expect(read.body.includes(row.openedBy), `${user.userId} ser rapportören i ${row.enhetId}`).toBe(knows);
        expect(read.body.includes(HIDDEN_RAPPORTOR.userId), `${user.userId} får platshållaren i ${row.enhetId}`).toBe(readable && !knows);
        const print = await s.app.inject({ method: 'GET', url: `/api/arenden/${id}?utskrift=Utredning`, headers: h });
        expect(print.statusCode, `${user.userId} skriver ut ${row.enhetId}`).toBe(readable ? 200 : 404);
        expect(print.body.includes(row.openedBy), `${user.userId} skriver ut rapportören i ${row.enhetId}`).toBe(knows);
        const inList = listed.rows.find((r) => r.arendeId === row.arendeId);
        expect(inList !== undefined, `${user.userId} listar ${row.enhetId}`).toBe(readable);
        if (inList) expect(inList.openedBy === row.openedBy, `${user.userId} listrad ${row.enhetId}`).toBe(knows);
        // A command on an ärende one may not read is answered as if it did not exist; otherwise the engine judges it.
        const act = await s.app.inject({
          method: 'POST',
          url: `/api/arenden/${id}/commands`,
          headers: h,
          payload: { type: 'bedomning.submit', data: {} },
        });
        if (!readable) expect(act.statusCode, `${user.userId} agerar i ${row.enhetId}`).toBe(404);
        else expect(act.statusCode).not.toBe(404);
      }
    },
  );

  it.each(DEMO_USERS.filter((u) => may(u, 'processes')).map((u) => [u.namn, u] as const))(
    '%s: lists running ärenden to migrate exactly in her units, without content',
    async (_namn, user) => {
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/definitions/avvikelse/running',
        headers: headers.get(user.userId)!,
        payload: { belowVersion: shippedDefinition('avvikelse').version + 1 },
      });
      expect(res.statusCode, res.body).toBe(200);
      const { rows } = JSON.parse(res.body) as ProcessRowsAnswer;
      for (const row of arenden)
        expect(
          rows.some((r) => r.arendeId === row.arendeId),
          `${user.userId} ${row.enhetId}`,
        ).toBe(inScope(processRowScope(DEMO_ORG, user), row));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows)
        expect(Object.keys(r).sort()).toEqual([
          'activeSteps',
          'arendeId',
          'definitionId',
          'definitionVersion',
          'enhetId',
          'openedAt',
          'processType',
          'status',
          'updatedAt',
        ]);
      for (const row of arenden) expect(res.body).not.toContain(row.openedBy);
    },
  );

  it('refused reads end up in the access log, allowed ones with the role they went through', async () => {
    const sara = headers.get('user:sara')!;
    const log = JSON.parse(
      (await s.app.inject({ method: 'POST', url: '/api/access-log/search', headers: sara, payload: { limit: 200 } })).body,
    ) as { rows: { userId: string; kind: string; arendeId?: string; role?: string }[] };
    for (const user of DEMO_USERS)
      for (const row of arenden) {
        const mine = log.rows.filter((r) => r.userId === user.userId && r.arendeId === row.arendeId);
        if (mayRead(REGISTRY.grants, DEMO_ORG, user, row))
          expect(
            mine.some((r) => r.kind === 'oppnat' && r.role !== undefined),
            `${user.userId} ${row.enhetId}`,
          ).toBe(true);
        else
          expect(
            mine.some((r) => r.kind === 'nekat'),
            `${user.userId} ${row.enhetId}`,
          ).toBe(true);
      }
  });
});
