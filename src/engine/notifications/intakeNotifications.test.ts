import { describe, expect, it } from 'vitest';
import { DEMO_ORG, DEMO_USERS } from '../../demo/demoOrganisation';
import { intakeNotifications } from './intakeNotifications';

const arrival = (enhetId: string) => ({
  arendeId: 'arende:11111111-2222-4333-8444-555555555555',
  enhetId,
  receivedAt: '2026-06-01T08:00:00.000Z',
});

describe('who hears of a public submission', () => {
  it("tells the enhet's chef, with nothing of what it says", () => {
    const due = intakeNotifications(arrival('enhet:solgarden'), ['enhetschef', 'sas'], DEMO_USERS, DEMO_ORG);
    expect(due).toEqual([
      {
        key: 'arende:11111111-2222-4333-8444-555555555555|inkommet|inkommet|user:erik|2026-06-01T08:00:00.000Z',
        kind: 'inkommet',
        arendeId: 'arende:11111111-2222-4333-8444-555555555555',
        recipientId: 'user:erik',
        ref: 'inkommet',
        stepTitle: 'Registrera det som kom in via webbformuläret',
        notifyAt: '2026-06-01T08:00:00.000Z',
      },
    ]);
  });

  it('tells the SAS centrally only when the enhet has no chef', () => {
    const withoutChef = DEMO_USERS.filter((u) => u.userId !== 'user:lina');
    expect(intakeNotifications(arrival('enhet:larkan'), ['enhetschef', 'sas'], withoutChef, DEMO_ORG).map((n) => n.recipientId)).toEqual([
      'user:sara',
      'user:sofia',
    ]);
    expect(intakeNotifications(arrival('enhet:larkan'), ['enhetschef', 'sas'], DEMO_USERS, DEMO_ORG).map((n) => n.recipientId)).toEqual([
      'user:lina',
    ]);
    expect(intakeNotifications(arrival('enhet:larkan'), [], DEMO_USERS, DEMO_ORG)).toEqual([]);
  });
});
