import type { LegalSkeleton } from '../../engine/model/LegalSkeleton';

// Patientsäkerhetslagen 3 kap. 5 §; in a kommun the MAS judges and makes the anmälan (HSL 11 kap. 4 §).
export const skeleton: LegalSkeleton = {
  processType: 'lex-maria',
  steps: {
    bedomning: {
      key: 'bedomning',
      title: 'Lex Maria-bedömning',
      role: 'mas',
      independent: true,
      requiredFields: ['handelse', 'anmalas', 'motivering', 'bedomare', 'bedomare.namn'],
    },
    anmalan: {
      key: 'anmalan',
      title: 'Anmälan till IVO enligt lex Maria',
      role: 'mas',
      requiredFields: ['skickadDatum', 'satt'],
      requiredGuards: [{ type: 'isDateBetweenStepAndToday', params: { path: 'skickadDatum', notBefore: 'bedomning.submit' } }],
    },
    avslut: { key: 'avslut', title: 'Avslut', role: 'mas', requiredFields: ['aterkoppling'] },
  },
  routes: [['bedomning', 'avslut']],
  facts: {
    anmals: {
      title: 'MAS har bedömt att händelsen ska anmälas',
      events: ['bedomning.submit'],
      path: 'anmalas',
      equals: true,
      decidedBy: 'bedomning.submit',
    },
  },
  conditional: [{ fact: 'anmals', steps: ['anmalan'], before: 'avslut', title: 'anmälan till IVO enligt lex Maria' }],
  lawBound: [
    {
      event: 'bedomning.submit',
      path: 'anmalas',
      titles: ['Ska händelsen anmälas till IVO enligt lex Maria?'],
      options: [
        { value: true, labels: ['Ja – anmäls till IVO (har medfört eller hade kunnat medföra en allvarlig vårdskada)'] },
        { value: false, labels: ['Nej – anmäls inte (ingen allvarlig vårdskada och ingen risk för det)'] },
      ],
      why: 'bedömningen avgör om händelsen ska anmälas till IVO enligt lex Maria.',
    },
  ],
  dates: [
    { event: 'bedomning.submit', path: 'handelseDatum', label: 'Händelsedatumet', notFuture: true, notBeforeEnhet: 'startAndEnd' },
    {
      event: 'anmalan.submit',
      path: 'skickadDatum',
      label: 'Datumet då anmälan skickades',
      notFuture: true,
      notBefore: [{ events: ['bedomning.submit'], path: 'handelseDatum', label: 'händelsen' }],
    },
    { event: 'avslut.submit', path: 'datum', label: 'Avslutsdatumet', notFuture: true },
  ],
};
