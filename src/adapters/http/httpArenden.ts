import type { ArendeOnClient, ReportOutcome, Saved, SubmitOutcome } from '../../api/Backend';
import { BackendError } from '../../api/Backend';
import type { ReadingReason } from '../../api/readingOutside';
import type {
  ArendeView,
  CommandAnswer,
  CommandRequest,
  ErsattareRequest,
  InboxRequest,
  IntakeItemView,
  IntakeRegisterRequest,
  JavRequest,
  KvalitetsberattelseAnswer,
  KvalitetsberattelseRequest,
  ListAnswer,
  ListQuery,
  PublicIntakeInfo,
  PublicIntakeRequest,
  ReadingReasonRequest,
  ReportRequest,
} from '../../api/contract';
import type { Static } from 'typebox';
import type { UrvalAnswerSchema, UrvalBody } from '../../api/wire/reportSchemas';
import type { RoleId } from '../../engine/internal';
import { replay, replayMore } from '../../engine/internal';
import type { HttpRegistry } from './httpRegistry';
import { request } from './request';

const enc = encodeURIComponent;
type Sent = Exclude<ReportOutcome, { queued: true }>;

/** A command's answer as the UI takes it: the list row, or the server's refusal (403, 409 and 422 are answers, not failures). */
const outcome = (r: CommandAnswer): SubmitOutcome => {
  if (!r.ok) return { ok: false, rejection: r.rejection };
  const { summary, linked, events, options, jav } = r;
  return {
    ok: true,
    summary,
    ...(linked ? { linked } : {}),
    ...(events ? { events } : {}),
    ...(options ? { options } : {}),
    ...(jav ? { jav } : {}),
  };
};

/** A 404 is "not there, or not yours" (the server does not say which): null, not an error. */
async function orNull<T>(answer: Promise<T>): Promise<T | null> {
  try {
    return await answer;
  } catch (e) {
    if (e instanceof BackendError && e.status === 404) return null;
    throw e;
  }
}

/**
 * The shown ärende with a save's new events replayed onto it (the same replay `arende` runs over the whole log). Null
 * when the answer lacks them or they do not follow on what is shown, or a version moves it: then it is read again.
 */
function advance(definitions: HttpRegistry, current: ArendeOnClient, saved: Saved): ArendeOnClient | null {
  const { events, options } = saved;
  if (!events?.length || !options || events[0]!.seq !== current.state.events.length) return null;
  if (events.some((e) => e.type === 'arende.migrera')) return null;
  const result = replayMore(current.state, events, { resolve: (id, v) => definitions.registry.get(id, v) });
  if (!result.ok) return null;
  return { state: result.state, summary: saved.summary, options, ...(saved.jav ? { jav: saved.jav } : {}) };
}

export const sendReport = async (body: ReportRequest & { arendeId: string }): Promise<Sent> => {
  const r = await request<CommandAnswer>('POST', '/api/arenden', body, [403, 404, 409, 422]);
  return r.ok ? { ok: true, summary: r.summary } : { ok: false, rejection: r.rejection };
};

/** Ärenden over HTTP: steps and commands, one ärende's log replayed here to render it, lists, what came in, reports. */
export function httpArenden(definitions: HttpRegistry) {
  const command = async (arendeId: string, path: string, body: CommandRequest | JavRequest | ErsattareRequest): Promise<SubmitOutcome> =>
    outcome(await request<CommandAnswer>('POST', `/api/arenden/${enc(arendeId)}/${path}`, body, [403, 409, 422]));

  return {
    submit: (arendeId: string, type: string, data: unknown, expectedSeq: number) =>
      command(arendeId, 'commands', { type, data, expectedSeq, view: true }),
    declareJav: (arendeId: string, motivering: string, expectedSeq: number) => command(arendeId, 'jav', { motivering, expectedSeq }),
    appointErsattare: (arendeId: string, input: { userId: string; role: RoleId; motivering: string }, expectedSeq: number) =>
      command(arendeId, 'ersattare', { ...input, expectedSeq }),

    async readOutside(arendeId: string, reason: ReadingReason, text?: string): Promise<void> {
      await request('POST', `/api/arenden/${enc(arendeId)}/skal`, {
        skal: reason,
        ...(text?.trim() ? { text: text.trim() } : {}),
      } satisfies ReadingReasonRequest);
    },

    async arende(arendeId: string, opts: { utskrift?: string } = {}): Promise<ArendeOnClient | null> {
      const view = await orNull(
        request<ArendeView>('GET', `/api/arenden/${enc(arendeId)}${opts.utskrift ? `?utskrift=${enc(opts.utskrift)}` : ''}`),
      );
      if (!view) return null;
      const open = view.events[0]?.stepData as { definitionId?: string; definitionVersion?: number } | undefined;
      const pinned = () => definitions.registry.get(String(open?.definitionId), Number(open?.definitionVersion));
      // A version published since this tab started is fetched on first need.
      if (!pinned() || view.events.some((e) => e.type === 'arende.migrera')) await definitions.refreshDefinitions();
      const loaded = pinned();
      if (!loaded) throw new BackendError(`Processversionen för ärendet ${arendeId} finns inte.`, 500, 'integrity');
      const result = replay(loaded, view.events, { resolve: (id, v) => definitions.registry.get(id, v) });
      if (!result.ok) throw new BackendError(`Ärendet kunde inte visas: händelse ${result.seq}: ${result.reason}`, 500, 'integrity');
      return { state: result.state, summary: view.summary, options: view.options, ...(view.jav ? { jav: view.jav } : {}) };
    },

    advance: (current: ArendeOnClient, saved: Saved) => advance(definitions, current, saved),

    list: (query: ListQuery, withTotal = false): Promise<ListAnswer> =>
      request<ListAnswer>('POST', '/api/arenden/list', { query, ...(withTotal ? { withTotal } : {}) }),
    inbox: (opts: InboxRequest): Promise<ListAnswer> => request<ListAnswer>('POST', '/api/inbox', opts),

    publicIntakeInfo: (processType: string): Promise<PublicIntakeInfo> => request('GET', `/api/offentlig/${enc(processType)}`),
    async submitPublic(processType: string, enhetId: string, data: Record<string, unknown>, idempotencyKey: string): Promise<void> {
      await request('POST', `/api/offentlig/${enc(processType)}`, { enhetId, data, idempotencyKey } satisfies PublicIntakeRequest);
    },
    intake: (): Promise<IntakeItemView[]> => request('GET', '/api/inkomna'),
    intakeItem: (id: string): Promise<(IntakeItemView & { registeredArendeId?: string }) | null> =>
      orNull(request('GET', `/api/inkomna/${enc(id)}`)),
    async registerIntake(id: string, data: Record<string, unknown>, enhetId?: string): Promise<Sent> {
      const body = { data, ...(enhetId ? { enhetId } : {}) } satisfies IntakeRegisterRequest;
      const r = await request<CommandAnswer>('POST', `/api/inkomna/${enc(id)}/registrera`, body, [403, 404, 409, 422]);
      return r.ok ? { ok: true, summary: r.summary } : { ok: false, rejection: r.rejection };
    },

    kvalitetsberattelse: (body: KvalitetsberattelseRequest): Promise<KvalitetsberattelseAnswer> =>
      request('POST', '/api/reports/kvalitetsberattelse', body),
    urval: async (body: KvalitetsberattelseRequest, ref: string): Promise<readonly string[]> =>
      (
        await request<Static<typeof UrvalAnswerSchema>>('POST', '/api/reports/urval', { request: body, ref } satisfies Static<
          typeof UrvalBody
        >)
      ).arendeIds,
  };
}
