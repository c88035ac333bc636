// npm run bench (second part): a generated issue of 1,000 manuscripts (66,000 notes) checked by the CLI
// with 1, 2 and N worker threads: wall time, files/s, notes/s, CPU time and peak memory (RSS, all threads);
// the JSON of every run must be byte-identical, and each file's part equal to checking that file alone.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIssue } from './issue-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.env.BENCH_ISSUE_FILES ?? 1000);
const dir = generateIssue(root, join(tmpdir(), 'citeaudit-bench-issue'), count);
const cores = availableParallelism();
const jobsList = [...new Set([1, 2, cores])];

function run(jobs) {
  const out = join(tmpdir(), `citeaudit-bench-issue-j${jobs}.json`);
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'bench/measure-check.js'), 'check', dir, '--format', 'json', '-o', out, '--jobs', String(jobs)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const ms = performance.now() - t;
  const m = /@measure (\{.*\})/.exec(r.stderr);
  if (!m) throw new Error(`check --jobs ${jobs} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  return { jobs, ms, code: r.status, out, ...JSON.parse(m[1]) };
}

const runs = jobsList.map(run);
const reference = readFileSync(runs[0].out);
const report = JSON.parse(reference.toString('utf8'));
const notes = report.summary.notes;
const lines = [
  `issue: ${report.summary.files} manuscripts, ${notes} notes, ${report.summary.citations} citations; ${report.issue?.diagnostics.length ?? 0} findings across articles (${cores} cores here)`,
];
for (const r of runs) {
  const same = r === runs[0] || readFileSync(r.out).equals(reference);
  lines.push(
    `check --jobs ${r.jobs}: ${(r.ms / 1000).toFixed(2)} s → ${Math.round((count / r.ms) * 1000)} files/s, ${Math.round((notes / r.ms) * 1000)} notes/s; CPU ${((r.user + r.system) / 1e6).toFixed(1)} s; peak RSS ${(r.maxRSS / 1024).toFixed(0)} MB; exit ${r.code}; JSON ${same ? 'identical to --jobs 1' : 'DIFFERENT from --jobs 1'}`,
  );
  if (!same) process.exitCode = 1;
}

// One file at a time, as `citeaudit check FILE --format json` prints it: every file in this process, and a
// sample through the CLI itself.
const { checkFile } = await import('../dist/cli/check-file.js');
const { formatJson } = await import('../dist/formatters/json.js');
let differ = 0;
for (let k = 0; k < report.files.length; k++) {
  const f = report.files[k];
  const o = await checkFile(f.path, { lang: 'en', norm: 'auto', rule: {} });
  const alone = o.ok ? JSON.parse(formatJson([o.result])).files[0] : null;
  if (JSON.stringify(alone) !== JSON.stringify(f)) differ++;
}
const sample = report.files.filter((_, k) => k % Math.max(1, Math.floor(report.files.length / 20)) === 0);
let sampleDiffer = 0;
for (const f of sample) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin/citeaudit.js'), 'check', f.path, '--format', 'json', '--lang', 'en'],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (JSON.stringify(JSON.parse(r.stdout).files[0]) !== JSON.stringify(f)) sampleDiffer++;
}
lines.push(
  `one file at a time: ${report.files.length - differ}/${report.files.length} files identical (in-process), ${sample.length - sampleDiffer}/${sample.length} identical through the CLI`,
);
if (differ || sampleDiffer) process.exitCode = 1;
console.log(lines.join('\n'));
for (const r of runs) rmSync(r.out, { force: true });
