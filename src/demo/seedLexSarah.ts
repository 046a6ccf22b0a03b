import type { DemoSeeder } from './demoSeeder';

/** The demo people who send lex Sarah rapporter, as the rapport names them. */
const REPORTERS = {
  anna: { rapportor: { namn: 'Anna Berg', befattning: 'Undersköterska', anvandarId: 'user:anna' } },
  erik: { rapportor: { namn: 'Erik Holm', befattning: 'Enhetschef', anvandarId: 'user:erik' } },
};

/** A lex Sarah ärende taken through its first `until` steps. */
async function lexSarah(s: DemoSeeder, enhet: string, until: number, opts: { allvarligt?: boolean } = {}): Promise<string> {
  const { ex, happenedNow } = s;
  const reporter = enhet === 'enhet:solgarden' ? REPORTERS.anna : REPORTERS.erik;
  const id = await s.open('lex-sarah', enhet, reporter.rapportor.anvandarId);
  // The rapportör is whoever sends it; an oral rapport (every other one) names her as its receiver.
  const oral = s.count % 2 === 1;
  const who = oral
    ? { mottagenAv: { namn: reporter.rapportor.namn, titel: reporter.rapportor.befattning } }
    : { rapportor: reporter.rapportor };
  const rapport = { handelseTidpunkt: happenedNow().at, upptacktTidpunkt: happenedNow().at, ...who };
  const bedomning = { klassificering: 'missforhallande', allvarligt: opts.allvarligt ?? false };
  const plan: [string, string, unknown][] = [
    ['rapport.submit', reporter.rapportor.anvandarId, ex('lex-sarah-rapport-2', rapport, s.count % 2)],
    ['omedelbara_atgarder.submit', 'user:erik', ex('lex-sarah-omedelbara-atgarder')],
    ['registrering.submit', 'user:sara', ex('lex-sarah-registrering')],
    ['utredning.submit', 'user:sara', ex('lex-sarah-utredning')],
    ['bedomning.submit', 'user:sara', ex('lex-sarah-bedomning', bedomning)],
    ['beslut.submit', 'user:fredrik', ex('lex-sarah-beslut', bedomning)],
  ];
  for (const [type, user, data] of plan.slice(0, until)) await s.step(id, user, type, data);
  return id;
}

/** Lex Sarah in different states: at omedelbara åtgärder, in utredning, anmäld to IVO, with åtgärder followed up, closed. */
export async function seedLexSarah(s: DemoSeeder): Promise<void> {
  const { ex, step } = s;
  await lexSarah(s, 'enhet:solgarden', 1);
  await lexSarah(s, 'enhet:hemtjanst-norr', 3);
  const ivo = await lexSarah(s, 'enhet:solgarden', 6, { allvarligt: true });
  await step(ivo, 'user:sara', 'anmalan_ivo.submit', ex('lex-sarah-anmalan-ivo', { utredningBifogas: false }));
  const followUp = await lexSarah(s, 'enhet:solgarden', 6);
  await step(followUp, 'user:erik', 'atgarder.submit', ex('lex-sarah-atgarder'));
  const [first, second] = await s.atgarder(followUp);
  await step(followUp, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: first!.id }));
  await step(followUp, 'user:sara', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: first!.id }));
  await step(followUp, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: second!.id }));
  const closed = await lexSarah(s, 'enhet:hemtjanst-norr', 6);
  await step(closed, 'user:erik', 'atgarder.submit', ex('lex-sarah-atgarder'));
  for (const a of await s.atgarder(closed)) {
    await step(closed, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: a.id }));
    await step(closed, 'user:sara', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: a.id }));
  }
  await step(closed, 'user:sara', 'uppfoljning.submit', ex('lex-sarah-uppfoljning'));
  await step(closed, 'user:sara', 'avslut.submit', ex('lex-sarah-avslut'));
}
