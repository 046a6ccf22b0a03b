import type { VersionBeslut } from '../../api/versionBeslut';

/** For the version list: "Socialnämnden 2026-03-10 § 45, diarienummer SN 2026/123". */
export function beslutText(b: VersionBeslut): string {
  return `${b.instans} ${b.beslutsdatum}${b.paragraf ? ` ${b.paragraf}` : ''}, diarienummer ${b.diarienummer}`;
}

/** For the printed change record: "Beslutat av Socialnämnden den 2026-03-10, § 45, diarienummer SN 2026/123". */
export function beslutSentence(b: VersionBeslut): string {
  return `Beslutat av ${b.instans} den ${b.beslutsdatum}${b.paragraf ? `, ${b.paragraf}` : ''}, diarienummer ${b.diarienummer}`;
}
