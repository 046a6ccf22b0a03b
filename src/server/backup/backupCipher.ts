import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { armor, Decrypter, Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';

/** Who a backup is encrypted to, as the Säkerhetskopia page shows it (public keys only). */
export interface BackupKeys {
  recipients: string[];
  /** A demo key pair the server made itself: anyone with the data folder can read the backups. */
  demoKey: boolean;
  /** Where the demo key's private part is (only with `demoKey`), so the demo can be restored. */
  demoKeyFile?: string;
  /** Why no backup can be made (outside demo mode without `KF_BACKUP_RECIPIENTS`). */
  refusal?: string;
}

export type Opened = { ok: true; text: string } | { ok: false; error: string };

/** Encrypts a backup to the förvaltning's public keys; opens one only with a private key given for that import. */
export interface BackupCipher {
  keys: BackupKeys;
  /** The ASCII-armoured `age` file (`-----BEGIN AGE ENCRYPTED FILE-----`). */
  seal(text: string): Promise<string>;
  open(armoured: string, identity: string): Promise<Opened>;
}

export const NO_RECIPIENTS =
  'Säkerhetskopian togs inte: inga mottagarnycklar är inställda. Driften anger nämndens publika age-nycklar i KF_BACKUP_RECIPIENTS ' +
  '(age1…, åtskilda med kommatecken); bara den som har en av de privata nycklarna kan sedan läsa filen.';

const IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** The cipher for these recipients; with none, a demo server's own demo key pair, and outside demo a refusal. */
export async function backupCipher(opts: { recipients: readonly string[]; demo: boolean; demoKeyFile: string }): Promise<BackupCipher> {
  if (opts.recipients.length) return cipherFor({ recipients: [...opts.recipients], demoKey: false });
  if (!opts.demo) return cipherFor({ recipients: [], demoKey: false, refusal: NO_RECIPIENTS });
  const recipient = await identityToRecipient(await demoIdentity(opts.demoKeyFile));
  return cipherFor({ recipients: [recipient], demoKey: true, demoKeyFile: opts.demoKeyFile });
}

function cipherFor(keys: BackupKeys): BackupCipher {
  // A bad key stops the start here, named, rather than the first export.
  for (const r of keys.recipients) {
    try {
      new Encrypter().addRecipient(r);
    } catch {
      throw new Error(`KF_BACKUP_RECIPIENTS: "${r}" är ingen giltig publik age-nyckel.`);
    }
  }
  return {
    keys,
    async seal(text) {
      if (keys.refusal) throw new Error(keys.refusal);
      const e = new Encrypter();
      for (const r of keys.recipients) e.addRecipient(r);
      return armor.encode(await e.encrypt(text));
    },
    open: openBackup,
  };
}

/** Decrypts with the given private key; every failure is a Swedish reason (the key itself is never repeated). */
export async function openBackup(armoured: string, identity: string): Promise<Opened> {
  const key = identity.trim().toUpperCase();
  if (!IDENTITY.test(key))
    return { ok: false, error: 'Den privata nyckeln har fel form: den ska vara en rad som börjar med AGE-SECRET-KEY-1 (74 tecken).' };
  let bytes: Uint8Array;
  try {
    bytes = armor.decode(armoured.trim());
  } catch {
    return { ok: false, error: 'Filen är inte en krypterad säkerhetskopia (age, -----BEGIN AGE ENCRYPTED FILE-----) eller är avkortad.' };
  }
  const d = new Decrypter();
  d.addIdentity(key);
  try {
    return { ok: true, text: await d.decrypt(bytes, 'text') };
  } catch (e) {
    const message = (e as Error).message;
    if (/no identity matched/i.test(message))
      return { ok: false, error: 'Nyckeln öppnar inte filen: filen är krypterad till andra mottagare än denna privata nyckel.' };
    return { ok: false, error: 'Filen kunde inte dekrypteras: den har ändrats efter krypteringen eller är skadad.' };
  }
}

/** The demo key pair's private part, made once and kept in the data folder (readable by its owner only). */
async function demoIdentity(file: string): Promise<string> {
  try {
    const kept = readFileSync(file, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('AGE-SECRET-KEY-1'));
    if (kept) return kept.trim();
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw e;
  }
  const identity = await generateIdentity();
  mkdirSync(dirname(file), { recursive: true });
  const note = '# Demonyckel för säkerhetskopior (bara för demo: den som når datamappen kan läsa kopiorna).\n';
  writeFileSync(file, `${note}${identity}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return identity;
}
