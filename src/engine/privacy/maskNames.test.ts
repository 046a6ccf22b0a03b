import { describe, expect, it } from 'vitest';
import { foldText } from './foldText';
import { maskNames } from './maskNames';
import { rapportorNameWarnings } from './rapportorNameWarnings';

const X = '[dold]';

describe('foldText', () => {
  it('folds case and diacritics, and drops invisible characters', () => {
    expect(foldText('ÅSA ÖBERG')).toBe('asa oberg');
    expect(foldText('Åsa Öberg')).toBe(foldText('asa oberg'));
    expect(foldText('Søren Æbelø')).toBe('soren aebelo');
    expect(foldText('An\u200bna')).toBe('anna');
  });
});

describe("maskNames: a person's name wherever and however it is written (issue 21)", () => {
  const anna = maskNames(['Anna Berg'], X, { initials: true });
  const asa = maskNames(['Åsa Öberg'], X, { initials: true });

  it('masks the whole name and each part in any case, with or without diacritics, also in the genitive', () => {
    expect(anna('Jag (Anna Berg) såg att dörren stod öppen.')).toBe(`Jag (${X}) såg att dörren stod öppen.`);
    expect(anna('anna berg larmade, ANNA BERG skrev, Anna  Berg ringde')).toBe(`${X} larmade, ${X} skrev, ${X} ringde`);
    expect(anna('Det var anna som larmade; Annas kollega och Bergs chef')).toBe(`Det var ${X} som larmade; ${X} kollega och ${X} chef`);
    expect(asa('asa oberg, ÅSA ÖBERG, Åsa Öberg, Öbergs, asa')).toBe(`${X}, ${X}, ${X}, ${X}, ${X}`);
    expect(anna('An\u200bna Berg')).toBe(X);
  });

  it('masks a name with one part shortened and, in capitals, the initials', () => {
    expect(anna('Anna B. och A. Berg')).toBe(`${X} och ${X}`);
    expect(anna('Rapporterat av A.B. på kvällen')).toBe(`Rapporterat av ${X} på kvällen`);
    expect(asa('Å.Ö.')).toBe(X);
    // A short "utförd av" field: bare initials too, as people sign.
    for (const [utfordAv, shown] of [
      ['AB', X],
      ['A.B.', X],
      ['A. B.', X],
      ['AB (usk)', `${X} (usk)`],
      ['AB/usk', `${X}/usk`],
      ['usk AB', `usk ${X}`],
    ])
      expect(anna(utfordAv!), utfordAv).toBe(shown);
    expect(asa('ÅÖ')).toBe(X);
    expect(asa('AO')).toBe(X);
  });

  it('leaves other words alone: inside other words, abbreviations in long text, an everyday word in lower case', () => {
    expect(anna('Annika och Bergström, Annabella; bergsklättring')).toBe('Annika och Bergström, Annabella; bergsklättring');
    const long = 'Leverantören AB levererade fel, se avtalet med Kommunen AB och deras rutin för läkemedel och larm.';
    expect(anna(long)).toBe(long);
    expect(anna('Vi gick upp på ett berg.')).toBe('Vi gick upp på ett berg.');
    expect(anna('Vi gick upp på ett Berg.')).toBe(`Vi gick upp på ett ${X}.`);
    const vera = maskNames(['Vera Sund'], X, { initials: true });
    expect(vera('En sund arbetsmiljö, skriven av Sund')).toBe(`En sund arbetsmiljö, skriven av ${X}`);
    expect(maskNames(['Per Hans Lind'], X)('Det kostar 50 kr per timme och hans mat')).toBe('Det kostar 50 kr per timme och hans mat');
  });

  it('does not take the law for the person: lex Sarah and lex Maria stay', () => {
    const mask = maskNames(['Maria Sarah Ek'], X, { initials: true });
    expect(mask('Rapporten enligt lex Sarah och Lex Maria skrevs av Maria')).toBe(
      `Rapporten enligt lex Sarah och Lex Maria skrevs av ${X}`,
    );
  });

  it('masks a name cut short at the end of a shortened text', () => {
    expect(anna('Igår ringde Anna Be…')).toBe(`Igår ringde ${X} ${X}…`);
    expect(anna('Igår ringde An…')).toBe(`Igår ringde ${X}…`);
    expect(anna('Igår ringde Ca…')).toBe('Igår ringde Ca…');
  });

  it('without initials (a staff list) leaves abbreviations, and masks nothing when given no names', () => {
    expect(maskNames(['Anna Berg'], X)('AB och A.B.')).toBe('AB och A.B.');
    expect(maskNames([], X)('Anna Berg')).toBe('Anna Berg');
    expect(maskNames(['A'], X)('A och a')).toBe('A och a');
  });
});

describe('rapportorNameWarnings: her own name in what she writes (issue 21)', () => {
  const schema = {
    properties: {
      handelse: { type: 'string', title: 'Vad hände?' },
      upptacktHur: { type: 'string', title: 'Hur upptäcktes händelsen?' },
      rapportor: { type: 'object', title: 'Rapportör', properties: { namn: { type: 'string', title: 'Namn' } } },
    },
  };

  it('names each free-text field that holds her name however written, never her own name field', () => {
    const warnings = rapportorNameWarnings(
      { handelse: 'Jag (anna berg) såg det', upptacktHur: 'Vid kvällsbesöket', rapportor: { namn: 'Anna Berg' } },
      'Anna Berg',
      schema,
    );
    expect(warnings).toEqual([
      {
        pointer: '/handelse',
        label: 'Vad hände?',
        message:
          '"Vad hände?" innehåller ditt namn. Rapportörens namn visas inte för alla som läser ärendet och döljs då också i ' +
          'texten – skriv hellre "jag" eller "rapportören".',
      },
    ]);
    expect(rapportorNameWarnings({ handelse: 'Jag såg det', rapportor: { namn: 'Anna Berg' } }, 'Anna Berg', schema)).toEqual([]);
  });

  it("warns the one registering an oral rapport about the rapportör's name, not her own", () => {
    const data = { handelse: 'asa oberg ringde; mottaget av Erik Holm', rapportor: { namn: 'Åsa Öberg' } };
    expect(rapportorNameWarnings(data, 'Erik Holm', schema).map((w) => w.message)).toEqual([
      expect.stringContaining('"Vad hände?" innehåller rapportörens namn (Åsa Öberg).'),
    ]);
    expect(rapportorNameWarnings({ ...data, handelse: 'Mottaget av Erik Holm' }, 'Erik Holm', schema)).toEqual([]);
  });
});
