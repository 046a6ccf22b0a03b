/** Window event naming a draft key whose stored draft was put back from elsewhere (the outbox). */
export const DRAFT_RESTORED = 'kf-draft-restored';

/** Tells an open form with this draft key to show the restored draft (it may not remount). */
export function announceDraftRestored(draftKey: string): void {
  window.dispatchEvent(new CustomEvent<string>(DRAFT_RESTORED, { detail: draftKey }));
}
