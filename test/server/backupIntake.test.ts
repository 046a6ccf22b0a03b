import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EncryptedBackup, IntakeItemView, NotificationsAnswer } from '../../src/api/contract';
import type { BackupFile, ImportResult } from '../../src/engine/index';
import { exportFrom } from '../support/backupFiles';
import { readConfig } from '../../src/server/config';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';
import { stockholmDate } from '../../src/engine/index';
import { synpunkter } from '../../src/processes/synpunkter/pack';

/**
 * What came in through the public form and waits to be registered is in no ärende yet: its chef hears of it, and the signed backup carries
 * it.
 */
describe('waiting public submissions in the signed backup', () => {
  const dirs: string[] = [];
  let from: RunningServer;
  let to: RunningServer;
  let file: BackupFile;
  let exported: EncryptedBackup;
  let identity: string;
  const start = async (env: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-backup-intake-'));
    dirs.push(dir);
    return startServer(readConfig({ KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0', ...env }), { logger: false });
  };
  // The form's key, per text: sending the same text again is a retry of the same filled-in form.
  const keys = new Map<string, string>();
  const submit = async (url: string, beskrivning: string) => {
    if (!keys.has(beskrivning)) keys.set(beskrivning, randomUUID());
    const r = await fetch(`${url}/api/offentlig/synpunkter`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CLIENT_HEADER]: '1' },
      body: JSON.stringify({
        enhetId: 'enhet:solgarden',
        data: { ...example('synpunkter-webb'), beskrivning },
        idempotencyKey: keys.get(beskrivning),
      }),
    });
    expect(r.status).toBe(202);
  };
  const waiting = async (url: string) =>
    (await (await fetch(`${url}/api/inkomna`, { headers: await demoSession(url, 'user:erik') })).json()) as IntakeItemView[];
  const importInto = async (server: RunningServer, f: unknown) => {
    const r = await fetch(`${server.url}/api/backup/import`, {
      method: 'POST',
      headers: await demoSession(server.url, 'user:adam'),
      body: JSON.stringify(f),
    });
    return { status: r.status, body: (await r.json()) as ImportResult & { errors?: string[] } };
  };

  beforeAll(async () => {
    from = await start();
    await submit(from.url, 'Maten på Solgården var kall tre dagar i rad.');
    await submit(from.url, 'Personalen var mycket vänlig mot min mamma.');
    // One of them is registered: from then on the ärende holds it, and the backup has it among the events.
    const [first] = await waiting(from.url);
    const erik = await demoSession(from.url, 'user:erik');
    const data = synpunkter.publicIntake.firstStep(first!.data, stockholmDate(first!.receivedAt)!);
    const registered = await fetch(`${from.url}/api/inkomna/${first!.id}/registrera`, {
      method: 'POST',
      headers: erik,
      body: JSON.stringify({ data }),
    });
    expect(registered.status, await registered.text()).toBe(201);
    ({ file, exported, identity } = await exportFrom(from, await demoSession(from.url, 'user:adam')));
    to = await start({ KF_TRUSTED_KEYS: file.publicKeys![0]! });
  }, 120_000);
  afterAll(async () => {
    await from?.close();
    await to?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("told the enhet's chef of each submission in the app, without what it says", async () => {
    const erik = await demoSession(from.url, 'user:erik');
    const list = async () =>
      ((await (await fetch(`${from.url}/api/notifications`, { headers: erik })).json()) as NotificationsAnswer).items.filter(
        (n) => n.kind === 'inkommet',
      );
    // Recorded in the background after the answer to the public form.
    for (let i = 0; i < 50 && (await list()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    const items = await list();
    expect(items.map((n) => n.stepTitle)).toEqual([
      'Registrera det som kom in via webbformuläret',
      'Registrera det som kom in via webbformuläret',
    ]);
    expect(JSON.stringify(items)).not.toMatch(/Maten|vänlig/);
    const sara = await demoSession(from.url, 'user:sara');
    expect(
      ((await (await fetch(`${from.url}/api/notifications`, { headers: sara })).json()) as NotificationsAnswer).items.some(
        (n) => n.kind === 'inkommet',
      ),
    ).toBe(false);
  });

  it('exports the one still waiting, signed as a list, with its form key', () => {
    expect(file.inkomna?.map((i) => i.data.beskrivning)).toEqual(['Personalen var mycket vänlig mot min mamma.']);
    expect(file.inkomna?.[0]?.idempotencyKey).toBe(keys.get('Personalen var mycket vänlig mot min mamma.'));
    expect(file.inkomnaSignatur).toMatchObject({ count: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses a file whose waiting submissions were changed, added to or removed, and stores nothing', async () => {
    const changed = structuredClone(file);
    changed.inkomna![0]!.data.beskrivning = 'Något annat.';
    const added = structuredClone(file);
    added.inkomna!.push({ ...added.inkomna![0]!, id: 'c0ffee00-0000-4000-8000-000000000000' });
    const removed = structuredClone(file);
    removed.inkomna = [];
    const unsigned = structuredClone(file);
    delete unsigned.inkomnaSignatur;
    for (const forged of [changed, added, removed, unsigned]) {
      const r = await importInto(to, forged);
      expect(r.status).toBe(422);
      expect(r.body.errors?.join(' ')).toMatch(/inkomna meddelanden/);
    }
    expect(await waiting(to.url)).toEqual([]);
  });

  it('puts it back waiting on another server, with the registered one as an ärende, and only once', async () => {
    // The encrypted file, opened with the exporting server's private key (any server can, given the key).
    const r = await importInto(to, { sakerhetskopia: exported.sakerhetskopia, nyckel: identity });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ ok: true, arenden: 1, inkomna: 1 });
    expect((await waiting(to.url)).map((i) => i.data.beskrivning)).toEqual(['Personalen var mycket vänlig mot min mamma.']);
    const again = await importInto(to, file);
    expect(again.body).toMatchObject({ ok: true, arenden: 0, skipped: 1, inkomna: 0 });
    expect(await waiting(to.url)).toHaveLength(1);
    // The sender's page retries after a lost answer, now reaching the restored server: still one.
    await submit(to.url, 'Personalen var mycket vänlig mot min mamma.');
    expect(await waiting(to.url)).toHaveLength(1);
  });
});
