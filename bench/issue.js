// npm run bench (second part): generated issues of 300 and 1,000 manuscripts (66 notes each) checked by the
// CLI with 1, 2 and N worker threads: wall time, files/s, notes/s, CPU time and peak memory (RSS, all
// threads), beside two baselines run on the same files in fresh processes: reading them and counting their
// note markers, and the pipeline alone in one thread (bench/baseline.js). The JSON of every run must be
// byte-identical, and each file's part equal to checking that file alone.
//   BENCH_ISSUE_FILES=300,1000  the sizes of the issues;
//   BENCH_ISSUE_RUNS=3          each process is run this many times and its fastest run kept;
//   BENCH_ISSUE_BASE=DIR        a checkout of another version, built (`npm run build`), whose CLI is run
//                               beside this one on the same files (today's main, for a before and after).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIssue } from './issue-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_ISSUE_FILES ?? '300,1000').split(',').map(Number);
const repeat = Number(process.env.BENCH_ISSUE_RUNS ?? 3);
const base = process.env.BENCH_ISSUE_BASE ? resolve(process.env.BENCH_ISSUE_BASE) : null;
const cores = availableParallelism();
const jobsList = [...new Set([1, 2, cores])];

/** Runs a node script `repeat` times; the fastest run, with its CPU time and peak memory. */
function fastest(args) {
  let best = null;
  for (let k = 0; k < repeat; k++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = performance.now() - t;
    const m = /@measure (\{.*\})/.exec(r.stderr);
    if (!m) throw new Error(`${args.join(' ')} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    const u = JSON.parse(m[1]);
    if (!best || ms < best.ms)
      best = { ms, code: r.status, stdout: r.stdout, cpu: (u.user + u.system) / 1e6, rss: u.maxRSS / 1024 };
  }
  return best;
}

function check(checkout, dir, jobs) {
  const out = join(tmpdir(), `citeaudit-bench-issue-${checkout === root ? 'this' : 'base'}-j${jobs}.json`);
  const run = fastest([
    join(checkout, 'bench/measure-check.js'),
    ...['check', dir, '--format', 'json', '-o', out, '--jobs', String(jobs)],
  ]);
  return { ...run, jobs, out };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const usage = (r) => `CPU ${r.cpu.toFixed(1)} s; peak RSS ${r.rss.toFixed(0)} MB`;
const ratio = (a, b) => `${(a / b).toFixed(2)} ×`;

async function benchIssue(count) {
  const dir = generateIssue(root, join(tmpdir(), 'citeaudit-bench-issue'), count);
  const markers = fastest([join(root, 'bench/baseline.js'), 'markers', dir]);
  const pipeline = fastest([join(root, 'bench/baseline.js'), 'pipeline', dir]);
  const reportOut = join(tmpdir(), 'citeaudit-bench-issue-report.json');
  const withReport = fastest([join(root, 'bench/baseline.js'), 'report', dir, reportOut]);
  const runs = jobsList.map((jobs) => check(root, dir, jobs));
  const baseRuns = base ? jobsList.map((jobs) => check(base, dir, jobs)) : [];
  const reference = readFileSync(runs[0].out);
  const report = JSON.parse(reference.toString('utf8'));
  const notes = report.summary.notes;
  const one = runs[0];
  const two = runs.find((r) => r.jobs === 2);
  const lines = [
    `issue of ${count}: ${report.summary.files} manuscripts, ${notes} notes, ${report.summary.citations} citations; ${report.issue?.diagnostics.length ?? 0} findings across articles (${cores} cores here)`,
    `  reading the files and counting note markers (${JSON.parse(markers.stdout).markers}): ${seconds(markers.ms)}; ${usage(markers)}`,
    `  the pipeline alone in one thread, no report: ${seconds(pipeline.ms)}; ${usage(pipeline)}`,
    `  the pipeline and its JSON report in one thread, a plain loop: ${seconds(withReport.ms)}; ${usage(withReport)}; JSON ${readFileSync(reportOut).equals(reference) ? 'identical to --jobs 1' : 'DIFFERENT from --jobs 1'}`,
  ];
  if (!readFileSync(reportOut).equals(reference)) process.exitCode = 1;
  for (const r of [...runs, ...baseRuns]) {
    const same = r === one || readFileSync(r.out).equals(reference);
    lines.push(
      `  ${r.out.includes('-base-') ? `${base}: ` : ''}check --jobs ${r.jobs}: ${seconds(r.ms)} → ${Math.round((count / r.ms) * 1000)} files/s, ${Math.round((notes / r.ms) * 1000)} notes/s; ${usage(r)}; exit ${r.code}; JSON ${same ? 'identical to --jobs 1' : 'DIFFERENT from --jobs 1'}`,
    );
    if (!same) process.exitCode = 1;
  }
  lines.push(`  --jobs 1 / the pipeline alone: ${ratio(one.ms, pipeline.ms)} (issue 16: at most 1.3 ×)`);
  lines.push(
    `  --jobs 1 / the pipeline and its report in a plain loop: ${ratio(one.ms, withReport.ms)} (what the CLI adds)`,
  );
  lines.push(`  --jobs 2 / counting note markers: ${ratio(two.ms, markers.ms)} (at most 12 ×)`);
  lines.push(`  --jobs 1 / --jobs 2: ${ratio(one.ms, two.ms)} (at least 1.6 × on 2 cores)`);
  for (const b of baseRuns) {
    const r = runs.find((x) => x.jobs === b.jobs);
    lines.push(`  --jobs ${b.jobs}: this version / ${base}: ${ratio(r.ms, b.ms)}`);
  }
  lines.push(`  ${await sameAsAlone(report)}`);
  console.log(lines.join('\n'));
  for (const r of [...runs, ...baseRuns]) rmSync(r.out, { force: true });
  rmSync(reportOut, { force: true });
}

/**
 * One file at a time, as `citeaudit check FILE --format json` prints it: every file of the report checked
 * again in this process, and a sample through the CLI itself.
 */
async function sameAsAlone(report) {
  const { checkFile } = await import('../dist/cli/check-file.js');
  const { formatJson } = await import('../dist/formatters/json.js');
  let differ = 0;
  for (const f of report.files) {
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
  if (differ || sampleDiffer) process.exitCode = 1;
  return `one file at a time: ${report.files.length - differ}/${report.files.length} files identical (in-process), ${sample.length - sampleDiffer}/${sample.length} identical through the CLI`;
}

for (const count of sizes) await benchIssue(count);
