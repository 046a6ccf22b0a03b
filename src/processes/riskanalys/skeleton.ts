import type { LegalSkeleton } from '../../engine/model/LegalSkeleton';

export const skeleton: LegalSkeleton = {
  processType: 'riskanalys',
  steps: {
    // A start that has already come (or comes today) could never be preceded by the approval.
    beskrivning: {
      key: 'beskrivning',
      title: 'Beskriv förändringen',
      role: 'enhetschef',
      requiredFields: ['forandring', 'var', 'berorda', 'planeradStart'],
      requiredGuards: [{ type: 'isDateAfterToday', params: { path: 'planeradStart' } }],
    },
    deltagare: {
      key: 'deltagare',
      title: 'Deltagare',
      role: 'enhetschef',
      requiredFields: ['deltagare', 'skyddsombudDeltar', 'deltagare[]', 'deltagare[].namn', 'deltagare[].funktion'],
      requiredGuards: [{ type: 'hasSkyddsombudOrReason' }],
    },
    identifiera: {
      key: 'identifiera',
      title: 'Identifiera risker',
      role: 'enhetschef',
      requiredFields: ['risker', 'risker[]', 'risker[].nr', 'risker[].beskrivning', 'risker[].perspektiv', 'risker[].kvalitetskriterium'],
    },
    vardera: {
      key: 'vardera',
      title: 'Värdera risker',
      role: 'enhetschef',
      requiredFields: ['varderingar', 'varderingar[]', 'varderingar[].nr', 'varderingar[].sannolikhet', 'varderingar[].konsekvens'],
      requiredGuards: [{ type: 'hasValuedEveryRisk' }],
    },
    handlingsplan: {
      key: 'handlingsplan',
      title: 'Åtgärder och handlingsplan',
      role: 'enhetschef',
      requiredFields: ['atgarder', 'atgarder[].nr', 'atgarder[].atgard', 'atgarder[].ansvarig', 'atgarder[].tidpunkt'],
      requiredGuards: [{ type: 'hasAtgardForEveryHighRisk', params: { threshold: { max: 8 } } }],
    },
    // The skyddsombud who takes part gives their view on the finished analysis before it is approved (AFS 2023:1).
    skyddsombud: {
      key: 'skyddsombud',
      title: 'Skyddsombudets synpunkter',
      role: 'skyddsombud',
      requiredFields: ['namn', 'stallningstagande'],
    },
    godkannande: {
      key: 'godkannande',
      title: 'Godkännande',
      role: 'verksamhetschef',
      requiredFields: ['godkand', 'godkannare', 'datum', 'godkannare.namn', 'godkannare.titel'],
      requiredGuards: [
        { type: 'isBeforeStepDate', params: { event: 'beskrivning.submit', path: 'planeradStart', replannedBy: 'planering.omplanera' } },
      ],
    },
    uppfoljning: {
      key: 'uppfoljning',
      title: 'Uppföljning',
      role: 'enhetschef',
      requiredFields: ['riskerIntraffade', 'atgarderFungerade'],
    },
  },
  routes: [['beskrivning', 'deltagare', 'identifiera', 'vardera', 'handlingsplan', 'godkannande', 'uppfoljning']],
  facts: {
    skyddsombud_deltar: {
      title: 'skyddsombudet deltar',
      events: ['deltagare.submit'],
      path: 'skyddsombudDeltar',
      equals: true,
      decidedBy: 'deltagare.submit',
    },
  },
  conditional: [{ fact: 'skyddsombud_deltar', steps: ['skyddsombud'], before: 'godkannande', title: 'skyddsombudets synpunkter' }],
  // The verksamhetschef may stop the analysis when the change is not made; that end must stay possible.
  lawBound: [
    {
      event: 'deltagare.submit',
      path: 'skyddsombudDeltar',
      titles: ['Deltar skyddsombud?'],
      options: [
        { value: true, labels: ['Ja'] },
        { value: false, labels: ['Nej'] },
      ],
      why: 'svaret avgör om skyddsombudet ska lämna sina synpunkter före godkännandet.',
    },
  ],
  stops: [
    {
      event: 'analys.avbryt',
      title: 'Avbryt riskanalysen',
      role: 'verksamhetschef',
      after: 'beskrivning',
      requiredFields: ['motivering', 'forandringenGenomforsInte'],
    },
  ],
  // Approval and follow-up have happened when recorded; the follow-up comes after the change started (as last planned).
  dates: [
    { event: 'godkannande.submit', path: 'datum', label: 'Datumet för godkännandet', notFuture: true },
    {
      event: 'uppfoljning.submit',
      path: 'datum',
      label: 'Datumet för uppföljningen',
      notFuture: true,
      notBefore: [{ events: ['planering.omplanera', 'beskrivning.submit'], path: 'planeradStart', label: 'förändringens planerade start' }],
    },
  ],
};
