import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armor, generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import type { BackupKeys, EncryptedBackup } from '../../src/api/contract';
import type { ImportResult } from '../../src/engine/index';
import { backupCipher, NO_RECIPIENTS } from '../../src/server/backup/backupCipher';
import { encryptedBackups } from '../../src/server/backup/encryptedBackups';
import { readBackupRecipients } from '../../src/server/config';
import { ANNA, memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { opened, sealedFor } from '../support/backupFiles';
import { example } from '../support/world';

/** A server with one lex Sarah rapport by Anna, and its export (encrypted to the server's test key pair). */
async function withExport(): Promise<{ s: MemoryServer; exported: EncryptedBackup }> {
  const s = await memoryServer();
  await postAs(s, 'user:anna', '/api/arenden', {
    processType: 'lex-sarah',
    enhetId: 'enhet:solgarden',
    data: example('lex-sarah-rapport-2'),
  });
  const res = await s.app.inject({ method: 'GET', url: '/api/backup', headers: await s.as('user:adam') });
  expect(res.statusCode, res.body).toBe(200);
  return { s, exported: JSON.parse(res.body) as EncryptedBackup };
}

async function importInto(s: MemoryServer, payload: unknown): Promise<{ status: number; body: ImportResult }> {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/backup/import',
    headers: await s.as('user:adam'),
    payload: payload as Record<string, unknown>,
  });
  return { status: res.statusCode, body: JSON.parse(res.body) as ImportResult };
}

const arendenIn = async (s: MemoryServer) => (await s.engine.summaries({})).length;

describe('backups encrypted to the förvaltning’s age keys', () => {
  it('cannot be read without the private key: no rapportör name, not JSON, an age file', async () => {
    const { s, exported } = await withExport();
    expect(exported).toMatchObject({ demonyckel: false, mottagare: 1, arenden: 1, definitioner: expect.any(Number) });
    expect(exported.filnamn).toMatch(/^kvalitetsflode-\d{4}-\d{2}-\d{2}\.age$/);
    expect(exported.sakerhetskopia.startsWith('-----BEGIN AGE ENCRYPTED FILE-----')).toBe(true);
    expect(exported.sakerhetskopia).not.toContain(ANNA.namn);
    expect(exported.sakerhetskopia).not.toContain('lex-sarah');
    expect(() => JSON.parse(exported.sakerhetskopia) as unknown).toThrow();
    // The private key opens it: inside is the whole record, Anna's rapport too.
    const file = await opened(exported, s.backupIdentity);
    expect(JSON.stringify(file.events)).toContain(ANNA.namn);
  });

  it('restores into another server with the right key, and once only', async () => {
    const { s, exported } = await withExport();
    const fresh = await memoryServer();
    const r = await importInto(fresh, { sakerhetskopia: exported.sakerhetskopia, nyckel: s.backupIdentity });
    expect(r).toMatchObject({ status: 200, body: { ok: true, arenden: 1 } });
    expect(await arendenIn(fresh)).toBe(1);
    expect((await importInto(fresh, { sakerhetskopia: exported.sakerhetskopia, nyckel: s.backupIdentity })).body).toMatchObject({
      ok: true,
      arenden: 0,
      skipped: 1,
    });
  });

  it('refuses another key, a tampered file, a missing or malformed key and garbage, in Swedish, writing nothing', async () => {
    const { s, exported } = await withExport();
    const fresh = await memoryServer();
    const bytes = armor.decode(exported.sakerhetskopia);
    bytes[bytes.length - 20]! ^= 1;
    const tampered = armor.encode(bytes);
    const cases: [unknown, RegExp][] = [
      [{ sakerhetskopia: exported.sakerhetskopia, nyckel: await generateIdentity() }, /krypterad till andra mottagare/],
      [{ sakerhetskopia: tampered, nyckel: s.backupIdentity }, /har ändrats efter krypteringen/],
      [{ sakerhetskopia: exported.sakerhetskopia }, /Ange den privata nyckeln/],
      [{ sakerhetskopia: exported.sakerhetskopia, nyckel: 'AGE-SECRET-KEY-1FEL' }, /fel form/],
      [{ sakerhetskopia: 'inte en fil', nyckel: s.backupIdentity }, /inte en krypterad säkerhetskopia/],
    ];
    for (const [payload, reason] of cases) {
      const r = await importInto(fresh, payload);
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ ok: false, errors: [expect.stringMatching(reason)] });
      expect((r.body as { errors: string[] }).errors[0]).toMatch(/Inget har importerats\.$/);
      // The key is never repeated back (nor, so, logged with the answer).
      expect(JSON.stringify(r.body)).not.toContain(s.backupIdentity);
    }
    expect(await arendenIn(fresh)).toBe(0);
  });

  it('still takes an older plain file, and a changed one re-encrypted to the same public key is checked as before', async () => {
    const { s, exported } = await withExport();
    const file = await opened(exported, s.backupIdentity);
    const fresh = await memoryServer();
    (file.events[0]!.stepData as Record<string, unknown>).handelse = 'Något annat hände.';
    // Encryption is not authentication: anyone with the public key can seal a file; the checks inside still refuse it.
    const forged = await importInto(fresh, { sakerhetskopia: await sealedFor(file, s.backupIdentity), nyckel: s.backupIdentity });
    expect(forged).toMatchObject({ status: 422, body: { ok: false } });
    expect(await arendenIn(fresh)).toBe(0);
    const plain = await importInto(fresh, await opened(exported, s.backupIdentity));
    expect(plain).toMatchObject({ status: 200, body: { ok: true, arenden: 1 } });
  });

  it('shows the recipients, and outside demo mode without any refuses the export naming the setting', async () => {
    const s = await memoryServer();
    const adam = await s.as('user:adam');
    const keys = JSON.parse((await s.app.inject({ method: 'GET', url: '/api/backup/nycklar', headers: adam })).body) as BackupKeys;
    expect(keys).toEqual({ mottagare: [expect.stringMatching(/^age1/)], demonyckel: false });
    s.ctx.backup = encryptedBackups(
      { exportAll: () => s.engine.exportBackup(), importFile: (f) => s.engine.importBackup(f) },
      await backupCipher({ recipients: [], demo: false, demoKeyFile: '' }),
    );
    const res = await s.app.inject({ method: 'GET', url: '/api/backup', headers: adam });
    expect(res.statusCode).toBe(409);
    expect(JSON.parse(res.body).error.message).toBe(NO_RECIPIENTS);
    expect(NO_RECIPIENTS).toContain('KF_BACKUP_RECIPIENTS');
  });
});

describe('the backup keys', () => {
  it('makes a demo key pair once, readable by its owner only, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-demonyckel-'));
    try {
      const demoKeyFile = join(dir, 'sakerhetskopia-demonyckel.txt');
      const first = await backupCipher({ recipients: [], demo: true, demoKeyFile });
      const again = await backupCipher({ recipients: [], demo: true, demoKeyFile });
      expect(first.keys).toMatchObject({ demoKey: true, demoKeyFile });
      expect(again.keys.recipients).toEqual(first.keys.recipients);
      expect(statSync(demoKeyFile).mode & 0o777).toBe(0o600);
      const identity = readFileSync(demoKeyFile, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('AGE-SECRET-KEY-1'))!;
      const sealed = await first.seal('{"hej":1}');
      expect(await again.open(sealed, identity)).toEqual({ ok: true, text: '{"hej":1}' });
      const s = encryptedBackups({ exportAll: async () => ({}) as never, importFile: async () => ({}) as never }, first);
      expect(s.keys).toEqual({ mottagare: first.keys.recipients, demonyckel: true, demonyckelFil: demoKeyFile });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads KF_BACKUP_RECIPIENTS as comma-separated age1 keys and stops at anything else, naming it', async () => {
    const a = await identityToRecipient(await generateIdentity());
    expect(readBackupRecipients(` ${a} , ${a}`)).toEqual([a, a]);
    expect(readBackupRecipients(undefined)).toEqual([]);
    expect(() => readBackupRecipients(`${a},ssh-ed25519 AAAA`)).toThrow(
      /KF_BACKUP_RECIPIENTS: "ssh-ed25519 AAAA" är ingen publik age-nyckel/,
    );
    await expect(
      backupCipher({ recipients: [`${a.slice(0, -1)}${a.endsWith('q') ? 'p' : 'q'}`], demo: false, demoKeyFile: '' }),
    ).rejects.toThrow(/KF_BACKUP_RECIPIENTS: .* ingen giltig publik age-nyckel/);
  });
});
