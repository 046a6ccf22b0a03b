/** Polls until `ok` holds (a mail arrived, a row was written), or fails naming what it waited for. */
export async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`Väntade förgäves på: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
