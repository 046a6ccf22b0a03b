import { may } from '../../api/access';
import type { KvalitetsberattelseRequest } from '../../api/contract';
import type { Actor, Kvalitetsberattelse, Organisation } from '../../engine/internal';
import { categoryLabels, kvalitetsberattelse, yearsWithData } from '../../engine/internal';
import { ApiFailure, forbidden } from '../http/apiError';
import type { ServerContext } from '../ServerContext';
import { figureAt } from './figureRefs';
import { factsInScope, readerScope } from './readerScope';
import { reportFactsCache } from './reportFactsCache';
import { factsInWindow } from './reportWindow';
import { maskedTexts } from './maskedTexts';
import type { ReportFactsCache } from './reportFactsCache';

/** Reports remembered per instance: a few readers' reaches and periods at once. */
const REMEMBERED = 8;
/** A remembered report holds this long at most ("försenad nu" moves with the clock); a change to any ärende ends it at once. */
const HOLD_MS = 60_000;
/** The comparison years a report shows when the request names none (as `kvalitetsberattelse`). */
const DEFAULT_JAMFORELSER = 2;

export interface ReportService {
  /** The reader's kvalitetsberättelse: her report roles' enheter only; the same report again until an ärende changes. */
  report(actor: Actor, org: Organisation, request: KvalitetsberattelseRequest): Promise<Kvalitetsberattelse>;
  /**
   * The ärenden behind one figure of that report (the last computed while it holds: the one clicked in, not recounted after
   * every change), or a Swedish 404 when the report has no such figure.
   */
  figureIds(actor: Actor, org: Organisation, request: KvalitetsberattelseRequest, ref: string): Promise<readonly string[]>;
}

/** A calendar day that exists (the schema checks only its shape: 2026-13-45 would pass). */
const isRealDate = (date: string) => !Number.isNaN(Date.parse(date)) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

function checked(actor: Actor, request: KvalitetsberattelseRequest): void {
  if (!may(actor, 'reports')) throw forbidden('Rapporterna är till för SAS, förvaltningschef och processägare.');
  for (const date of [request.period.from, request.period.to])
    if (!isRealDate(date))
      throw new ApiFailure(400, 'invalid_request', `Periodens datum "${date}" finns inte. Ange ett riktigt datum (ÅÅÅÅ-MM-DD).`);
  if (request.period.from > request.period.to)
    throw new ApiFailure(400, 'invalid_request', 'Periodens från-datum måste vara före till-datum.');
}

const services = new WeakMap<ServerContext, ReportService>();

/** The context's report service: on its facts cache (PostgreSQL wires one that hears every instance), else one of its own. */
export function reportsOf(ctx: ServerContext): ReportService {
  let s = services.get(ctx);
  if (!s) services.set(ctx, (s = reportService(ctx, ctx.reportFacts ?? ownCache(ctx))));
  return s;
}

/** A single instance's cache (the memory server): every commit here re-reads the facts. */
function ownCache(ctx: ServerContext): ReportFactsCache {
  const cache = reportFactsCache({ all: () => ctx.engine.reportFacts() });
  ctx.engine.onCommitted(() => cache.changed('*'));
  return cache;
}

export function reportService(ctx: Pick<ServerContext, 'engine' | 'clock' | 'people'>, cache: ReportFactsCache): ReportService {
  const { engine, clock } = ctx;
  const textFor = maskedTexts();
  const remembered = new Map<string, { version: number; at: number; report: Promise<Kvalitetsberattelse> }>();
  // The last finished report per key: a figure resolves in it while a change since is being counted into the next.
  const shown = new Map<string, { at: number; report: Kvalitetsberattelse }>();

  async function compute(org: Organisation, actor: Actor, request: KvalitetsberattelseRequest): Promise<Kvalitetsberattelse> {
    const scope = readerScope(org, actor);
    const [facts, known] = await Promise.all([cache.facts(), ctx.people()]);
    const all = factsInScope(facts, scope);
    const datumgrund = request.datumgrund ?? 'handelsedatum';
    const within = factsInWindow(all, request.period, request.jamforelser ?? DEFAULT_JAMFORELSER, datumgrund);
    const report = kvalitetsberattelse(within, {
      packs: engine.registry.catalog.packs,
      period: request.period,
      now: clock.now(),
      org: scope.org,
      // Names of the people the system knows never reach a report, not even inside an ärende's text.
      text: textFor(known.map((p) => p.namn)),
      kategoriLabels: categoryLabels(engine.registry.catalog),
      datumgrund,
      ...(request.urval ? { urval: request.urval } : {}),
      jamforelser: request.jamforelser ?? DEFAULT_JAMFORELSER,
    });
    return { ...report, arMedData: yearsWithData(all) };
  }

  const keyOf = (actor: Actor, org: Organisation, request: KvalitetsberattelseRequest) =>
    JSON.stringify([readerScope(org, actor).key, request.period, request.datumgrund, request.urval, request.jamforelser]);

  function report(actor: Actor, org: Organisation, request: KvalitetsberattelseRequest): Promise<Kvalitetsberattelse> {
    checked(actor, request);
    const key = keyOf(actor, org, request);
    // Read before the facts: a change while computing leaves this report at the older version.
    const version = cache.version();
    const now = Date.parse(clock.now());
    const hit = remembered.get(key);
    if (hit && hit.version === version && now - hit.at >= 0 && now - hit.at < HOLD_MS) return hit.report;
    const computed = compute(org, actor, request);
    remembered.delete(key);
    remembered.set(key, { version, at: now, report: computed });
    computed.then(
      (done) => {
        if ((shown.get(key)?.at ?? Number.NEGATIVE_INFINITY) > now) return;
        shown.delete(key);
        shown.set(key, { at: now, report: done });
      },
      () => remembered.delete(key),
    );
    while (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
    while (shown.size > REMEMBERED) shown.delete(shown.keys().next().value!);
    return computed;
  }

  /** The report a figure was clicked in: the last one computed for this reach and request while it holds, changes since or not. */
  function clickedIn(actor: Actor, org: Organisation, request: KvalitetsberattelseRequest): Promise<Kvalitetsberattelse> {
    checked(actor, request);
    const last = shown.get(keyOf(actor, org, request));
    const age = Date.parse(clock.now()) - (last?.at ?? Number.NEGATIVE_INFINITY);
    return last && age >= 0 && age < HOLD_MS ? Promise.resolve(last.report) : report(actor, org, request);
  }

  return {
    report,
    async figureIds(actor, org, request, ref) {
      const ids = figureAt(await clickedIn(actor, org, request), ref);
      if (!ids) throw new ApiFailure(404, 'not_found', 'Siffran finns inte längre i rapporten. Uppdatera rapporten och försök igen.');
      return ids;
    },
  };
}
