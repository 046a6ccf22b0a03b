import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { asCheckpoint } from './checkpoint';
import type { Checkpoint } from './checkpoint';

/**
 * The checkpoints kept outside the database (beside the signing key, and in every backup): one JSON line each, only
 * ever appended. Someone who rewrites the database cannot rewrite these too unless she also reaches this file.
 */
export interface WitnessFile {
  readonly path: string;
  append(c: Checkpoint): void;
  /** Every checkpoint in it, and the lines that are not one (named by number, never dropped silently). */
  read(): { checkpoints: Checkpoint[]; unreadable: number[] };
}

export function witnessFile(path: string): WitnessFile {
  return {
    path,
    append(c) {
      mkdirSync(dirname(path), { recursive: true });
      appendFileSync(path, `${JSON.stringify(c)}\n`, { mode: 0o600 });
    },
    read() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        if ((e as { code?: string }).code === 'ENOENT') return { checkpoints: [], unreadable: [] };
        throw e;
      }
      const checkpoints: Checkpoint[] = [];
      const unreadable: number[] = [];
      text.split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        let c: Checkpoint | undefined;
        try {
          c = asCheckpoint(JSON.parse(line));
        } catch {
          c = undefined;
        }
        if (c) checkpoints.push(c);
        else unreadable.push(i + 1);
      });
      return { checkpoints, unreadable };
    },
  };
}
