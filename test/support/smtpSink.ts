import { SMTPServer } from 'smtp-server';
import { freePort } from './serverProcess';

export interface ReceivedMail {
  to: string[];
  messageId: string | undefined;
  /** Headers and body as received, the body decoded (quoted-printable or base64) to text. */
  raw: string;
  body: string;
}

function decodeBody(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const soft = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i++) {
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
        bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** A real SMTP server on localhost that keeps what it receives; `down` makes it refuse every connection. */
export async function smtpSink(
  opts: { port?: number; onMail?: (mail: ReceivedMail) => void } = {},
): Promise<{ url: string; mails: ReceivedMail[]; setDown(down: boolean): void; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  let down = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      if (down) callback(Object.assign(new Error('Tjänsten är nere'), { responseCode: 421 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const messageId = /^message-id:\s*(.+)$/im.exec(raw)?.[1]?.trim();
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), messageId, raw, body: decodeBody(raw).replace(/\r\n/g, '\n') };
        mails.push(mail);
        opts.onMail?.(mail);
        callback();
      });
    },
  });
  const port = opts.port ?? (await freePort());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    setDown: (d) => (down = d),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The environment of a demo server on a test database that mails through a sink: fast polling, sweeps only by hand
 * (the timer would only add noise).
 */
export function mailingServerEnv(databaseUrl: string, keyFile: string, smtpUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    KF_DEMO: '1',
    KF_DEMO_ARENDEN: '0',
    PORT: '0',
    KF_SIGNING_KEY_FILE: keyFile,
    KF_SMTP_URL: smtpUrl,
    KF_MAIL_FROM: 'Kvalitetsflöde <noreply@storstad.example>',
    KF_PUBLIC_URL: 'https://kvalitet.storstad.example',
    KF_MAIL_POLL_SECONDS: '0.05',
    KF_NOTIFY_SWEEP_SECONDS: '3600',
  };
}
