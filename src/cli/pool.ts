import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileCheckOptions, PrepareOptions, Prepared } from './check-file.js';
import type { SentPrepared } from './transport.js';

/** What the pool yields for each file: its prepared report, or why it could not be read. */
export type PoolOutcome = { ok: true; prepared: Prepared } | { ok: false; path: string; message: string };
type SentOutcome = { ok: true; prepared: SentPrepared } | { ok: false; path: string; message: string };

/**
 * The default of `--jobs`: one worker per core, but no more than one per 16 files. A worker first loads
 * the whole pipeline and the traditional→simplified tables (about 0.4 s of CPU each, measured), which a
 * few files do not repay: a small set is checked in the main thread.
 */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
}

const FILES_PER_WORKER = 16;

// Workers run the compiled code whether the caller is dist/ or, under vitest, src/.
const WORKER = new URL('../../dist/cli/worker.js', import.meta.url);
/** Files in flight per worker: a second one waits in its queue while the first is checked, so no thread idles between messages. */
const IN_FLIGHT = 2;

interface Reply {
  index: number;
  outcome?: SentOutcome;
  internal?: string;
}

/**
 * Checks files on `jobs` worker threads and yields their outcomes in the order of `files`, each as
 * soon as it and every file before it are done: the output is the same whatever the number of threads.
 */
export async function* checkInPool(
  files: string[],
  opts: FileCheckOptions & PrepareOptions,
  jobs: number,
): AsyncGenerator<PoolOutcome> {
  const { receive } = await import('./transport.js');
  const done = new Map<number, SentOutcome>();
  // (An object, not a `let`: the handlers set it, which the type narrowing in the loop below does not follow.)
  const state: { failure: Error | null } = { failure: null };
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  let nextToSend = 0;
  const workers: Worker[] = [];
  const dispatch = (w: Worker) => {
    if (nextToSend < files.length) {
      const index = nextToSend++;
      w.postMessage({ index, path: files[index] });
    }
  };
  const count = Math.max(1, Math.min(jobs, files.length));
  for (let k = 0; k < count; k++) {
    const w = new Worker(WORKER, { workerData: opts });
    w.on('message', (m: Reply) => {
      if (m.internal !== undefined) state.failure ??= new Error(m.internal);
      else done.set(m.index, m.outcome!);
      dispatch(w);
      signal();
    });
    w.on('error', (e) => {
      state.failure ??= e;
      signal();
    });
    w.on('exit', (code) => {
      if (code !== 0) state.failure ??= new Error(`a worker thread stopped (exit code ${code})`);
      signal();
    });
    workers.push(w);
  }
  try {
    for (let i = 0; i < IN_FLIGHT; i++) for (const w of workers) dispatch(w);
    for (let next = 0; next < files.length; next++) {
      while (!done.has(next)) {
        if (state.failure) throw state.failure;
        await new Promise<void>((r) => (wake = r));
      }
      const outcome = done.get(next)!;
      done.delete(next);
      yield outcome.ok ? { ok: true, prepared: await receive(outcome.prepared) } : outcome;
    }
  } finally {
    for (const w of workers) w.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
