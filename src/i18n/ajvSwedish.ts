import type { ErrorObject } from 'ajv';

/** The error fields the Swedish text needs: Ajv's own errors and RJSF's transformed ones both have them. */
export type KeywordError = Pick<ErrorObject, 'keyword' | 'params'>;
import localizeSv from 'ajv-i18n/localize/sv';

const FORMATS: Record<string, string> = {
  date: 'ett datum (ÅÅÅÅ-MM-DD)',
  'date-time': 'en tidpunkt (datum och klockslag)',
  email: 'en e-postadress',
  time: 'ett klockslag',
};

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  integer: 'ett heltal',
  boolean: 'ja eller nej',
  object: 'ett objekt',
  array: 'en lista',
};

/** Plain Swedish for the keywords users meet; ajv-i18n's Swedish (some of it English) only as fallback. */
export function swedishMessage(error: KeywordError): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'måste fyllas i';
    case 'minLength':
      return p.limit === 1 ? 'får inte vara tomt' : `måste ha minst ${String(p.limit)} tecken`;
    case 'maxLength':
      return `får ha högst ${String(p.limit)} tecken`;
    case 'minItems':
      return p.limit === 1 ? 'måste ha minst en rad' : `måste ha minst ${String(p.limit)} rader`;
    case 'maxItems':
      return p.limit === 0 ? 'ska vara tom här' : `får ha högst ${String(p.limit)} rader`;
    case 'minimum':
      return `måste vara minst ${String(p.limit)}`;
    case 'maximum':
      return `får vara högst ${String(p.limit)}`;
    case 'format':
      return `måste vara ${FORMATS[p.format as string] ?? `i formatet ${String(p.format)}`}`;
    case 'type':
      return `måste vara ${TYPES[p.type as string] ?? String(p.type)}`;
    case 'enum':
    case 'oneOf':
    case 'anyOf':
      return 'har ett värde som inte finns bland alternativen';
    case 'const':
      return `måste vara ${p.allowedValue === true ? 'ikryssad (ja)' : p.allowedValue === false ? 'nej' : JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return 'har fel format (skriv inte personnummer eller namn – använd referens)';
    case 'additionalProperties':
      return `innehåller uppgiften "${String(p.additionalProperty)}", som inte hör till formuläret`;
    case 'uniqueItems':
      return 'innehåller samma värde två gånger';
    case 'not':
      return 'har ett värde som inte är tillåtet här';
    default: {
      const copy = { ...error, instancePath: '', schemaPath: '' } as ErrorObject;
      localizeSv([copy]);
      return copy.message && !/[a-z]+ schema/.test(copy.message) ? copy.message : 'har ett ogiltigt värde';
    }
  }
}
