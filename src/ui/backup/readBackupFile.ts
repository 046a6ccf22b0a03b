/** Reads a chosen backup file as JSON; a file that is not JSON gets the Swedish message the user sees. */
export async function readBackupFile(file: File): Promise<{ ok: true; data: unknown } | { ok: false; error: string }> {
  try {
    return { ok: true, data: JSON.parse(await file.text()) as unknown };
  } catch {
    return { ok: false, error: 'Filen är inte giltig JSON. Inget har importerats.' };
  }
}
