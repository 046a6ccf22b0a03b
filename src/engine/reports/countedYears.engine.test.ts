import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../processes/packs';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { loadShippedDefinitions } from '../../../test/support/catalog';
import { createWorld, example } from '../../../test/support/world';
import { collectArendeFacts } from './collectArendeFacts';
import { kvalitetsberattelse } from './kvalitetsberattelse';
import { yearPeriod } from '../calendar/Period';

describe('every process in the kvalitetsberättelse, each in its own year (issue 25, item 5)', () => {
  it('counts a riskregister in the year it covers, not the year it was entered, and has a row for lex Maria', async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande', { ar: 2024 }));
    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    const report = (year: number) =>
      kvalitetsberattelse(facts, { packs: REGISTRY, period: yearPeriod(year), now: w.clock.now(), org: DEMO_ORG });
    const thisYear = Number(w.clock.now().slice(0, 4));
    expect(thisYear).toBeGreaterThan(2024);
    const antal = (year: number) => report(year).trend.at(-1)!.antal;
    expect(antal(2024).riskregister?.arendeIds).toEqual([id]);
    expect(antal(thisYear).riskregister?.count).toBe(0);
    expect(antal(2024)['lex-maria']?.count).toBe(0);
    // By rapportdatum it is the year it was entered.
    const byRapport = kvalitetsberattelse(facts, {
      packs: REGISTRY,
      period: yearPeriod(thisYear),
      now: w.clock.now(),
      org: DEMO_ORG,
      datumgrund: 'rapportdatum',
    });
    expect(byRapport.trend.at(-1)!.antal.riskregister?.arendeIds).toEqual([id]);
  });
});
