import type { Static } from 'typebox';
import type { BeslutAnswerSchema, BeslutBody, VersionBeslutSchema } from './wire/beslutSchemas';

/** What the processägare records about the nämnd's beslut on a version. */
export type BeslutInput = Static<typeof BeslutBody>;
/** A recorded beslut: the input, and who recorded it when (set by the server from the session). */
export type VersionBeslut = Static<typeof VersionBeslutSchema>;
export type BeslutAnswer = Static<typeof BeslutAnswerSchema>;

export const DIARIENUMMER_MAX = 60;
const INSTANS_MAX = 120;
const PARAGRAF_MAX = 20;

function isRealDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

/** The first thing wrong with a beslut, in Swedish, or undefined. `today` is the Stockholm date (YYYY-MM-DD). */
export function beslutProblem(input: BeslutInput, today: string): string | undefined {
  const instans = input.instans.trim();
  const diarienummer = input.diarienummer.trim();
  if (!instans) return 'Skriv vem som beslutade, till exempel "Socialnämnden".';
  if (instans.length > INSTANS_MAX) return `"Beslutat av" får vara högst ${INSTANS_MAX} tecken.`;
  if (!isRealDate(input.beslutsdatum)) return `Beslutsdatumet "${input.beslutsdatum}" finns inte. Ange ett riktigt datum (ÅÅÅÅ-MM-DD).`;
  if (input.beslutsdatum > today)
    return `Beslutsdatumet ${input.beslutsdatum} ligger i framtiden. Ett beslut registreras när det är fattat.`;
  if (!diarienummer) return 'Skriv beslutets diarienummer, till exempel "SN 2026/123".';
  if (diarienummer.length > DIARIENUMMER_MAX) return `Diarienumret får vara högst ${DIARIENUMMER_MAX} tecken.`;
  if ((input.paragraf?.trim().length ?? 0) > PARAGRAF_MAX) return `Paragrafen får vara högst ${PARAGRAF_MAX} tecken, till exempel "§ 45".`;
  return undefined;
}

/** The input as stored: trimmed, an empty paragraf left out. */
export function cleanBeslut(input: BeslutInput): BeslutInput {
  const paragraf = input.paragraf?.trim();
  return {
    instans: input.instans.trim(),
    beslutsdatum: input.beslutsdatum,
    diarienummer: input.diarienummer.trim(),
    ...(paragraf ? { paragraf } : {}),
  };
}

/** The beslut that holds for each version: the latest record of it. */
export function currentBeslut(records: readonly VersionBeslut[]): Map<number, VersionBeslut> {
  return new Map(records.map((r) => [r.version, r]));
}
