import type { LegalSkeleton } from '../../engine/model/LegalSkeleton';

/** The year the information is for. */
const YEAR = { events: ['information.submit'], path: 'ar', label: 'informationens år' } as const;

// SoL 14 kap. and LSS 24 b §: everyone who must report missförhållanden is told of the duty, at the start of work and
// (by the kommuners rutiner) yearly. The enhetschef answers for it, records who has acknowledged it, and closes the year.
export const skeleton: LegalSkeleton = {
  processType: 'rapporteringsskyldighet',
  steps: {
    information: { key: 'information', title: 'Information', role: 'enhetschef', requiredFields: ['ar', 'datum', 'satt'] },
    // The year closes on a list of the people it covers (the report's "X av Y" has its Y), naming who is missing and why.
    avslut: {
      key: 'avslut',
      title: 'Kvittenser och avslut',
      role: 'enhetschef',
      requiredFields: ['datum'],
      requiredGuards: [{ type: 'hasStep', params: { event: 'kvittens.registrera' } }, { type: 'explainsMissing' }],
    },
  },
  routes: [['information', 'avslut']],
  // Each person acknowledges once a year and a kvittens once recorded stays: every way to record them keeps that rule.
  commands: [
    { event: 'kvittens.registrera', title: 'För in kvittenser', role: 'enhetschef', requiredGuards: [{ type: 'oneKvittensPerPerson' }] },
    // The acknowledgment each medarbetare gives herself (from version 2): once, and never beside a paper one.
    {
      event: 'kvittens.egen',
      title: 'Kvittera informationen',
      role: 'medarbetare',
      requiredGuards: [{ type: 'onceEach' }, { type: 'oneKvittensPerPerson' }],
      optional: true,
    },
  ],
  facts: {},
  conditional: [],
  // The information lies in its year; an acknowledgment has happened when recorded and not before its year began
  // (a December newcomer may sign in January); the year closes after the information was given.
  dates: [
    {
      event: 'information.submit',
      path: 'datum',
      label: 'Datumet för informationen',
      inPeriodOf: { path: 'ar', label: 'informationens år' },
    },
    {
      event: 'kvittens.registrera',
      path: 'kvittenser[].datum',
      label: 'Datumet för kvittensen',
      notFuture: true,
      inPeriodOf: { ...YEAR, startOnly: true },
    },
    {
      event: 'avslut.submit',
      path: 'datum',
      label: 'Avslutsdatumet',
      notFuture: true,
      notBefore: [{ events: ['information.submit'], path: 'datum', label: 'informationen' }],
    },
  ],
};
