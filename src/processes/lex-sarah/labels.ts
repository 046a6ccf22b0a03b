import type { IvoStatus, LexSarahFacts } from './facts';

/** Titles of the lex Sarah klassificering (same in the bedömning and beslut forms). */
export const KLASSIFICERING_LABELS: Readonly<Record<string, string>> = {
  inte_missforhallande: 'Inte ett missförhållande',
  missforhallande: 'Missförhållande',
  pataglig_risk: 'Påtaglig risk för missförhållande',
};

export const IVO_LABELS: Readonly<Record<IvoStatus, string>> = {
  anmald: 'Ja',
  forbereds: 'Nej – anmälan förbereds',
  ej_anmalningspliktig: 'Nej',
  ej_bedomd: 'Nej – inte bedömt än',
};

/** A short Swedish text for a lex Sarah bedömning, e.g. "Missförhållande, allvarligt (förslag)". */
export function bedomningText(f: Pick<LexSarahFacts, 'klassificering' | 'allvarligt' | 'kalla'>): string {
  if (f.kalla === 'saknas') return 'Inte bedömd';
  if (f.kalla === 'tidig') return 'Bedömd som allvarlig, beslut saknas';
  const klass = f.klassificering ? (KLASSIFICERING_LABELS[f.klassificering] ?? f.klassificering) : 'Klassificering saknas';
  const allvar =
    f.klassificering === 'inte_missforhallande' || f.allvarligt === undefined ? '' : f.allvarligt ? ', allvarligt' : ', inte allvarligt';
  return `${klass}${allvar}${f.kalla === 'forslag' ? ' (förslag, beslut saknas)' : ''}`;
}
