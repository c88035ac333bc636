// npm run bench: throughput of `check` with all rules on one core, start-up time, peak memory, and the
// reference parser's own throughput.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { longDocx } from './docx.js';
import { generateCorpus } from './generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = generateCorpus(root, join(root, 'bench/corpus'), 200);
const files = readdirSync(corpus)
  .map((f) => join(corpus, f))
  .sort();

const { readDocument } = await import('../dist/readers/index.js');
const { checkDocument } = await import('../dist/engine/pipeline.js');

async function pass() {
  let notes = 0;
  let diagnostics = 0;
  const t0 = performance.now();
  for (const f of files) {
    const doc = await readDocument(f);
    const r = await checkDocument(doc, { lang: 'en', norm: 'auto' });
    notes += doc.notes.length;
    diagnostics += r.diagnostics.length;
  }
  return { ms: performance.now() - t0, notes, diagnostics };
}

await pass(); // warm-up: module loading and JIT are start-up costs, measured separately below
const runs = [await pass(), await pass(), await pass(), await pass(), await pass()];
const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
const notesPerSecond = Math.round((best.notes / best.ms) * 1000);

const startups = [];
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [join(root, 'bin/citeaudit.js'), '--version']);
  startups.push(performance.now() - t);
}
startups.sort((a, b) => a - b);

const cold = spawnSync(
  process.execPath,
  [
    '--expose-gc',
    '-e',
    `
  const t = performance.now();
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, [${JSON.stringify(join(root, 'bin/citeaudit.js'))}, 'check', ${JSON.stringify(corpus)}, '--format', 'json', '-o', '/dev/null']);
  console.log(JSON.stringify({ ms: performance.now() - t, code: r.status }));
`,
  ],
  { encoding: 'utf8' },
);
const whole = JSON.parse(cold.stdout || '{}');

// DOCX: the pandoc conversion of the reference manuscript, and a 500-note document (about 100 pages).
const docxPath = join(root, 'fixtures/docx/llm-labor-value.docx');
for (let i = 0; i < 3; i++) await checkDocument(await readDocument(docxPath), { lang: 'en', norm: 'auto' });
let docxRuns = 0;
const d0 = performance.now();
while (performance.now() - d0 < 2000) {
  await checkDocument(await readDocument(docxPath), { lang: 'en', norm: 'auto' });
  docxRuns++;
}
const docxPerSecond = docxRuns / ((performance.now() - d0) / 1000);
const longPath = join(root, 'bench/corpus-long.docx');
writeFileSync(longPath, longDocx(root, 500));
const longTimes = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const doc = await readDocument(longPath);
  longTimes.push(performance.now() - t);
  if (doc.notes.length !== 500) throw new Error(`long DOCX read ${doc.notes.length} notes`);
}
longTimes.sort((a, b) => a - b);

console.log(`corpus: ${files.length} manuscripts, ${best.notes} notes, ${best.diagnostics} diagnostics`);
console.log(`check (all rules, one core, in-process, best of 5): ${best.ms.toFixed(0)} ms → ${notesPerSecond} notes/s`);
console.log(`citeaudit --version start-up (median of 11): ${startups[5].toFixed(0)} ms`);
console.log(
  `citeaudit check on the whole corpus folder (cold process): ${whole.ms?.toFixed(0)} ms, exit ${whole.code}`,
);
console.log(
  `DOCX (66 notes, read + check): ${docxPerSecond.toFixed(1)} manuscripts/s; reading a 500-note DOCX: ${longTimes[2].toFixed(0)} ms (median of 5)`,
);
// The parser alone: the shared corpus's reference strings when present, else the reference manuscript's notes.
const { speedLine } = await import('../scripts/eval-parse.mjs');
const { parseReference } = await import('../dist/parse/index.js');
const corpusDir = join(root, '..', 'shared', 'corpus');
const references = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(join(corpusDir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l).text),
      )
  : readFileSync(join(root, 'fixtures/llm-labor-value.md'), 'utf8')
      .split('\n')
      .filter((l) => /^[①-⑳] /u.test(l))
      .map((l) => l.slice(2));
console.log(
  `parse (${existsSync(corpusDir) ? 'shared corpus' : 'reference manuscript notes'}): ${speedLine(references, parseReference)}`,
);
console.log(`peak memory (this process, RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// The catalog benchmark, after the rest: a million records take minutes to import.
const { benchCatalog } = await import('./catalog.js');
await benchCatalog(root);
