// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupKeys } from '../../api/contract';
import { renderSignedIn, testBackend } from '../../../test/support/uiServices';
import { Backup } from './Backup';

afterEach(cleanup);

const IDENTITY = `AGE-SECRET-KEY-1${'Q'.repeat(58)}`;
const armoured = '-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n';

function page(keys: BackupKeys, imported: unknown[] = []) {
  renderSignedIn(<Backup />, {
    userId: 'user:adam',
    backend: testBackend({
      backupKeys: async () => keys,
      async importBackup(body) {
        imported.push(body);
        return { ok: true, arenden: 1, events: 3, definitions: 0, skipped: 0 };
      },
    }),
  });
}

const choose = (text: string, name: string) =>
  fireEvent.change(screen.getByLabelText(/^Välj säkerhetskopia/), { target: { files: [new File([text], name)] } });

describe('Backup', () => {
  it('says a demo key is used and where its private part is', async () => {
    page({ mottagare: ['age1demo'], demonyckel: true, demonyckelFil: '/data/sakerhetskopia-demonyckel.txt' });
    expect((await screen.findByText(/^Demonyckel:/)).textContent).toContain('/data/sakerhetskopia-demonyckel.txt');
    expect((screen.getByRole('button', { name: 'Exportera säkerhetskopia' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('refuses to export without recipients, naming the setting', async () => {
    page({ mottagare: [], demonyckel: false, hinder: 'Inga mottagarnycklar: ange KF_BACKUP_RECIPIENTS.' });
    await screen.findByText(/KF_BACKUP_RECIPIENTS/);
    expect((screen.getByRole('button', { name: 'Exportera säkerhetskopia' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends an encrypted file with the key given, then forgets the key; a plain file goes as JSON; no key, nothing sent', async () => {
    const imported: unknown[] = [];
    page({ mottagare: ['age1x', 'age1y'], demonyckel: false }, imported);
    await screen.findByText(/krypteras till 2 publika nycklar/);
    choose(armoured, 'kvalitetsflode.age');
    await screen.findByText(/ange den privata nyckeln/);
    expect(imported).toEqual([]);
    const key = screen.getByLabelText(/^Privat nyckel/) as HTMLInputElement;
    expect(key.type).toBe('password');
    fireEvent.change(key, { target: { value: IDENTITY } });
    choose(armoured, 'kvalitetsflode.age');
    await screen.findByText(/^Importen är klar: 1 ärende/);
    expect(imported).toEqual([{ sakerhetskopia: armoured, nyckel: IDENTITY }]);
    await waitFor(() => expect(key.value).toBe(''));
    choose('{"format":"kvalitetsflode-backup"}', 'gammal.json');
    await waitFor(() => expect(imported).toHaveLength(2));
    expect(imported[1]).toEqual({ format: 'kvalitetsflode-backup' });
  });
});
