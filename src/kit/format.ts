const dateFmt = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimeFmt = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const longDateFmt = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });

/** 2026-03-13 */
export const formatDate = (iso: string) => dateFmt.format(new Date(iso));
/** 2026-03-13 09:42 */
export const formatDateTime = (iso: string) => dateTimeFmt.format(new Date(iso));
/** 13 mars 2026 */
export const formatLongDate = (iso: string) => longDateFmt.format(new Date(iso));
export const formatNumber = (n: number) => n.toLocaleString('sv-SE');
/** "1 ärende", "2 ärenden", "1 är försenat": a count with the singular or plural form that follows it. */
export const countOf = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "om 3 dagar", "i dag", "2 dagar sedan" for deadlines. */
export function relativeDays(iso: string, now: string): string {
  const days = Math.round((new Date(iso).getTime() - new Date(now).getTime()) / 86_400_000);
  if (days === 0) return 'i dag';
  if (days === 1) return 'i morgon';
  if (days === -1) return 'i går';
  return days > 0 ? `om ${days} dagar` : `${-days} dagar sedan`;
}
