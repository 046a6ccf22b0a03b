import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: the cookie value. Only its hash is stored, so a database reader cannot sign in as anyone. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** When a session last used at `lastSeenAt` ends at the latest: its idle or its absolute end, whichever comes first. */
export function sessionUntil(lastSeenAt: string, expiresAt: string, idleMinutes: number): string {
  const idleEnd = addMinutes(lastSeenAt, idleMinutes);
  return idleEnd < expiresAt ? idleEnd : expiresAt;
}
