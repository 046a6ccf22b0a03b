import { fixedClock } from '../adapters/system/systemClock';
import { createEngine, stockholmDate } from '../engine/internal';
import type { Atgard, Engine, EngineDeps, ProcessType, SubmitResult } from '../engine/internal';

export type SeedDeps = Omit<EngineDeps, 'clock'> & { now: string };

const DAY = 86_400_000;

/** What every part of the demo seeds through: the engine on a clock that moves forward with each step. */
export interface DemoSeeder {
  engine: Engine;
  clock: ReturnType<typeof fixedClock>;
  /** The real now: no seeded event may lie after it. */
  now: string;
  /** The ärenden opened so far; every other one takes the second example or an oral rapport. */
  count: number;
  /** A form's example (the `i`th valid one) with `patch` over it. */
  ex(form: string, patch?: Record<string, unknown>, i?: number): Record<string, unknown>;
  open(type: ProcessType, enhet: string, user: string): Promise<string>;
  /** One command, `hours` after the last. */
  step(id: string, user: string, type: string, data: unknown, hours?: number): Promise<SubmitResult>;
  /** The clock's time and day: reports count by händelsedatum, so the examples' fixed dates would leave this year empty. */
  happenedNow(): { at: string; date: string };
  atgarder(id: string): Promise<Atgard[]>;
  /** The day `offset` days from the clock (`YYYY-MM-DD`). */
  day(offset: number): string;
}

/** An engine with the definitions loaded, its clock 40 days before now: ~65 steps 14 h apart fit (imports refuse a future event). */
export async function demoSeeder(deps: SeedDeps, definitions: readonly unknown[]): Promise<DemoSeeder> {
  const clock = fixedClock(new Date(new Date(deps.now).getTime() - 40 * DAY).toISOString());
  const end = new Date(deps.now).getTime();
  const engine = createEngine({ ...deps, clock });
  await engine.loadDefinitions(definitions);
  const seeder: DemoSeeder = {
    engine,
    clock,
    now: deps.now,
    count: 0,
    ex: (form, patch = {}, i = 0) => ({
      ...(structuredClone(deps.catalog.forms[form]?.examples?.valid[i] ?? {}) as Record<string, unknown>),
      ...patch,
    }),
    open: async (type, enhet, user) => {
      seeder.count++;
      const r = await engine.open(type, enhet, user);
      if (!r.ok) throw new Error(`Demodata: ${r.rejection.message}`);
      return r.state.arendeId;
    },
    step: async (id, user, type, data, hours = 14) => {
      clock.advance(hours * 3_600_000);
      if (new Date(clock.now()).getTime() > end) throw new Error('Demodata: fler steg än dagarna räcker till (händelser efter nu).');
      const r = await engine.submit(id, { type, data }, user);
      if (!r.ok) throw new Error(`Demodata ${type}: ${r.rejection.message}`);
      return r;
    },
    happenedNow: () => ({ at: clock.now(), date: stockholmDate(clock.now())! }),
    atgarder: async (id) => (await engine.get(id))!.snapshot.context.atgarder,
    day: (offset) => new Date(new Date(clock.now()).getTime() + offset * DAY).toISOString().slice(0, 10),
  };
  return seeder;
}
