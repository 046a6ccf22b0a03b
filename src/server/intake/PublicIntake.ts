/** Something sent through a public form, waiting to be registered as an ärende. */
export interface IntakeItem {
  id: string;
  processType: string;
  enhetId: string;
  data: Record<string, unknown>;
  receivedAt: string;
  /** Made once per filled-in form by the sender's browser and kept across its retries: one item per key. */
  idempotencyKey?: string;
  registered?: { arendeId: string; userId: string; at: string };
}

/** The waiting room of public submissions (no account, no actor): kept until registered, never changed. */
export interface PublicIntake {
  /** Keeps a new item; one with the same key already here (waiting or registered) is returned instead and nothing is stored. */
  receive(item: Omit<IntakeItem, 'registered'>): Promise<IntakeItem | undefined>;
  /** Unregistered items for these enheter, oldest first. */
  pending(enhetIds: readonly string[]): Promise<IntakeItem[]>;
  get(id: string): Promise<IntakeItem | undefined>;
  /** Every unregistered item, oldest first (the backup carries them: no ärende holds them yet). */
  allPending(): Promise<IntakeItem[]>;
  /** Puts back items from a backup; one already here (by id or key, waiting or registered) is left as it is. Returns how many were new. */
  restore(items: readonly Omit<IntakeItem, 'registered'>[]): Promise<number>;
  /** Records who registered it as which ärende; false when someone already had. */
  markRegistered(id: string, arendeId: string, userId: string, at: string): Promise<boolean>;
}

/** The ärende a registered item becomes: fixed by the item, so registering it twice cannot open two. */
export const arendeIdOfIntake = (itemId: string): string => `arende:${itemId}`;
