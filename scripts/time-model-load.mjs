// node scripts/time-model-load.mjs — how long a fresh process takes to load the learned parser's model
// (data/parser-model.bin: read, its header parsed, its arrays viewed), and to read its first string (the lexicons built too).
// Runs 5 fresh processes on the built code (dist/) and prints the median of each.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = `
const { learnedModel, readLearned } = await import('./dist/parse/learn/reading.js');
const { lexiconTables } = await import('./dist/resolve/tables.js');
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const c0 = cpu();
const t0 = performance.now();
learnedModel();
const t1 = performance.now();
const c1 = cpu();
readLearned('周明远. 2021. 乡村治理中的数字化转型. 社会学评论, 3: 88-102.', lexiconTables);
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, cpu: c1 - c0, first: t2 - t1 }));
`;
const runs = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child], { cwd: root, encoding: 'utf8' });
  runs.push(JSON.parse(out));
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(
  `model load: median ${median(runs.map((r) => r.load)).toFixed(0)} ms of 5 fresh processes (${fmt(runs.map((r) => r.load))}; ` +
    `CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms); ` +
    `first reading, lexicons built: median ${median(runs.map((r) => r.first)).toFixed(0)} ms (${fmt(runs.map((r) => r.first))})`,
);
