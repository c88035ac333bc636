import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileCheckOptions, PrepareOptions, Prepared } from './check-file.js';
import type { SentPrepared } from './transport.js';

/** What the pool yields for each file: its prepared report, or why it could not be read. */
export type PoolOutcome = { ok: true; prepared: Prepared } | { ok: false; path: string; message: string };
type SentOutcome = { ok: true; prepared: SentPrepared } | { ok: false; path: string; message: string };
/** A file's outcome as a worker posted it, or as this thread made it. */
type Done = { sent: SentOutcome } | { here: PoolOutcome };

/**
 * The default of `--jobs`: one thread per core but one, and no more than one per 16 files. A thread
 * checking files keeps more than its core busy: V8 compiles its hot code and collects its garbage on
 * background threads (1,000 generated manuscripts on one thread: 6.4 s of CPU on it, 2.3 s on V8's), so on
 * two cores a second thread only takes CPU from the first. And a worker loads the whole pipeline and the
 * traditional→simplified tables, and runs its first files cold in an isolate of its own (four copies of
 * the reference manuscript: 1.2 s of CPU on one thread, 2.0–2.2 s on two), which a few files do not repay.
 */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism() - 1, Math.floor(files / FILES_PER_WORKER)));
}

const FILES_PER_WORKER = 16;

// Workers run the compiled code whether the caller is dist/ or, under vitest, src/.
const WORKER = new URL('../../dist/cli/worker.js', import.meta.url);
/**
 * Files in flight per worker: those queued behind the one being checked keep it busy while the main
 * thread, checking a file of its own, does not answer its messages (about 10 ms a file).
 */
const IN_FLIGHT = 3;
/**
 * How far the main thread checks ahead of the first file not yet reported: far enough to keep it busy while
 * a worker starts (it holds up to this many reports, a few megabytes), not so far that a slow file makes it
 * hold a whole issue.
 */
const LOOKAHEAD = 128;

interface Reply {
  index: number;
  outcome?: SentOutcome;
  internal?: string;
}

/**
 * The worker threads of a run, started before this thread has loaded what it checks with: each boots
 * and loads the pipeline meanwhile. Until `checkInPool` listens, a failure is only kept.
 */
export class Workers {
  readonly threads: Worker[] = [];
  failure: Error | null = null;
  private reply: (w: Worker, m: Reply) => void = () => {};
  private failed: () => void = () => {};

  constructor(count: number, opts: FileCheckOptions & PrepareOptions) {
    for (let k = 0; k < count; k++) {
      const w = new Worker(WORKER, { workerData: opts });
      w.on('message', (m: Reply) => {
        this.reply(w, m);
      });
      w.on('error', (e) => {
        this.fail(e);
      });
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.threads.push(w);
    }
  }

  listen(reply: (w: Worker, m: Reply) => void, failed: () => void): void {
    this.reply = reply;
    this.failed = failed;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.failed();
  }

  /** Stops every thread; the run calls it once it has every file's outcome, or gives up. */
  async stop(): Promise<void> {
    for (const w of this.threads) w.removeAllListeners('exit');
    await Promise.all(this.threads.map((w) => w.terminate()));
  }
}

/**
 * Checks files on this thread and the `workers`, and yields their outcomes in the order of `files`, each
 * as soon as it and every file before it are done: the output is the same whatever the number of
 * threads. Workers are sent files as they finish them; this thread checks one (`here`) whenever it would
 * otherwise wait, so that no thread starts for the main one to sit idle, and at the end it does not wait
 * for files still queued at a worker.
 */
export async function* checkInPool(
  files: string[],
  workers: Workers,
  here: (path: string) => Promise<PoolOutcome>,
): AsyncGenerator<PoolOutcome> {
  const { receive } = await import('./transport.js');
  const done = new Map<number, Done>();
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };
  let nextToSend = 0;
  // The first file not yet reported.
  let next = 0;
  const inFlight = new Map<Worker, number>();
  const dispatch = (w: Worker, upTo: number) => {
    for (let n = inFlight.get(w) ?? 0; n < upTo && nextToSend < files.length; n++) {
      const index = nextToSend++;
      w.postMessage({ index, path: files[index] });
      inFlight.set(w, n + 1);
    }
  };
  workers.listen((w, m) => {
    if (m.internal !== undefined) workers.failure ??= new Error(m.internal);
    // (A file this thread checked too, the first answer having been taken, is dropped.)
    else if (m.index >= next && !done.has(m.index)) done.set(m.index, { sent: m.outcome! });
    inFlight.set(w, inFlight.get(w)! - 1);
    dispatch(w, IN_FLIGHT);
    signal();
  }, signal);
  // What this thread checks while it waits for `next`: the next file not sent, unless it is too far
  // ahead; once every file is out, `next` itself, which a worker has not answered yet (perhaps not even
  // started: it may be queued behind others), and whichever answer comes first counts.
  const pick = (): number | null => {
    if (nextToSend >= files.length) return next;
    return nextToSend - next < LOOKAHEAD ? nextToSend++ : null;
  };
  // One file each to start with: a worker takes a while to load and warm up, during which this thread
  // checks the files after it; more go to it as it answers.
  for (const w of workers.threads) dispatch(w, 1);
  for (; next < files.length; next++) {
    while (!done.has(next)) {
      if (workers.failure) throw workers.failure;
      // The workers' messages first: reading and checking a file never returns to the event loop
      // (files are read synchronously), and a worker waits for its next file until it does.
      await new Promise(setImmediate);
      if (done.has(next)) break;
      const index = pick();
      if (index === null) await new Promise<void>((r) => (wake = r));
      else done.set(index, { here: await here(files[index]!) });
    }
    const d = done.get(next)!;
    done.delete(next);
    if ('here' in d) yield d.here;
    else yield d.sent.ok ? { ok: true, prepared: receive(d.sent.prepared) } : d.sent;
  }
}
