import type { Backend, ReportOutcome } from '../../api/Backend';
import { BackendError } from '../../api/Backend';
import type { ProcessCatalog, SchemaValidator } from '../../engine/internal';
import type { OpenDb } from '../dexie/KvalitetsDb';
import { httpAdmin } from './httpAdmin';
import { httpArenden, sendReport } from './httpArenden';
import { httpOutbox } from './httpOutbox';
import { httpRegistry } from './httpRegistry';
import { httpSession } from './httpSession';
import { liveStream } from './liveStream';
import { OFFLINE } from './request';

/** The browser's Backend over HTTP, with who is signed in (drafts are saved as theirs) and the editor's verifier's load. */
export type HttpBackend = Backend & { readonly signedInUserId: string | undefined; loadVerifier(): Promise<void> };

/**
 * The browser's side of the API, composed of its parts: the session, the definitions' registry, ärenden and
 * reports, what holds no state (organisation, backups, notifications), the outbox and the live stream.
 */
export function createHttpBackend(catalog: ProcessCatalog, validator: SchemaValidator, db: OpenDb, now: () => string): HttpBackend {
  const live = liveStream();
  const definitions = httpRegistry(catalog, validator);
  const session = httpSession(
    db,
    async (defs) => {
      if (defs) definitions.registerAll(defs);
      else await definitions.refreshDefinitions();
      void outbox.flush();
    },
    () => live.close(),
  );
  const { outbox, queue } = httpOutbox(db, session.userId, sendReport);
  if (typeof window !== 'undefined') window.addEventListener('online', () => void outbox.flush());

  /** A new rapport: sent now, or kept in the outbox when the server cannot be reached (same `arendeId` later). */
  async function report(processType: string, enhetId: string, data: unknown): Promise<ReportOutcome> {
    const body = { processType, enhetId, data, arendeId: `arende:${crypto.randomUUID()}` };
    try {
      return await sendReport(body);
    } catch (e) {
      const user = session.userId();
      if (!(e instanceof BackendError) || e.code !== OFFLINE || !user) throw e;
      await queue(user, body, now());
      return { ok: false, queued: true, arendeId: body.arendeId };
    }
  }

  const { userId: _userId, ...sessionCalls } = session;
  const { registerAll: _registerAll, ...definitionCalls } = definitions;
  return {
    ...sessionCalls,
    ...definitionCalls,
    ...httpArenden(definitions),
    ...httpAdmin,
    report,
    outbox,
    subscribe: (onChange: (arendeId: string, seq?: number) => void) => live.subscribe(onChange),
    get signedInUserId() {
      return session.userId();
    },
  };
}
