import { readFileSync } from 'node:fs';
import { armor, Decrypter, Encrypter, identityToRecipient } from 'age-encryption';
import type { EncryptedBackup } from '../../src/api/contract';
import type { BackupFile } from '../../src/engine/index';
import type { RunningServer } from '../../src/server/startServer';

/** The private part of a demo server's own backup key (in its data folder): what the förvaltning would hold offline. */
export function demoIdentityOf(server: RunningServer): string {
  const path = server.context.server.backup.keys.demonyckelFil;
  if (!path) throw new Error('Servern har ingen demonyckel.');
  return readFileSync(path, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('AGE-SECRET-KEY-1'))!;
}

/** The signed backup inside an export, opened with the private key. */
export async function opened(exported: Pick<EncryptedBackup, 'sakerhetskopia'>, identity: string): Promise<BackupFile> {
  const d = new Decrypter();
  d.addIdentity(identity);
  return JSON.parse(await d.decrypt(armor.decode(exported.sakerhetskopia), 'text')) as BackupFile;
}

/** A (changed) backup encrypted again to the same key pair: anyone with the public key can do this, so it proves nothing. */
export async function sealedFor(file: BackupFile, identity: string): Promise<string> {
  const e = new Encrypter();
  e.addRecipient(await identityToRecipient(identity));
  return armor.encode(await e.encrypt(JSON.stringify(file)));
}

/** Exports from a running server as the administratör and opens the file. */
export async function exportFrom(
  server: RunningServer,
  headers: Record<string, string>,
): Promise<{ exported: EncryptedBackup; file: BackupFile; identity: string }> {
  const r = await fetch(`${server.url}/api/backup`, { headers });
  if (r.status !== 200) throw new Error(`Exporten misslyckades: ${r.status} ${await r.text()}`);
  const exported = (await r.json()) as EncryptedBackup;
  const identity = demoIdentityOf(server);
  return { exported, file: await opened(exported, identity), identity };
}
