import { describe, expect, it } from 'vitest';
import { DEMO_ORG, demoUser } from '../demo/demoOrganisation';
import { ROLES } from '../engine/index';
import type { ScopedRow } from '../engine/index';
import { REGISTRY } from '../processes/packs';
import { appointedRoleOf, mayKnowRapportor, mayRead, readingRoleOf, roleReadsProcess, visibilityScope } from './access';

const PROCESS_TYPES = REGISTRY.types;

const row = (processType: string, enhetId = 'enhet:solgarden', links: ScopedRow['links'] = []): ScopedRow => ({
  processType,
  enhetId,
  openedBy: 'user:anna',
  links,
});

describe('roleReadsProcess: may a role that holds an enhet read every ärende of a process there', () => {
  it('the MAS reads the lex Maria-bedömningar, not lex Sarah nor the avvikelser (only those handed to her)', () => {
    expect(roleReadsProcess(REGISTRY.grants, 'mas', 'lex-maria')).toBe(true);
    expect(roleReadsProcess(REGISTRY.grants, 'mas', 'lex-sarah')).toBe(false);
    expect(roleReadsProcess(REGISTRY.grants, 'mas', 'avvikelse')).toBe(false);
  });

  it('the skyddsombud reads riskanalyser and riskregister, nothing about an enskild', () => {
    expect(roleReadsProcess(REGISTRY.grants, 'skyddsombud', 'riskanalys')).toBe(true);
    expect(roleReadsProcess(REGISTRY.grants, 'skyddsombud', 'riskregister')).toBe(true);
    for (const type of ['lex-sarah', 'lex-maria', 'avvikelse', 'synpunkter', 'egenkontroll'])
      expect(roleReadsProcess(REGISTRY.grants, 'skyddsombud', type), type).toBe(false);
  });

  it('the SAS and the chefs read every process; the medarbetare what a pack grants her, the processägare and administratör none', () => {
    for (const type of PROCESS_TYPES) {
      for (const role of ['sas', 'enhetschef', 'verksamhetschef', 'forvaltningschef'] as const)
        expect(roleReadsProcess(REGISTRY.grants, role, type), `${role} ${type}`).toBe(true);
      for (const role of ['processagare', 'administrator'] as const)
        expect(roleReadsProcess(REGISTRY.grants, role, type), `${role} ${type}`).toBe(false);
      // Only what a pack grants every medarbetare (the enhet's information on rapporteringsskyldigheten).
      const granted = REGISTRY.packOf(type)?.grants?.some((g) => g.role === 'medarbetare' && g.linkRel === undefined) ?? false;
      expect(roleReadsProcess(REGISTRY.grants, 'medarbetare', type), `medarbetare ${type}`).toBe(granted);
    }
  });

  it('agrees with mayRead for a person holding only that role, for every role and process', () => {
    for (const role of ROLES)
      for (const type of PROCESS_TYPES) {
        const holder = {
          userId: 'user:prov',
          namn: 'Prov Person',
          roles: [{ role, scope: { kind: 'enhet' as const, id: 'enhet:solgarden' } }],
        };
        expect(mayRead(REGISTRY.grants, DEMO_ORG, holder, row(type)), `${role} ${type}`).toBe(
          roleReadsProcess(REGISTRY.grants, role, type),
        );
      }
  });
});

describe('the skyddsombud reads the analyses of her verksamhet (issue 21)', () => {
  const olle = demoUser('user:olle');

  it('reads riskanalyser and riskregister in her verksamhet, through her own role, without the rapportör', () => {
    for (const type of ['riskanalys', 'riskregister']) {
      expect(mayRead(REGISTRY.grants, DEMO_ORG, olle, row(type)), type).toBe(true);
      expect(readingRoleOf(REGISTRY.grants, DEMO_ORG, olle, row(type)), type).toBe('skyddsombud');
      expect(mayKnowRapportor(REGISTRY.grants, DEMO_ORG, olle, row(type)), type).toBe(false);
      // Not in the other verksamhet.
      expect(mayRead(REGISTRY.grants, DEMO_ORG, olle, row(type, 'enhet:larkan')), type).toBe(false);
    }
  });

  it('reads no lex Sarah, lex Maria, avvikelse, synpunkt or egenkontroll, also not one linked to a riskanalys', () => {
    for (const type of ['lex-sarah', 'lex-maria', 'avvikelse', 'synpunkter', 'egenkontroll']) {
      expect(mayRead(REGISTRY.grants, DEMO_ORG, olle, row(type)), type).toBe(false);
      expect(mayRead(REGISTRY.grants, DEMO_ORG, olle, row(type, 'enhet:solgarden', [{ rel: 'overlamnad_till' }])), type).toBe(false);
      expect(readingRoleOf(REGISTRY.grants, DEMO_ORG, olle, row(type)), type).toBeUndefined();
    }
    expect(visibilityScope(REGISTRY.grants, DEMO_ORG, olle)).toEqual({
      enheter: [],
      openedBy: 'user:olle',
      grants: [{ enheter: ['enhet:solgarden', 'enhet:hemtjanst-norr'], processTypes: ['riskanalys', 'riskregister'] }],
      appointed: { userId: 'user:olle', roles: ['skyddsombud'] },
    });
  });
});

describe('an appointed ersättare (jäv left no one)', () => {
  const lina = demoUser('user:lina');
  const appointedRow = (role: 'enhetschef' | 'sas', userId = 'user:lina'): ScopedRow => ({
    ...row('avvikelse'),
    openedBy: 'user:erik',
    ersattare: [{ userId, role }],
  });

  it('reads that ärende outside her units in the role she was appointed to, and knows its rapportör as that role does', () => {
    expect(mayRead(REGISTRY.grants, DEMO_ORG, lina, row('avvikelse'))).toBe(false);
    expect(mayRead(REGISTRY.grants, DEMO_ORG, lina, appointedRow('enhetschef'))).toBe(true);
    expect(readingRoleOf(REGISTRY.grants, DEMO_ORG, lina, appointedRow('enhetschef'))).toBe('enhetschef');
    expect(appointedRoleOf(lina, appointedRow('enhetschef'))).toBe('enhetschef');
    expect(mayKnowRapportor(REGISTRY.grants, DEMO_ORG, lina, appointedRow('enhetschef'))).toBe(true);
  });

  it("reads nothing through an appointment to a role she does not hold, or someone else's", () => {
    expect(mayRead(REGISTRY.grants, DEMO_ORG, lina, appointedRow('sas'))).toBe(false);
    expect(appointedRoleOf(lina, appointedRow('sas'))).toBeUndefined();
    expect(mayRead(REGISTRY.grants, DEMO_ORG, lina, appointedRow('enhetschef', 'user:erik'))).toBe(false);
    expect(mayKnowRapportor(REGISTRY.grants, DEMO_ORG, lina, appointedRow('sas'))).toBe(false);
  });
});
