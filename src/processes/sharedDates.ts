import type { DateRule } from '../engine/model/DateRule';

/** The shared åtgärd commands record when an åtgärd was carried out and when it was verified: both have happened. */
export const ATGARD_DATES: readonly DateRule[] = [
  { event: 'atgard.rapportera', path: 'genomfordDatum', label: 'Datumet då åtgärden genomfördes', notFuture: true },
  { event: 'atgard.verifiera', path: 'verifieradDatum', label: 'Datumet för verifieringen', notFuture: true },
];

/**
 * A rapport's händelse (at the enhet, while it ran), when it was noticed and, for an efterregistrering, when the
 * rapport was really given: all in the past, noticed and reported after it happened.
 */
export function rapportDates(handelse: { path: string; label: string }, upptackt: { path: string; label: string }): DateRule[] {
  const after = [{ path: handelse.path, label: 'händelsen' }];
  return [
    { event: 'rapport.submit', path: handelse.path, label: handelse.label, notFuture: true, notBeforeEnhet: 'startAndEnd' },
    { event: 'rapport.submit', path: upptackt.path, label: upptackt.label, notFuture: true, notBefore: after },
    { event: 'rapport.submit', path: 'efterregistreringDatum', label: 'Datumet då rapporten lämnades', notFuture: true, notBefore: after },
  ];
}
