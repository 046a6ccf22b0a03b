import { createContext, useContext } from 'react';
import type { Actor } from '../engine/index';

export interface Session {
  user: Actor;
  signOut(): void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('SessionContext saknas');
  return s;
}
