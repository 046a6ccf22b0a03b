import type { Actor, Organisation } from '../engine/index';

/** The demo organisation seeded on first start (and used by tests): one förvaltning, two verksamheter, four enheter. */
export const DEMO_ORG: Organisation = {
  forvaltningar: [{ id: 'forvaltning:soc', namn: 'Socialförvaltningen' }],
  verksamheter: [
    { id: 'verksamhet:aldre', namn: 'Äldreomsorg', forvaltningId: 'forvaltning:soc', ort: 'Storstad' },
    { id: 'verksamhet:funk', namn: 'Funktionsstöd', forvaltningId: 'forvaltning:soc', ort: 'Storstad' },
  ],
  enheter: [
    { id: 'enhet:solgarden', namn: 'Solgårdens särskilda boende', verksamhetId: 'verksamhet:aldre' },
    { id: 'enhet:hemtjanst-norr', namn: 'Hemtjänst Norr', verksamhetId: 'verksamhet:aldre' },
    { id: 'enhet:larkan', namn: 'Gruppbostaden Lärkan', verksamhetId: 'verksamhet:funk' },
    { id: 'enhet:ekbacken', namn: 'Daglig verksamhet Ekbacken', verksamhetId: 'verksamhet:funk' },
  ],
};

const enhet = (id: string) => ({ kind: 'enhet' as const, id });
const forvaltning = { kind: 'forvaltning' as const, id: 'forvaltning:soc' };

/** One user per role (plus a second medarbetare and SAS for separation-of-duty cases). */
export const DEMO_USERS: readonly Actor[] = [
  { userId: 'user:anna', namn: 'Anna Berg', roles: [{ role: 'medarbetare', scope: enhet('enhet:solgarden') }] },
  { userId: 'user:maja', namn: 'Maja Lind', roles: [{ role: 'medarbetare', scope: enhet('enhet:larkan') }] },
  {
    userId: 'user:erik',
    namn: 'Erik Holm',
    roles: [
      { role: 'enhetschef', scope: enhet('enhet:solgarden') },
      { role: 'enhetschef', scope: enhet('enhet:hemtjanst-norr') },
      { role: 'medarbetare', scope: enhet('enhet:solgarden') },
      { role: 'medarbetare', scope: enhet('enhet:hemtjanst-norr') },
    ],
  },
  {
    userId: 'user:lina',
    namn: 'Lina Ek',
    roles: [
      { role: 'enhetschef', scope: enhet('enhet:larkan') },
      { role: 'enhetschef', scope: enhet('enhet:ekbacken') },
      { role: 'medarbetare', scope: enhet('enhet:larkan') },
      { role: 'medarbetare', scope: enhet('enhet:ekbacken') },
    ],
  },
  { userId: 'user:vera', namn: 'Vera Sund', roles: [{ role: 'verksamhetschef', scope: { kind: 'verksamhet', id: 'verksamhet:aldre' } }] },
  { userId: 'user:sara', namn: 'Sara Nyberg', roles: [{ role: 'sas', scope: forvaltning }, { role: 'medarbetare', scope: forvaltning }] },
  { userId: 'user:sofia', namn: 'Sofia Åberg', roles: [{ role: 'sas', scope: forvaltning }] },
  { userId: 'user:fredrik', namn: 'Fredrik Dahl', roles: [{ role: 'forvaltningschef', scope: forvaltning }] },
  { userId: 'user:petra', namn: 'Petra Lund', roles: [{ role: 'processagare', scope: forvaltning }] },
  { userId: 'user:olle', namn: 'Olle Strand', roles: [{ role: 'skyddsombud', scope: { kind: 'verksamhet', id: 'verksamhet:aldre' } }] },
  { userId: 'user:adam', namn: 'Adam Falk', roles: [{ role: 'administrator', scope: forvaltning }] },
];

export function demoUser(id: string): Actor {
  const user = DEMO_USERS.find((u) => u.userId === id);
  if (!user) throw new Error(`Okänd demoanvändare ${id}`);
  return user;
}
