// npm run bench:warmup: how a thread warms up. The generated issue's first manuscripts (bench/issue-corpus.js)
// go through the pipeline in a fresh process, as one thread of `check` reads and checks them, under the V8
// settings `check` sets; it prints the CPU time per file over files 1-100, 101-300 and 301 on (the process's:
// V8 compiles and collects garbage on threads of its own), and the thread's own where /proc gives it.
//   BENCH_WARMUP_FILES=1000  how many manuscripts;
//   BENCH_WARMUP_RUNS=3      processes run, the median of each figure kept;
//   BENCH_WARMUP_BASE=DIR    a checkout of another version, built, run in turn with this one (a before and after).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RANGES = [
  [0, 100],
  [100, 300],
  [300, Infinity],
];

/** CPU time of this thread in ms, from /proc (Linux); null elsewhere. */
function threadCpu() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** In the child: checks the files with the pipeline of `checkout`, and prints the CPU of each range. */
async function child(checkout, files) {
  const dist = (p) => pathToFileURL(join(checkout, 'dist', p)).href;
  if (existsSync(join(checkout, 'dist/cli/inlining.js'))) (await import(dist('cli/inlining.js'))).setInliningBudget();
  const { readDocument } = await import(dist('readers/index.js'));
  const { checkDocument } = await import(dist('engine/pipeline.js'));
  const process_ = [];
  const thread = [];
  for (const [from, to] of RANGES) {
    if (from >= files.length) break;
    const cpu = process.cpuUsage();
    const own = threadCpu();
    for (const f of files.slice(from, to)) await checkDocument(await readDocument(f), { lang: 'en', norm: 'auto' });
    const used = process.cpuUsage(cpu);
    const n = Math.min(to, files.length) - from;
    process_.push((used.user + used.system) / 1000 / n);
    thread.push(own === null ? null : (threadCpu() - own) / n);
  }
  console.log(JSON.stringify({ process: process_, thread }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const count = Number(process.env.BENCH_WARMUP_FILES ?? 1000);
  const runs = Number(process.env.BENCH_WARMUP_RUNS ?? 3);
  const base = process.env.BENCH_WARMUP_BASE ? resolve(process.env.BENCH_WARMUP_BASE) : null;
  const { issueManuscripts } = await import('./issue-corpus.js');
  const { writeFileSync, mkdirSync, rmSync } = await import('node:fs');
  const dir = join(tmpdir(), 'citeaudit-bench-warmup');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  let k = 0;
  for (const text of issueManuscripts(root, count)) {
    const f = join(dir, `m${String(k++).padStart(4, '0')}.md`);
    writeFileSync(f, text);
    files.push(f);
  }
  const list = join(dir, 'files.json');
  writeFileSync(list, JSON.stringify(files));
  const checkouts = base ? [root, base] : [root];
  const results = new Map(checkouts.map((c) => [c, []]));
  // In turns, so that a change in the machine's load falls on both alike.
  for (let r = 0; r < runs; r++)
    for (const c of checkouts) {
      const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'child', c, list], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`${c}: ${out.stderr.slice(0, 500)}`);
      results.get(c).push(JSON.parse(out.stdout));
    }
  const ms = (v) => (v === null || v === undefined ? '-' : `${v.toFixed(1)} ms`);
  console.log(`warm-up over ${count} generated manuscripts, CPU per file (median of ${runs} processes):`);
  for (const [c, rs] of results) {
    const cell = (key, i) => ms(rs[0][key][i] === null ? null : median(rs.map((x) => x[key][i])));
    const ranges = RANGES.slice(0, rs[0].process.length).map(([from, to], i) => {
      const label = to >= count ? `${from + 1}-${count}` : `${from + 1}-${to}`;
      return `files ${label}: ${cell('process', i)} (this thread ${cell('thread', i)})`;
    });
    console.log(`  ${c === root ? 'this version' : c}: ${ranges.join('; ')}`);
  }
}

if (process.argv[2] === 'child') await child(process.argv[3], JSON.parse(readFileSync(process.argv[4], 'utf8')));
else await main();
