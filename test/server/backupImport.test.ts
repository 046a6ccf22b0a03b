import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import type { ArendeEvent, BackupFile, ImportResult } from '../../src/engine/internal';
import { sealEvent } from '../../src/engine/internal';
import { exportFrom } from '../support/backupFiles';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';

/** Backups through the real server on PGlite: signed on export, checked in a worker thread on import. */
describe('signed backups through the server', () => {
  let dir: string;
  let server: RunningServer;
  let file: BackupFile;
  let admin: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kf-backup-'));
    server = await startServer(readConfig({ KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0' }), { logger: false });
    const anna = await demoSession(server.url, 'user:anna');
    const r = await fetch(`${server.url}/api/arenden`, {
      method: 'POST',
      headers: anna,
      body: JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') }),
    });
    const id = ((await r.json()) as { summary: { arendeId: string } }).summary.arendeId;
    const erik = await demoSession(server.url, 'user:erik');
    await fetch(`${server.url}/api/arenden/${id}/commands`, {
      method: 'POST',
      headers: erik,
      body: JSON.stringify({ type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder') }),
    });
    admin = await demoSession(server.url, 'user:adam');
    ({ file } = await exportFrom(server, admin));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const importFile = async (f: unknown) => {
    const r = await fetch(`${server.url}/api/backup/import`, { method: 'POST', headers: admin, body: JSON.stringify(f) });
    return { status: r.status, body: (await r.json()) as ImportResult };
  };

  it('exports every chain head signed, and takes the same file back as already there', async () => {
    expect(file.formatVersion).toBe(2);
    expect(file.heads).toHaveLength(1);
    expect(file.publicKeys?.[0]).toContain('BEGIN PUBLIC KEY');
    expect(await importFile(file)).toEqual({
      status: 200,
      body: { ok: true, arenden: 0, events: 0, definitions: 0, skipped: 1, inkomna: 0 },
    });
  });

  it('carries a checkpoint taken at the export and the log’s order, and checks the file’s log against them', async () => {
    const last = file.kontrollpunkter!.at(-1)!;
    expect(last).toMatchObject({ size: file.events.length, root: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(file.liggare).toEqual(file.events.map((e) => e.id));
    const refused = async (f: BackupFile, reason: RegExp) => {
      const r = await importFile(f);
      expect(r.status).toBe(422);
      const errors = (r.body as { errors: string[] }).errors;
      expect(errors[0]).toContain('stämmer inte med filens egna kontrollpunkter');
      expect(errors.join(' ')).toMatch(reason);
    };
    // Two events that swapped places in the log.
    await refused({ ...file, liggare: [...file.liggare!].reverse() }, /stämmer inte med den signerade roten/);
    // A whole ärende gone: its events and its signed head (so each chain that is left still holds).
    await refused(
      { ...file, events: [], heads: [], liggare: [] },
      new RegExp(`färre händelser än kontrollpunkten för ${last.size} händelser`),
    );
    // A checkpoint whose root was changed no longer carries the server's signature.
    const changed = { ...last, root: '0'.repeat(64) };
    await refused(
      { ...file, kontrollpunkter: [changed] },
      new RegExp(`Signaturen på kontrollpunkten för ${last.size} händelser .* stämmer inte`),
    );
    // An order that names an event the file does not have.
    await refused({ ...file, liggare: [...file.liggare!, 'event:finns-inte'] }, /event:finns-inte som saknas/);
  });

  it('refuses a file whose events were changed and re-chained, because the signature no longer holds', async () => {
    const forged = structuredClone(file);
    const events = forged.events;
    (events[1]!.stepData as Record<string, unknown>).handelse = 'Något helt annat hände.';
    let prev = events[0]!.hash;
    forged.events = events.map((e, i) => {
      if (i === 0) return e;
      const { hash: _h, ...rest } = e;
      const sealed = sealEvent(nodeHasher, { ...rest, prevHash: prev });
      prev = sealed.hash;
      return sealed as ArendeEvent;
    });
    forged.heads = forged.heads!.map((h) => ({ ...h, hash: prev }));
    const r = await importFile(forged);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ ok: false });
    expect((r.body as { errors: string[] }).errors.join(' ')).toContain('signaturen stämmer inte');
  });

  it('refuses a file signed with its own key whose SAS step names someone who never held the role, naming the event', async () => {
    const manager = await demoSession(server.url, 'user:sara');
    // A SAS step by a medarbetare of another unit, signed by the server's own key: only the role check can stop it.
    const events = structuredClone(file.events);
    const registrering = sealEvent(nodeHasher, {
      id: 'event:forfalskad',
      arendeId: events[0]!.arendeId,
      seq: events.length,
      type: 'registrering.submit',
      stepData: example('lex-sarah-registrering'),
      actor: { userId: 'user:maja', role: 'sas' },
      at: new Date(Date.parse(events[events.length - 1]!.at) + 1).toISOString(),
      prevHash: events[events.length - 1]!.hash,
    });
    const signer = server.context.signer;
    // Without the ledger part, as a file from before checkpoints: its order could not name the forged event.
    const { kontrollpunkter: _k, liggare: _l, ...older } = file;
    const forged: BackupFile = {
      ...older,
      events: [
        ...events.map((e) => ({ ...e, arendeId: 'arende:00000000-0000-4000-8000-000000000001' })),
        { ...registrering, arendeId: 'arende:00000000-0000-4000-8000-000000000001' },
      ],
    };
    let prev = '0'.repeat(64);
    forged.events = forged.events.map((e) => {
      const { hash: _h, ...rest } = e;
      const sealed = sealEvent(nodeHasher, { ...rest, prevHash: prev }) as ArendeEvent;
      prev = sealed.hash;
      return sealed;
    });
    const last = forged.events[forged.events.length - 1]!;
    forged.heads = [
      {
        arendeId: last.arendeId,
        seq: last.seq,
        hash: last.hash,
        keyId: signer.keyId,
        signature: signer.sign(last.arendeId, last.seq, last.hash),
      },
    ];
    const r = await importFile(forged);
    expect(r.status).toBe(422);
    expect((r.body as { errors: string[] }).errors.join(' ')).toContain(`händelse ${last.seq}: Maja Lind hade inte rollen "sas"`);
    // Nothing was written.
    const list = await fetch(`${server.url}/api/arenden/list`, {
      method: 'POST',
      headers: manager,
      body: JSON.stringify({ query: {}, withTotal: true }),
    });
    expect(((await list.json()) as { total: number }).total).toBe(1);
  });

  it('refuses an unsigned file from the browser era and anything that is not a backup, in Swedish', async () => {
    const unsigned = { ...file, formatVersion: 1, heads: undefined };
    expect((await importFile(unsigned)).body).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('signaturerna'), expect.stringContaining('saknar signerade kedjehuvuden')],
    });
    expect((await importFile({ hej: 1 })).body).toMatchObject({
      ok: false,
      errors: [expect.any(String), 'Filen är inte en säkerhetskopia från Kvalitetsflöde.'],
    });
  });
});
