// npm run bench (third part): one long manuscript of 30,000 notes against one of 3,000, each the
// concatenation of the benchmark issue's manuscripts (10 times as many for the long one, so the same mix):
// checked in this process as `citeaudit check FILE --format json` checks one file. The long one may take
// no more than 12 times as long; the figure is CPU time of this thread, steadier than wall time on a shared
// machine, best of a few runs.
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueManuscripts } from './issue-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHORT = Number(process.env.BENCH_LONG_MANUSCRIPTS ?? 46); // 46 × 66 = 3,036 notes
const LIMIT = 12;

const { checkFile } = await import('../dist/cli/check-file.js');
const { formatJson } = await import('../dist/formatters/json.js');

function manuscript(count) {
  const path = join(tmpdir(), `citeaudit-bench-long-${count}.md`);
  writeFileSync(path, [...issueManuscripts(root, count)].join('\n'));
  return path;
}

/** CPU and wall milliseconds of the best of `runs` checks of `path`, with what the report counted. */
async function measure(path, runs) {
  let best = null;
  for (let k = 0; k < runs; k++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const o = await checkFile(path, { lang: 'en', norm: 'auto', rule: {} });
    if (!o.ok) throw new Error(`${path}: ${o.message}`);
    const bytes = formatJson([o.result]).length;
    const used = process.cpuUsage(cpu);
    const run = { cpu: (used.user + used.system) / 1000, wall: performance.now() - t, bytes, result: o.result };
    if (!best || run.cpu < best.cpu) best = run;
  }
  return best;
}

const shortPath = manuscript(SHORT);
const longPath = manuscript(SHORT * 10);
await measure(shortPath, 1); // warm-up: module loading and JIT
const load = loadavg()[0];
const short = await measure(shortPath, 5);
const long = await measure(longPath, 3);
const notes = (r) => r.result.analysis.doc.notes.length;
const ratio = long.cpu / short.cpu;
console.log(
  `long manuscripts: ${notes(short)} notes in ${short.cpu.toFixed(0)} ms CPU (${short.wall.toFixed(0)} ms wall), ` +
    `${notes(long)} notes in ${long.cpu.toFixed(0)} ms CPU (${long.wall.toFixed(0)} ms wall): ` +
    `${ratio.toFixed(1)} × the time for ${(notes(long) / notes(short)).toFixed(1)} × the notes ` +
    `(limit ${LIMIT} ×; load average ${load.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores)`,
);
if (ratio > LIMIT) process.exitCode = 1;
rmSync(shortPath, { force: true });
rmSync(longPath, { force: true });
