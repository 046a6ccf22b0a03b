import { smtpSink } from './smtpSink';

// `npm run mail-sink`: a local SMTP server that prints what Kvalitetsflöde sends, for trying the demo
// with e-mail (KF_SMTP_URL=smtp://127.0.0.1:2525 npm start). It keeps nothing on disk.
const port = Number(process.env.KF_MAIL_SINK_PORT ?? 2525);
const sink = await smtpSink({
  port,
  onMail: (m) => console.log(`\n— Till ${m.to.join(', ')} —\n${m.body.trimEnd()}`),
});
console.log(`Test-SMTP lyssnar på ${sink.url} (avsluta med Ctrl-C).`);
process.on('SIGINT', () => void sink.close().then(() => process.exit(0)));
