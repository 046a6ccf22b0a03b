import { Type } from 'typebox';
import { Id, closed, text } from './primitives';

export const DemoSignInBody = Type.Object({ userId: Id }, closed);

export const LocalSignInBody = Type.Object({ username: text(200), password: text(200) }, closed);

/** A new password chosen at sign-in in place of the one-time code mailed to the person (issue 22). */
export const ChangePasswordBody = Type.Object({ username: text(200), password: text(200), newPassword: text(200) }, closed);

/** `?overallt=1` signs out every session of the person, not only this browser's. */
export const SignOutQuery = Type.Object({ overallt: Type.Optional(Type.String({ maxLength: 10 })) });
