/** Something sent through a public form, waiting to be registered as an ärende. */
export interface IntakeItem {
  id: string;
  processType: string;
  enhetId: string;
  data: Record<string, unknown>;
  receivedAt: string;
  registered?: { arendeId: string; userId: string; at: string };
}

/** The waiting room of public submissions (no account, no actor): kept until registered, never changed. */
export interface PublicIntake {
  receive(item: Omit<IntakeItem, 'registered'>): Promise<void>;
  /** Unregistered items for these enheter, oldest first. */
  pending(enhetIds: readonly string[]): Promise<IntakeItem[]>;
  get(id: string): Promise<IntakeItem | undefined>;
  /** Records who registered it as which ärende; false when someone already had. */
  markRegistered(id: string, arendeId: string, userId: string, at: string): Promise<boolean>;
}
