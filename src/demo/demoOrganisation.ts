import type { Actor, Organisation } from '../engine/index';

/**
 * The demo organisation seeded on first start (and used by tests): one förvaltning, two verksamheter, four enheter; made-up addresses and
 * numbers.
 */
export const DEMO_ORG: Organisation = {
  forvaltningar: [
    {
      id: 'forvaltning:soc',
      namn: 'Socialförvaltningen',
      namnd: 'Socialnämnden i Storstads kommun',
      organisationsnummer: '212000-0000',
      diariePrefix: 'SN',
      ivoAvdelning: 'ost',
    },
  ],
  verksamheter: [
    { id: 'verksamhet:aldre', namn: 'Äldreomsorg', forvaltningId: 'forvaltning:soc', ort: 'Storstad' },
    { id: 'verksamhet:funk', namn: 'Funktionsstöd', forvaltningId: 'forvaltning:soc', ort: 'Storstad' },
  ],
  enheter: [
    {
      id: 'enhet:solgarden',
      namn: 'Solgårdens särskilda boende',
      verksamhetId: 'verksamhet:aldre',
      adress: 'Solvägen 1',
      postort: 'Storstad',
      verksamhetsform: 'sol',
      startDatum: '2004-09-01',
    },
    {
      id: 'enhet:hemtjanst-norr',
      namn: 'Hemtjänst Norr',
      verksamhetId: 'verksamhet:aldre',
      adress: 'Norra gatan 12',
      postort: 'Storstad',
      verksamhetsform: 'sol',
      startDatum: '2011-01-01',
    },
    {
      id: 'enhet:larkan',
      namn: 'Gruppbostaden Lärkan',
      verksamhetId: 'verksamhet:funk',
      adress: 'Lärkstigen 3',
      postort: 'Storstad',
      verksamhetsform: 'lss',
      startDatum: '1996-03-01',
    },
    {
      id: 'enhet:ekbacken',
      namn: 'Daglig verksamhet Ekbacken',
      verksamhetId: 'verksamhet:funk',
      adress: 'Ekbacksvägen 8',
      postort: 'Storstad',
      verksamhetsform: 'lss',
      startDatum: '2009-08-17',
    },
  ],
};

const enhet = (id: string) => ({ kind: 'enhet' as const, id });
const forvaltning = { kind: 'forvaltning' as const, id: 'forvaltning:soc' };

/** One user per role (plus more medarbetare and a second SAS for separation-of-duty cases and acknowledgments). */
export const DEMO_USERS: readonly Actor[] = [
  {
    userId: 'user:anna',
    namn: 'Anna Berg',
    titel: 'Undersköterska',
    telefon: '08-123 450 11',
    epost: 'anna.berg@storstad.example',
    roles: [{ role: 'medarbetare', scope: enhet('enhet:solgarden') }],
  },
  {
    // New at Solgården this year: a medarbetare who acknowledges the information on rapporteringsskyldigheten herself.
    userId: 'user:omar',
    namn: 'Omar Said',
    titel: 'Undersköterska',
    telefon: '08-123 450 13',
    epost: 'omar.said@storstad.example',
    roles: [{ role: 'medarbetare', scope: enhet('enhet:solgarden') }],
  },
  {
    userId: 'user:maja',
    namn: 'Maja Lind',
    titel: 'Stödassistent',
    telefon: '08-123 450 12',
    epost: 'maja.lind@storstad.example',
    roles: [{ role: 'medarbetare', scope: enhet('enhet:larkan') }],
  },
  {
    userId: 'user:erik',
    namn: 'Erik Holm',
    titel: 'Enhetschef',
    telefon: '08-123 450 20',
    epost: 'erik.holm@storstad.example',
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
    titel: 'Enhetschef',
    telefon: '08-123 450 21',
    epost: 'lina.ek@storstad.example',
    roles: [
      { role: 'enhetschef', scope: enhet('enhet:larkan') },
      { role: 'enhetschef', scope: enhet('enhet:ekbacken') },
      { role: 'medarbetare', scope: enhet('enhet:larkan') },
      { role: 'medarbetare', scope: enhet('enhet:ekbacken') },
    ],
  },
  {
    userId: 'user:vera',
    namn: 'Vera Sund',
    titel: 'Verksamhetschef',
    telefon: '08-123 450 30',
    epost: 'vera.sund@storstad.example',
    roles: [{ role: 'verksamhetschef', scope: { kind: 'verksamhet', id: 'verksamhet:aldre' } }],
  },
  {
    userId: 'user:sara',
    namn: 'Sara Nyberg',
    titel: 'Socialt ansvarig samordnare',
    telefon: '08-123 450 40',
    epost: 'sara.nyberg@storstad.example',
    roles: [
      { role: 'sas', scope: forvaltning },
      { role: 'medarbetare', scope: forvaltning },
    ],
  },
  {
    userId: 'user:sofia',
    namn: 'Sofia Åberg',
    titel: 'Socialt ansvarig samordnare',
    telefon: '08-123 450 41',
    epost: 'sofia.aberg@storstad.example',
    roles: [{ role: 'sas', scope: forvaltning }],
  },
  {
    userId: 'user:fredrik',
    namn: 'Fredrik Dahl',
    titel: 'Förvaltningschef',
    telefon: '08-123 450 50',
    epost: 'fredrik.dahl@storstad.example',
    roles: [{ role: 'forvaltningschef', scope: forvaltning }],
  },
  {
    userId: 'user:petra',
    namn: 'Petra Lund',
    titel: 'Kvalitetssamordnare',
    telefon: '08-123 450 60',
    epost: 'petra.lund@storstad.example',
    roles: [{ role: 'processagare', scope: forvaltning }],
  },
  {
    userId: 'user:olle',
    namn: 'Olle Strand',
    titel: 'Undersköterska och skyddsombud',
    telefon: '08-123 450 13',
    epost: 'olle.strand@storstad.example',
    roles: [{ role: 'skyddsombud', scope: { kind: 'verksamhet', id: 'verksamhet:aldre' } }],
  },
  {
    userId: 'user:karin',
    namn: 'Karin Sjöberg',
    titel: 'Medicinskt ansvarig sjuksköterska',
    telefon: '08-123 450 70',
    epost: 'karin.sjoberg@storstad.example',
    roles: [{ role: 'mas', scope: forvaltning }],
  },
  {
    userId: 'user:adam',
    namn: 'Adam Falk',
    titel: 'Systemförvaltare',
    telefon: '08-123 450 80',
    epost: 'adam.falk@storstad.example',
    roles: [{ role: 'administrator', scope: forvaltning }],
  },
];

export function demoUser(id: string): Actor {
  const user = DEMO_USERS.find((u) => u.userId === id);
  if (!user) throw new Error(`Okänd demoanvändare ${id}`);
  return user;
}

/** The demo people's shared local-account password, shown on the demo's sign-in page (never used outside the demo). */
export const DEMO_PASSWORD = 'storstad demo 2026';

/** A demo person's user name: the first name, lower case, å ä ö folded (Sofia Åberg → "sofia"). */
export function demoUsername(namn: string): string {
  return (namn.split(/\s+/)[0] ?? namn).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
