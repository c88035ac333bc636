// The baselines of `check` on a folder of manuscripts, each a fresh process like the CLI's:
//   node bench/baseline.js markers DIR   reads every manuscript and counts its note markers (the least a
//                                        tool reading them can do);
//   node bench/baseline.js pipeline DIR  runs the pipeline the CLI runs (read, analyse, all rules) over
//                                        them in this one thread, and writes no report;
//   node bench/baseline.js report DIR OUT  the same, and writes the JSON report `check` writes to OUT, with
//                                        the library functions `check` calls, in a plain loop: what the CLI
//                                        adds to the work is what `check --jobs 1` takes beyond this.
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
} else if (mode === 'report') {
  (await import('../dist/cli/inlining.js')).setInliningBudget();
  const { ReportWriter } = await import('../dist/cli/report-writer.js');
  const { checkFile, prepare } = await import('../dist/cli/check-file.js');
  const { checkIssue } = await import('../dist/issue/index.js');
  const json = (await import('../dist/formatters/json.js')).default.stream;
  const { summaryOfRows } = await import('../dist/formatters/result.js');
  const opts = { lang: 'en', norm: 'auto', rule: {} };
  const articles = [];
  const writer = new ReportWriter(process.argv[4], () => {});
  writer.write(json.opening);
  for (const f of files) {
    const o = await checkFile(f, opts);
    if (!o.ok) continue;
    const p = await prepare(o.result, { lang: 'en', stream: 'json' });
    if (articles.length) writer.write(',\n');
    writer.write(p.part);
    articles.push({ row: p.row, digest: p.digest });
  }
  const issue = await checkIssue(articles, { lang: 'en', overrides: {} });
  writer.write(json.closing(summaryOfRows(articles.map((a) => a.row)), { issue }));
  writer.commit();
  console.log(JSON.stringify({ files: articles.length }));
} else {
  console.error('usage: node bench/baseline.js markers|pipeline DIR | report DIR OUT');
  process.exitCode = 2;
}
