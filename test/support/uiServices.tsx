import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Backend } from '../../src/api/Backend';
import { DEMO_ORG, DEMO_USERS, demoUser } from '../../src/demo/demoOrganisation';
import { DefinitionRegistry, replay, toSummary } from '../../src/engine/internal';
import { arendeFor } from '../../src/server/access/redactRapportor';
import { ServicesContext } from '../../src/kit/services';
import type { Services } from '../../src/kit/services';
import { SessionContext } from '../../src/kit/session';
import { loadShippedDefinitions } from './catalog';
import { catalog, validator } from './world';
import type { World } from './world';
import { packUiLoaders } from '../../src/kit/usePackUi';
import type { PackUi } from '../../src/kit/PackUi';

// The packs' React parts, found by their place as src/main.tsx finds them.
const PACK_UI = packUiLoaders(import.meta.glob<{ ui: PackUi }>('../../src/processes/*/ui.tsx'));

/** Drafts kept in a map, as the browser's store would keep them. */
export function memoryDrafts(initial: Record<string, unknown> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    load: async (k: string) => map.get(k),
    save: async (k: string, d: unknown) => void map.set(k, d),
    clear: async (k: string) => void map.delete(k),
  };
}

/** The shipped definitions as the browser holds them (already proved by the server). */
export function shippedRegistry(): DefinitionRegistry {
  const registry = new DefinitionRegistry(catalog(), validator);
  for (const d of loadShippedDefinitions()) registry.registerProven(d);
  return registry;
}

/** A Backend with only what a page under test calls; anything else throws, so a test never passes by accident. */
export function testBackend(known: Partial<Backend>): Backend {
  return new Proxy(known as Backend, {
    get(target, key) {
      if (key in target) return target[key as keyof Backend];
      if (typeof key !== 'string' || key === 'then') return undefined;
      throw new Error(`Testets backend saknar ${key}`);
    },
  });
}

/** The Backend over a test world's engine, as the signed-in demo person sees an ärende and submits to it. */
export function worldBackend(w: World, userId: string): Backend {
  return testBackend({
    registry: shippedRegistry(),
    async arende(id) {
      const state = await w.engine.get(id);
      return state
        ? { state, summary: toSummary(state), options: await w.engine.available(id, userId), jav: await w.engine.javView(id, userId) }
        : null;
    },
    async submit(id, type, data) {
      const r = await w.engine.submit(id, { type, data }, userId);
      return r.ok ? { ok: true, summary: r.summary } : { ok: false, rejection: r.rejection };
    },
    async declareJav(id, motivering, expectedSeq) {
      const r = await w.engine.declareJav(id, { motivering }, userId, { expectedSeq });
      return r.ok ? { ok: true, summary: r.summary } : { ok: false, rejection: r.rejection };
    },
    async appointErsattare(id, input, expectedSeq) {
      const r = await w.engine.appointErsattare(id, input, userId, { expectedSeq });
      return r.ok ? { ok: true, summary: r.summary } : { ok: false, rejection: r.rejection };
    },
    subscribe: () => () => undefined,
  });
}

/** Renders a signed-in page with the demo organisation and people. */
export function renderSignedIn(ui: ReactElement, opts: { userId: string; backend: Backend; now?: string; drafts?: Services['drafts'] }) {
  const services: Services = {
    backend: opts.backend,
    now: () => opts.now ?? '2026-03-13T08:00:00.000Z',
    drafts: opts.drafts ?? memoryDrafts(),
    org: DEMO_ORG,
    people: DEMO_USERS.map((u) => ({ userId: u.userId, namn: u.namn })),
    catalog: catalog(),
    packs: catalog().packs,
    packUi: PACK_UI,
    subscribe: () => () => undefined,
  };
  return render(
    <ServicesContext.Provider value={services}>
      <SessionContext.Provider value={{ user: demoUser(opts.userId), signOut: () => undefined }}>{ui}</SessionContext.Provider>
    </ServicesContext.Provider>,
  );
}

/**
 * The Backend over a test world as the browser gets an ärende from the server: the log the server would send this
 * person (redacted where she may not know the rapportör), replayed on the client as HttpBackend does.
 */
export function serverViewBackend(w: World, userId: string): Backend {
  const registry = shippedRegistry();
  const user = demoUser(userId);
  return testBackend({
    registry,
    async arende(id) {
      const state = await w.engine.get(id);
      if (!state) return null;
      const row = toSummary(state);
      const sent = arendeFor(w.engine.registry.catalog.packs, DEMO_ORG, user, row, state.events, row);
      const open = sent.events[0]!.stepData as { definitionId: string; definitionVersion: number };
      const replayed = replay(registry.get(open.definitionId, open.definitionVersion)!, sent.events, {
        resolve: (d, v) => registry.get(d, v),
      });
      if (!replayed.ok) throw new Error(replayed.reason);
      return { state: replayed.state, summary: sent.summary, options: await w.engine.available(id, userId) };
    },
    subscribe: () => () => undefined,
  });
}
