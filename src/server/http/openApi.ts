import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

/** Where the kommun's integrators read the API description (generated from the routes' own schemas in src/api/wire). */
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * Collects every route's schemas as it is registered (so it must come before the routes) and serves the
 * OpenAPI 3 description. It describes shapes only: no example, no person, no ärende.
 */
export async function openApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Kvalitetsflöde API',
        version: '1',
        description:
          'Kvalitetsflödes HTTP-API: rapporter, ärenden och deras steg, listor, rapporter, organisationen och inloggning. ' +
          'Allt under /api utom inloggning, hälsokontroll och det öppna formuläret kräver en session (cookie kf_session); ' +
          'ändrande anrop kräver huvudet x-kvalitetsflode: 1. Vem som agerar bestäms alltid av sessionen, aldrig av det som skickas. ' +
          'Fel besvaras som { error: { code, message } } med ett svenskt meddelande.',
      },
    },
  });
  app.get(OPENAPI_PATH, { schema: { summary: 'Den här beskrivningen av API:t (OpenAPI 3)' } }, async () => app.swagger());
}
