import { Worker } from 'node:worker_threads';
import type { CheckResult, Organisation, PersonRecord, ProcessDefinition } from '../../engine/internal';

/** What the checking thread is given: the file and a snapshot of everything it is checked against. */
export interface ImportJobInput {
  file: unknown;
  known: ProcessDefinition[];
  org: Organisation;
  people: PersonRecord[];
  now: string;
  existing: Record<string, { lastSeq: number; lastHash: string }>;
}

export type ImportJobMessage = { kind: 'progress'; done: number; total: number } | { kind: 'result'; result: CheckResult };

/** Runs `checkBackup` in a worker thread and resolves with its verdict (the caller writes, in one transaction). */
export function checkInWorker(input: ImportJobInput, onProgress?: (done: number, total: number) => void): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./workerBoot.mjs', import.meta.url), {
      workerData: { module: new URL('./importWorker.ts', import.meta.url).href, input },
    });
    let settled = false;
    worker.on('message', (m: ImportJobMessage) => {
      if (m.kind === 'progress') onProgress?.(m.done, m.total);
      else {
        settled = true;
        resolve(m.result);
        void worker.terminate();
      }
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`Kontrollen av filen avslutades oväntat (kod ${code}).`));
    });
  });
}
