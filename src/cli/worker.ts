import { parentPort, workerData } from 'node:worker_threads';
import {
  checkFile,
  loadMatcher,
  preloadChecking,
  prepare,
  type FileCheckOptions,
  type PrepareOptions,
} from './check-file.js';
import { send } from './transport.js';

/** A thread of the `--jobs` pool: checks the files it is sent, one message per file, in any order. */
const opts = workerData as FileCheckOptions & PrepareOptions;
const matcher = loadMatcher(opts);
// The main thread has read the libraries already and reported any problem; a failure here reaches each file.
matcher.catch(() => {});
if (parentPort) preloadChecking();

/** Checks one file and posts its outcome; it never rejects (a failure is posted as `internal`). */
async function checkOne({ index, path }: { index: number; path: string }): Promise<void> {
  try {
    const outcome = await checkFile(path, opts, await matcher);
    if (!outcome.ok) {
      parentPort!.postMessage({ index, outcome });
      return;
    }
    const { message, transfer } = send(await prepare(outcome.result, opts));
    parentPort!.postMessage({ index, outcome: { ok: true, prepared: message } }, transfer);
  } catch (e) {
    // Anything can be thrown, null and strings included.
    const fault = e as Partial<Error> | null | undefined;
    parentPort!.postMessage({ index, internal: `${path}: ${String(fault?.message ?? e)}` });
  }
}

// Only the pool starts this module; imported elsewhere it does nothing.
parentPort?.on('message', (m: { index: number; path: string }) => {
  void checkOne(m);
});
