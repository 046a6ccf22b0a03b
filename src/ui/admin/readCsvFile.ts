/** The server refuses more; checking here first spares sending a file that cannot be read. */
const MAX_BYTES = 1_048_576;

/** A chosen CSV file as text, or why it cannot be read (too large, not UTF-8), in Swedish. */
export async function readCsvFile(chosen: File): Promise<{ file: { name: string; text: string } } | { problem: string }> {
  if (chosen.size > MAX_BYTES) {
    return {
      problem:
        `Filen ${chosen.name} är större än 1 MB. Dela upp den i flera filer (till exempel en per verksamhet) och importera dem en ` +
        `i taget.`,
    };
  }
  try {
    // Fatal: a file saved as Windows-1252 would otherwise arrive with å, ä and ö replaced.
    return { file: { name: chosen.name, text: new TextDecoder('utf-8', { fatal: true }).decode(await chosen.arrayBuffer()) } };
  } catch {
    return {
      problem:
        `Filen ${chosen.name} är inte sparad som UTF-8, så å, ä och ö kan inte läsas. Spara den i Excel som "CSV UTF-8 ` +
        `(kommaavgränsad)" och välj den igen.`,
    };
  }
}
