import type { FastifySchemaValidationError } from 'fastify/types/schema';
import { swedishMessage } from '../../i18n/ajvSwedish';

const PLACES: Record<string, string> = {
  body: 'Förfrågan',
  querystring: 'Adressens parametrar',
  params: 'Adressen',
  headers: 'Förfrågans huvuden',
};

/** Fastify's schema errors in Swedish, naming each field; a claimed actor gets its own explanation. */
export function swedishValidation(errors: readonly FastifySchemaValidationError[], context: string): string[] {
  return errors.map((e) => {
    const params = e.params as Record<string, unknown>;
    const field = params.missingProperty ?? params.additionalProperty;
    const path = `${e.instancePath.replace(/^\//, '').replace(/\//g, '.')}${field ? `${e.instancePath ? '.' : ''}${String(field)}` : ''}`;
    if (e.keyword === 'additionalProperties' && ['actor', 'userId', 'role', 'roles', 'user'].includes(String(field)))
      return (
        `${PLACES[context] ?? 'Förfrågan'} innehåller "${String(field)}". Vem som agerar bestäms av inloggningen, aldrig av det ` +
        `som skickas.`
      );
    if (e.keyword === 'additionalProperties') return `${PLACES[context] ?? 'Förfrågan'} innehåller det okända fältet "${path}".`;
    return `${PLACES[context] ?? 'Förfrågan'}: fältet "${path || '(hela)'}" ${swedishMessage({ keyword: e.keyword, params: e.params })}.`;
  });
}
