import { demoSeeder } from './demoSeeder';
import type { SeedDeps } from './demoSeeder';
import { seedAvvikelser, seedLakemedelToMas } from './seedAvvikelser';
import { seedEgenkontroller } from './seedEgenkontroller';
import { seedLexSarah } from './seedLexSarah';
import { seedPassedRiskanalys, seedRiskanalyser } from './seedRiskanalyser';

/**
 * Seeds the demo: a dozen ärenden in different states, made through the engine itself (so every
 * seeded event passed the same rules), dated over the last weeks so deadlines look real.
 */
export async function seedDemo(deps: SeedDeps, definitions: readonly unknown[]): Promise<number> {
  const s = await demoSeeder(deps, definitions);
  // The order is the clock's: each part's steps follow the last one's, and the count alternates the examples.
  await seedEgenkontroller(s);
  await seedPassedRiskanalys(s);
  await seedLexSarah(s);
  await seedAvvikelser(s);
  await seedLakemedelToMas(s);
  await seedRiskanalyser(s);
  return (await deps.store.summaries()).length;
}
