import { describe, expect, it } from 'vitest';
import { ovrigaOf, packTable } from '../../../test/support/packTable';
import { REGISTRY } from '../../processes/packs';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { loadShippedDefinitions } from '../../../test/support/catalog';
import { catalog, createWorld, example } from '../../../test/support/world';
import { categoryLabels } from '../definition/categoryLabels';
import { collectArendeFacts } from './collectArendeFacts';
import { kvalitetsberattelse } from './kvalitetsberattelse';
import { yearPeriod } from '../calendar/Period';

describe('categories are configuration (issue 11, item 11)', () => {
  it('labels categories as the forms do and lists what was written under Övrigt, without names', async () => {
    const w = await createWorld();
    const ovrigt = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    const refused = await w.attempt(ovrigt, 'user:anna', 'rapport.submit', example('avvikelse-rapport-2', { kategori: 'ovrigt' }));
    expect(refused.ok).toBe(false);
    await w.step(
      ovrigt,
      'user:anna',
      'rapport.submit',
      example('avvikelse-rapport-2', { kategori: 'ovrigt', kategoriBeskrivning: 'Matleveransen kom fel, Anna Berg ringde köket' }),
    );
    const ekonomi = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    await w.step(ekonomi, 'user:anna', 'rapport.submit', example('avvikelse-rapport-2', { kategori: 'vardesaker_ekonomi' }));

    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    const options = {
      packs: REGISTRY,
      period: yearPeriod(2026),
      now: w.clock.now(),
      org: DEMO_ORG,
      datumgrund: 'rapportdatum' as const,
      doljNamn: ['Anna Berg'],
    };
    const r = kvalitetsberattelse(facts, { ...options, kategoriLabels: categoryLabels(catalog()) });
    expect(
      packTable(r, 'avvikelse-kategori')
        .rows.map((x) => x.label)
        .sort(),
    ).toEqual(['Värdesaker och ekonomi', 'Övrigt']);
    expect(ovrigaOf(r)).toEqual([{ arendeId: ovrigt, beskrivning: 'Matleveransen kom fel, [namn dolt] ringde köket' }]);
    // No raw identifier even without the forms' labels.
    expect(
      packTable(kvalitetsberattelse(facts, options), 'avvikelse-kategori')
        .rows.map((x) => x.label)
        .sort(),
    ).toEqual(['ovrigt', 'vardesaker ekonomi']);
  });
});
