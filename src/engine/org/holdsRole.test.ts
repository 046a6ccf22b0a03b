import { describe, expect, it } from 'vitest';
import { DEMO_ORG, demoUser } from '../../demo/demoOrganisation';
import { holdsRole } from './holdsRole';

describe('holdsRole', () => {
  it('counts everyone who works in a verksamhet as medarbetare where their role holds, so chefs and SAS may report', () => {
    const vera = demoUser('user:vera'); // verksamhetschef for Äldreomsorg only
    expect(holdsRole(DEMO_ORG, vera, 'medarbetare', 'enhet:solgarden')).toBe(true);
    expect(holdsRole(DEMO_ORG, vera, 'medarbetare', 'enhet:larkan')).toBe(false);
    expect(holdsRole(DEMO_ORG, demoUser('user:karin'), 'medarbetare', 'enhet:larkan')).toBe(true);
    // Not the other way round: a medarbetare is no chef.
    expect(holdsRole(DEMO_ORG, demoUser('user:anna'), 'enhetschef', 'enhet:solgarden')).toBe(false);
  });

  it('does not make the administratör or the processägare reporters: they do not work in the verksamhet', () => {
    expect(holdsRole(DEMO_ORG, demoUser('user:adam'), 'medarbetare', 'enhet:solgarden')).toBe(false);
    expect(holdsRole(DEMO_ORG, demoUser('user:petra'), 'medarbetare', 'enhet:solgarden')).toBe(false);
  });
});
