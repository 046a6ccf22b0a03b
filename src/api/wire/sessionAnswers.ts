import type { TUnsafe } from 'typebox';
import { Type } from 'typebox';
import type { Actor, Organisation } from '../../engine/index';

const engineShaped = <T>(description: string): TUnsafe<T> => Type.Unsafe<T>({ type: 'object', description });
const OrganisationSchema = engineShaped<Organisation>('Organisationen: förvaltningar, verksamheter och enheter.');

export const PersonSchema = Type.Object({ userId: Type.String(), namn: Type.String() });

export const SessionInfoSchema = Type.Object({
  /** The signed-in person with the roles the organisation gives them now. */
  user: engineShaped<Actor>('Den inloggade personen med de roller organisationen ger henne nu.'),
  org: OrganisationSchema,
  /** Names of the people who appear in ärenden the user may read. */
  people: Type.Array(PersonSchema),
  /** The embedded demo: sign-in by picking a demo person. */
  demo: Type.Boolean(),
});

export const SessionAnswerSchema = Type.Object({ session: Type.Union([SessionInfoSchema, Type.Null()]) });

/** The demo's people to pick from, with their local accounts' user names and the shared demo password. */
export const DemoPeopleSchema = Type.Object({
  org: OrganisationSchema,
  people: Type.Array(
    engineShaped<Pick<Actor, 'userId' | 'namn' | 'roles'> & { username: string }>('En demoperson: namn, roller och användarnamn.'),
  ),
  password: Type.Optional(Type.String()),
});

/** How one may sign in on this server, for the sign-in page. */
export const SignInMethodsSchema = Type.Object({
  /** User name and password (local accounts). */
  local: Type.Boolean(),
  /** The kommun's identity provider: the button's text, when configured. */
  oidc: Type.Optional(Type.Object({ label: Type.String() })),
  demo: Type.Boolean(),
});
