import type { ArendeEvent } from '../../engine/model/ArendeEvent';

/** Where a lex Sarah bedömning comes from: the decision, SAS's proposal, or the early IVO judgement. */
export type BedomningKalla = 'beslut' | 'forslag' | 'tidig' | 'saknas';

/** IVO: sent (anmäld), being prepared, judged not notifiable, or not yet judged. */
export type IvoStatus = 'anmald' | 'forbereds' | 'ej_anmalningspliktig' | 'ej_bedomd';

/** What the reports read of a lex Sarah ärende (kept on `ArendeFacts.pack`, plain JSON: absent fields are left out). */
export interface LexSarahFacts {
  kind: 'lex-sarah';
  /** `inte_missforhallande` | `missforhallande` | `pataglig_risk`, when judged. */
  klassificering?: string;
  allvarligt?: boolean;
  kalla: BedomningKalla;
  ivo: IvoStatus;
  /** `skickadDatum` of the latest anmalan_skickad step. */
  ivoSkickadDatum?: string;
  /** The first rapport's "Vad hände?" in full (the rubrik is its shortened start); shown masked, see `reportText`. */
  handelse?: string;
}

const field = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;

/** The pack's fact fold over events `from`–`to`: the bedömning (decision, else proposal), IVO and the rapport's händelse. */
export function lexSarahFacts(input: { events: readonly ArendeEvent[]; from?: number; to?: number }): LexSarahFacts {
  let rapport: unknown;
  let forslag: unknown;
  let beslut: unknown;
  let tidig: unknown;
  let skickad: unknown;
  for (let i = input.from ?? 0; i < (input.to ?? input.events.length); i++) {
    const ev = input.events[i]!;
    if (ev.type === 'rapport.submit') rapport ??= ev.stepData;
    else if (ev.type === 'bedomning.submit') forslag = ev.stepData;
    else if (ev.type === 'beslut.submit') beslut = ev.stepData;
    else if (ev.type === 'allvarlighet.bedom') tidig = ev.stepData;
    else if (ev.type === 'anmalan_skickad.submit') skickad = ev.stepData;
  }
  const chosen = beslut ?? forslag;
  const klassificering = field(chosen, 'klassificering');
  let allvarligt = field(chosen, 'allvarligt');
  if (typeof allvarligt !== 'boolean' && field(tidig, 'allvarligt') === true) allvarligt = true;
  const kalla = beslut ? 'beslut' : forslag ? 'forslag' : tidig ? 'tidig' : 'saknas';
  // The IVO track opens on an early "allvarligt" or on a decision saying so (see lex-sarah.v1.json).
  const ivoTrack = field(tidig, 'allvarligt') === true || field(beslut, 'allvarligt') === true;
  const datum = field(skickad, 'skickadDatum');
  const handelse = field(rapport, 'handelse');
  return {
    kind: 'lex-sarah',
    ...(typeof klassificering === 'string' ? { klassificering } : {}),
    ...(typeof allvarligt === 'boolean' ? { allvarligt } : {}),
    kalla,
    ivo: skickad ? 'anmald' : ivoTrack ? 'forbereds' : beslut ? 'ej_anmalningspliktig' : 'ej_bedomd',
    ...(typeof datum === 'string' ? { ivoSkickadDatum: datum } : {}),
    ...(typeof handelse === 'string' && handelse.trim() !== '' ? { handelse } : {}),
  };
}

/** The facts a lex Sarah pack folded, if these are they. */
export function asLexSarahFacts(x: unknown): LexSarahFacts | undefined {
  return x && typeof x === 'object' && (x as LexSarahFacts).kind === 'lex-sarah' ? (x as LexSarahFacts) : undefined;
}
