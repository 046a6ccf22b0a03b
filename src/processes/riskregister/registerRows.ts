import type { ArendeContext } from '../../engine/model/ArendeContext';

/** One row of the register as the upprättande recorded it (`atgard` with ansvarig and date often unknown). */
export interface RegisterRow {
  nr: number;
  process: string;
  egenkontroll?: string;
  risk: string;
  kvalitetskriterier: string[];
  sannolikhet: number;
  konsekvens: number;
  atgard?: { vad?: string; ansvarig?: { namn: string; titel: string }; klartDatum?: string };
  uppfoljning: string;
}

/** The register's rows in the order written (the latest upprättande, after an återremiss the corrected one). */
export function registerRows(context: Pick<ArendeContext, 'steps'>): RegisterRow[] {
  const risker = (context.steps['upprattande.submit']?.data as { risker?: unknown } | undefined)?.risker;
  return Array.isArray(risker) ? (risker as RegisterRow[]) : [];
}

const clip = (text: string, max: number) =>
  Array.from(text).length > max
    ? `${Array.from(text)
        .slice(0, max - 1)
        .join('')}…`
    : text;

/** What the risk's åtgärd is caused by, worded the same each time so the register can tell which rows already have one. */
export const orsakOfRow = (row: RegisterRow) => clip(`Risk nr ${row.nr} i riskregistret (${row.process}): ${row.risk}`, 1000);

/**
 * The shared "Lägg till åtgärd" form's starting data from a row: the row's åtgärd (or "Minska risken: …"), the risk as
 * orsak, and ansvarig and klart-datum when the register has them; the person fills in what is missing.
 */
export function atgardFromRow(row: RegisterRow): { atgard: Record<string, unknown> } {
  const vad = row.atgard?.vad?.trim() ? row.atgard.vad : `Minska risken: ${row.risk}`;
  return {
    atgard: {
      vad: clip(vad, 2000),
      orsak: orsakOfRow(row),
      ...(row.atgard?.ansvarig ? { ansvarig: row.atgard.ansvarig } : {}),
      ...(row.atgard?.klartDatum ? { klartDatum: row.atgard.klartDatum } : {}),
      // A register's åtgärd keeps a risk from happening.
      typ: 'forebyggande',
    },
  };
}
