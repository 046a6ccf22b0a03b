import type { RoleId } from '../model/Role';
import type { Actor, Organisation } from '../model/Organisation';

/**
 * Who someone is and which roles they hold, as the organisation's own records say. The engine
 * asks it for every command, so an actor is never taken from what a caller claims.
 */
export interface Directory {
  /** The organisation (förvaltningar, verksamheter, enheter) as it is now. */
  organisation(): Promise<Organisation>;
  /** The person with the role assignments they held at the instant `at`; undefined when unknown. */
  actorAt(userId: string, at: string): Promise<Actor | undefined>;
  /** The users whose name is `namn` (case and spacing ignored): how persons named in a rapport are matched for jäv. */
  userIdsNamed?(namn: string): Promise<string[]>;
  /**
   * Everyone who held `role` anywhere (any scope) at `at`, with all the roles they held then: whether jäv has left a
   * judging step without anyone, and whom the förvaltningschef may appoint. Without it no ersättare can be appointed.
   */
  holdersAt?(role: RoleId, at: string): Promise<Actor[]>;
  /**
   * The first instant after `at` at which one of the person's role assignments starts or ends by its dates alone (no edit),
   * or undefined when none does: until then `actorAt` answers the same. Without it assignments carry no dates.
   */
  rolesChangeAfter?(userId: string, at: string): Promise<string | undefined>;
}
