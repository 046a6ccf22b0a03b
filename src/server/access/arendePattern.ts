/** A full ärende id is matched exactly; an ärende number as shown ("3F2A9C1B") as the start of the id. */
export function arendePattern(wanted: string): { exact: boolean; value: string } {
  const text = wanted.trim();
  if (text.includes(':')) return { exact: true, value: text };
  return { exact: false, value: `arende:${text.toLowerCase()}` };
}
