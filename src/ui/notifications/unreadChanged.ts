/** Fired on window when the signed-in person's unread count may have changed (read here, so the menu's count follows). */
export const UNREAD_CHANGED = 'kf-aviseringar-lasta';

export function announceUnreadChanged(): void {
  window.dispatchEvent(new Event(UNREAD_CHANGED));
}
