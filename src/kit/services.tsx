import { createContext, useContext } from 'react';
import type { Backend } from '../api/Backend';
import type { Person } from '../api/contract';
import type { Organisation, PackRegistry, ProcessCatalog } from '../engine/index';
import type { PackUiLoaders } from './PackUi';

/** What the UI needs before anyone is signed in, wired in src/main.tsx (the UI never imports adapters). */
export interface BaseServices {
  backend: Backend;
  /** The processes this product runs, composed in src/main.tsx from src/processes/packs.ts. */
  packs: PackRegistry;
  /** Each process's React part, found by its place in src/processes by the composition root (none: no panels, no prints). */
  packUi?: PackUiLoaders;
  now(): string;
  /**
   * What every page but the first lists needs and the first rows do not (the form validator, the forms), loaded once: the same
   * promise each call. Absent: all is there from the start (tests).
   */
  ready?: () => Promise<void>;
  /** Resolves once the bundled forms are in `backend.registry.catalog` (with `ready`); absent: there from the start (tests). */
  formsLoaded?: Promise<void>;
  drafts: {
    load(key: string): Promise<unknown>;
    save(key: string, data: unknown): Promise<void>;
    clear(key: string): Promise<void>;
    /** Registers a form's flush of unsaved input, run before the database closes for an upgrade. */
    track?(flush: () => Promise<void>): () => void;
  };
}

/** Everything the signed-in UI needs: the base plus the organisation and people the server gave the session. */
export interface Services extends BaseServices {
  org: Organisation;
  people: readonly Person[];
  /** Bundled forms plus those published with versions (grows as versions are published). */
  catalog: ProcessCatalog;
  /** Calls back with an ärende id (and its newest seq) when someone changed it (`*`: refresh everything). */
  subscribe(onChange: (arendeId: string, seq?: number) => void): () => void;
}

export const BaseServicesContext = createContext<BaseServices | undefined>(undefined);
export const ServicesContext = createContext<Services | undefined>(undefined);

export function useBaseServices(): BaseServices {
  const s = useContext(BaseServicesContext);
  if (!s) throw new Error('BaseServicesContext saknas');
  return s;
}

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('ServicesContext saknas');
  return s;
}
