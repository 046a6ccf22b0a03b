import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per job, so a receiving server can drop a copy resent after a crash mid-send. */
  idempotencyKey: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer, configured by KF_SMTP_URL (e.g. `smtp://user:pass@mail.kommun.se:587`). */
export function smtpMailer(url: string, from: string): Mailer {
  // Timeouts well below the job lease: a hung server must fail the attempt before another instance may retry.
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  } as object);
  return {
    async send(mail) {
      const id = createHash('sha256').update(mail.idempotencyKey).digest('hex').slice(0, 32);
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${id}@kvalitetsflode>` });
    },
    close: () => transport.close(),
  };
}
