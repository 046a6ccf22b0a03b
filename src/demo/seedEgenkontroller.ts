import type { DemoSeeder } from './demoSeeder';

/** One egenkontroll in this year's plan, its planering an hour after the last step. */
async function planned(s: DemoSeeder, enhet: string, kontroll: string, rubrik: string, syfte: string, due: string): Promise<string> {
  const id = await s.open('egenkontroll', enhet, 'user:lina');
  const ar = Number(due.slice(0, 4));
  await s.step(
    id,
    'user:lina',
    'planering.submit',
    s.ex('egenkontroll-planering', { kontroll, rubrik, syfte, ar, genomforasSenast: due }, 1),
    1,
  );
  return id;
}

/**
 * Egenkontroller in this year's plan at Lärkan and Ekbacken, an hour apart (the weeks after are spent on the others):
 * one performed with a deviation whose åtgärd is verified, one overdue, one planned for later in the year.
 */
export async function seedEgenkontroller(s: DemoSeeder): Promise<void> {
  const { ex, step, day } = s;
  const checked = await planned(
    s,
    'enhet:larkan',
    'lakemedelshantering',
    'Kontroll av läkemedelsskåp och signeringslistor',
    'Se att läkemedel förvaras och signeras enligt rutinen.',
    day(3),
  );
  await step(
    checked,
    'user:lina',
    'genomforande.submit',
    ex('egenkontroll-genomforande', { genomfordDatum: day(0), urval: 'Signeringslistorna för fem boende under två veckor' }),
    1,
  );
  for (const a of await s.atgarder(checked)) {
    await step(checked, 'user:lina', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: a.id, genomfordDatum: day(0) }), 1);
    await step(checked, 'user:lina', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: a.id, verifieradDatum: day(0) }), 1);
  }
  await step(checked, 'user:lina', 'avslut.submit', ex('egenkontroll-avslut', { datum: day(0) }), 1);
  await planned(
    s,
    'enhet:larkan',
    'hygien',
    'Observation av basala hygienrutiner',
    'Se att personalen följer de basala hygienrutinerna vid omvårdnad.',
    day(10),
  );
  await planned(
    s,
    'enhet:ekbacken',
    'rutinefterlevnad',
    'Efterlevnad av rutinen för dokumentation av insatser',
    'Se att insatserna dokumenteras i social journal enligt rutinen.',
    `${new Date(s.now).toISOString().slice(0, 4)}-12-31`,
  );
}
