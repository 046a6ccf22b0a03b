/**
 * The time to stamp on an ärende's next event: the clock's, but never earlier than its last event,
 * so clock skew between server instances cannot write a history that strict replay refuses.
 */
export function notBefore(now: string, lastAt: string): string {
  return Date.parse(now) >= Date.parse(lastAt) ? now : lastAt;
}
