// npm run bench (third part): one long manuscript of 30,000 notes against one of 3,000, each the
// concatenation of the benchmark issue's manuscripts (10 times as many for the long one, so the same mix),
// read, checked and written as JSON in this process, as `citeaudit check FILE --format json` does. The long
// one may take no more than 12 times as long. Figures are CPU time of this thread (steadier than wall
// time on a shared machine), best of a few runs, for the whole and for each step.
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueManuscripts } from './issue-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHORT = Number(process.env.BENCH_LONG_MANUSCRIPTS ?? 46); // 46 × 66 = 3,036 notes
const LIMIT = 12;

const { readDocument } = await import('../dist/readers/index.js');
const { checkDocument } = await import('../dist/engine/pipeline.js');
const { formatJson } = await import('../dist/formatters/json.js');

function manuscript(count) {
  const path = join(tmpdir(), `citeaudit-bench-long-${count}.md`);
  writeFileSync(path, [...issueManuscripts(root, count)].join('\n'));
  return path;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU milliseconds of each step of one run: reading, checking, writing the JSON report (as UTF-8). */
async function once(path) {
  let t = cpu();
  const doc = await readDocument(path);
  const read = cpu() - t;
  t = cpu();
  const result = await checkDocument(doc, { lang: 'en', norm: 'auto' });
  const check = cpu() - t;
  t = cpu();
  Buffer.byteLength(formatJson([{ path, ...result }]));
  const report = cpu() - t;
  return { notes: doc.notes.length, read, check, report, total: read + check + report };
}

/** The best of `runs` runs, for the whole and for each step on its own. */
async function best(path, runs) {
  let b = null;
  for (let k = 0; k < runs; k++) {
    const r = await once(path);
    b = b ? Object.fromEntries(Object.entries(r).map(([key, v]) => [key, Math.min(v, b[key])])) : r;
  }
  return b;
}

const shortPath = manuscript(SHORT);
const longPath = manuscript(SHORT * 10);
await once(shortPath); // warm-up: module loading and JIT
const load = loadavg()[0];
const short = await best(shortPath, 5);
const long = await best(longPath, 3);
const ratio = (k) => (long[k] / short[k]).toFixed(1);
console.log(
  `long manuscript: ${long.notes} notes in ${long.total.toFixed(0)} ms CPU against ${short.notes} notes in ` +
    `${short.total.toFixed(0)} ms: ${ratio('total')} × the time for ${(long.notes / short.notes).toFixed(1)} × the notes ` +
    `(limit ${LIMIT} ×; reading ${ratio('read')} ×, checking ${ratio('check')} ×, JSON report ${ratio('report')} ×; ` +
    `load average ${load.toFixed(1)} on ${availableParallelism()} cores)`,
);
if (long.total / short.total > LIMIT) process.exitCode = 1;
rmSync(shortPath, { force: true });
rmSync(longPath, { force: true });
