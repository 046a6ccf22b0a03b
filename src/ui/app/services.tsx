import { createContext, useContext } from 'react';
import type { Actor, BackupFile, Engine, ImportResult, Organisation, ProcessCatalog } from '../../engine/index';

/** Everything the UI needs, wired in src/main.tsx (the UI never imports adapters itself). */
export interface Services {
  engine: Engine;
  org: Organisation;
  users: readonly Actor[];
  catalog: ProcessCatalog;
  now(): string;
  storage: {
    /** Whether the browser granted persistent storage (data is not evicted under pressure). */
    persisted(): Promise<boolean>;
    requestPersistence(): Promise<boolean>;
    exportBackup(): Promise<BackupFile>;
    importBackup(file: unknown, onProgress?: (done: number, total: number) => void | Promise<void>): Promise<ImportResult>;
  };
  /** Calls back with an ärende id when another tab (or window) changed it; returns an unsubscribe. */
  subscribe(onChange: (arendeId: string) => void): () => void;
  drafts: {
    load(key: string): Promise<unknown>;
    save(key: string, data: unknown): Promise<void>;
    clear(key: string): Promise<void>;
    /** Registers a form's flush of unsaved input, run before the database closes for an upgrade. */
    track?(flush: () => Promise<void>): () => void;
  };
}

export const ServicesContext = createContext<Services | undefined>(undefined);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('ServicesContext saknas');
  return s;
}
