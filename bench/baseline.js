// The baselines of `check` on a folder of manuscripts, each a fresh process like the CLI's:
//   node bench/baseline.js markers DIR   reads every manuscript and counts its note markers (the least a
//                                        tool reading them can do);
//   node bench/baseline.js pipeline DIR  runs the pipeline the CLI runs (read, analyse, all rules) over
//                                        them in this one thread, and writes no report.
// Prints what it counted on stdout, and its CPU time and peak memory on stderr (bench/measure.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureOnExit } from './measure.js';

const [mode, dir] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true })
  .filter((f) => f.endsWith('.md'))
  .map((f) => join(dir, f))
  .sort();
measureOnExit();

// A note marker: a circled number in a superscript (`<sup>①</sup>`) or a Pandoc reference (`[^12]`).
const MARKER = /<sup>[\u2460-\u2473]<\/sup>|\[\^[^\]\s]+\](?!:)/gu;

if (mode === 'markers') {
  let markers = 0;
  for (const f of files) markers += readFileSync(f, 'utf8').match(MARKER)?.length ?? 0;
  console.log(JSON.stringify({ files: files.length, markers }));
} else if (mode === 'pipeline') {
  // Under the V8 settings `check` runs with.
  (await import('../dist/cli/inlining.js')).setInliningBudget();
  const { readDocument } = await import('../dist/readers/index.js');
  const { checkDocument } = await import('../dist/engine/pipeline.js');
  let notes = 0;
  for (const f of files) {
    const doc = await readDocument(f);
    await checkDocument(doc, { lang: 'en', norm: 'auto' });
    notes += doc.notes.length;
  }
  console.log(JSON.stringify({ files: files.length, notes }));
} else {
  console.error('usage: node bench/baseline.js markers|pipeline DIR');
  process.exitCode = 2;
}
