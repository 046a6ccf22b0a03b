import type { ArendeFacts } from './ArendeFacts';

/** Which date places an ärende in a period: when the händelse happened (default) or when it was reported. */
export type Datumgrund = 'handelsedatum' | 'rapportdatum';

export const DATUMGRUNDER: readonly Datumgrund[] = ['handelsedatum', 'rapportdatum'];

export const DATUMGRUND_LABELS: Readonly<Record<Datumgrund, string>> = {
  handelsedatum: 'Händelsedatum',
  rapportdatum: 'Rapportdatum',
};

/**
 * The Europe/Stockholm date that places a reported ärende in a period; undefined while it has no
 * rapport. Facts stored before händelsedatum was kept fall back to the rapport date.
 */
export function periodDate(f: ArendeFacts, grund: Datumgrund): string | undefined {
  return grund === 'rapportdatum' ? f.reportedDate : (f.handelseDate ?? f.reportedDate);
}
