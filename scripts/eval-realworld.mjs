// npm run eval:realworld — checks every document of ../shared/realworld (documents written elsewhere,
// manifest.tsv) with `check --format json`, in this process through dist/ (the npm script builds first),
// and prints per document its findings with the verdict each matches — the given verdicts of
// ../shared/realworld/verdicts.json first, then our own of tests/realworld/verdicts.json — and the
// findings no verdict covers (counted as false). A verdict matches on document, rule id, the note and
// entry ids of the report (translated through their anchors when the ids moved: see
// translate-verdicts.mjs) and the marker labels where it gives them, never on message text; several
// findings with one key (several citations in one note) take the verdicts of that key in report order.
// Then the recall of planted faults (plant-faults.mjs) on copies of the documents and on fixtures/.
// The last line is a one-line summary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fixtureDocs, formatRecall, KINDS, makeChecker, measureRecall } from './plant-faults.mjs';
import { readManifest, realworldDir } from './realworld-data.mjs';
import { anchorsOf, placesAsAnchors, translateVerdict, translation } from './translate-verdicts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const VERDICTS = ['correct', 'debatable', 'false'];

/** The key a verdict and a finding are compared on (the document is compared by the caller). */
export function verdictKey(x) {
  return `${x.ruleId}|${[...x.noteIds].sort().join(',')}|${[...x.entryIds].sort().join(',')}`;
}

const sameLabels = (v, d) =>
  (v.markerLabels ?? []).length === 0 ||
  [...v.markerLabels].sort().join('\u0000') === [...(d.markerLabels ?? [])].sort().join('\u0000');

/**
 * Pairs the findings of one document with verdicts, one to one: each finding takes the first unused
 * verdict of its key, from `given` first, then from `own`. Returns `{ matched: [{ finding, verdict,
 * source }], unjudged: [finding], unused: [given verdicts matching no finding] }` (matched in report order,
 * an unjudged finding with `verdict: null`).
 */
export function matchFindings(findings, given = [], own = []) {
  const pools = [
    { source: 'given', list: given.map((v) => ({ v, used: false })) },
    { source: 'own', list: own.map((v) => ({ v, used: false })) },
  ];
  const matched = [];
  const unjudged = [];
  for (const d of findings) {
    const key = verdictKey(d);
    let hit = null;
    for (const pool of pools) {
      const slot = pool.list.find((s) => !s.used && verdictKey(s.v) === key && sameLabels(s.v, d));
      if (slot) {
        slot.used = true;
        hit = { finding: d, verdict: slot.v.verdict, source: pool.source };
        break;
      }
    }
    if (hit) matched.push(hit);
    else {
      matched.push({ finding: d, verdict: null, source: null });
      unjudged.push(d);
    }
  }
  return { matched, unjudged, unused: pools[0].list.filter((s) => !s.used).map((s) => s.v) };
}

/** Counts of a document's or of all matches: `{ findings, correct, debatable, false, unjudged }`. */
export function tally(matched) {
  const t = { findings: matched.length, correct: 0, debatable: 0, false: 0, unjudged: 0 };
  for (const m of matched) t[m.verdict ?? 'unjudged']++;
  return t;
}

export function addTallies(a, b) {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k] + b[k]]));
}

/** The false share: false and unjudged over all findings (an unjudged finding counts as false). */
export function falseShare(t) {
  return t.findings === 0 ? 0 : (t.false + t.unjudged) / t.findings;
}

const pct = (x) => `${Math.round(100 * x)} %`;

export function formatTally(t) {
  return `${t.findings} findings: ${t.correct} correct, ${t.debatable} debatable, ${t.false} false, ${t.unjudged} unjudged (false ${pct(falseShare(t))})`;
}

/** The last line of the run. */
export function summaryLine({ documents, read, refused, total, recall }) {
  return `realworld: ${documents} documents, ${read} read, ${refused} refused; ${formatTally(total)}; recall: ${recall}`;
}

/** Our own verdicts of one document with their ids translated into today's report through their anchors. */
export function ownVerdictsFor(list, current) {
  return (list ?? []).map((v) => translateVerdict(v, translation(placesAsAnchors(v.places), current)));
}

/** The given verdicts of one document, translated through the recorded anchors when there are some. */
export function givenVerdictsFor(list, anchors, current) {
  if (!anchors) return list ?? [];
  const map = translation(anchors, current);
  return (list ?? []).map((v) => translateVerdict(v, map));
}

function readJson(path, fallback) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : fallback;
}

function printDocument(doc, result, m, own) {
  const f = result.file;
  console.log(`\n${doc.id} ${doc.file} (${doc.kind}, ${doc.language})`);
  if (!f) {
    const why = own.refused?.[doc.id]?.reason;
    console.log(`  refused (exit ${result.exitCode}): ${result.stderr.trim().replace(/^citeaudit: [^:]+: /, '')}`);
    if (why) console.log(`  recorded: ${why}`);
    if (m.unused.length)
      console.log(`  ${m.unused.length} given verdicts name findings of a version read after a local edit`);
    return;
  }
  console.log(
    `  exit ${result.exitCode}; ${f.format}, norm ${f.norm}; ${f.notes.length} notes, ${f.entries.length} entries`,
  );
  if (result.stderr.trim()) console.log(`  said: ${result.stderr.trim().replace(/^citeaudit: [^:]+: /, '')}`);
  if (own.unread?.[doc.id]) console.log(`  recorded: ${own.unread[doc.id].reason}`);
  for (const { finding: d, verdict, source } of m.matched) {
    const ids = [...d.noteIds, ...d.entryIds].join(',') || '-';
    const mark = verdict ? `${verdict}${source === 'own' ? ' (own)' : ''}` : 'UNJUDGED';
    console.log(
      `  ${mark.padEnd(15)} ${d.ruleId} ${ids}${d.markerLabels?.length ? ` ${d.markerLabels.join(',')}` : ''} L${d.line}: ${d.message}`,
    );
  }
  for (const v of m.unused)
    console.log(`  unused given verdict: ${v.verdict} ${v.ruleId} ${[...v.noteIds, ...v.entryIds].join(',')}`);
  console.log(`  ${formatTally(tally(m.matched))}`);
}

async function main() {
  const t0 = performance.now();
  const dir = realworldDir();
  if (!existsSync(join(dir, 'manifest.tsv'))) {
    console.log(`eval:realworld skipped: ${dir} is absent (it ships with the project's shared folder)`);
    return;
  }
  const docs = readManifest(dir);
  const given = readJson(join(dir, 'verdicts.json'), {});
  const own = readJson(join(root, 'tests/realworld/verdicts.json'), { refused: {}, unread: {}, verdicts: {} });
  const anchors = readJson(join(root, 'tests/realworld/anchors.json'), { documents: {} }).documents;
  const check = await makeChecker();

  let total = tally([]);
  let read = 0;
  let refused = 0;
  const baseline = new Map();
  for (const doc of docs) {
    const path = join(dir, doc.file);
    const result = await check(path);
    const current = result.file ? anchorsOf(result.file) : {};
    const m = matchFindings(
      result.file?.diagnostics ?? [],
      givenVerdictsFor(given[doc.id], anchors[doc.id], current),
      ownVerdictsFor(own.verdicts?.[doc.id], current),
    );
    printDocument(doc, result, m, own);
    if (result.file) {
      read++;
      baseline.set(doc.id, result.file);
    } else if (result.exitCode === 2) refused++;
    total = addTallies(total, tally(m.matched));
  }

  const check2 = { check, baseline };
  const realworldDocs = docs.map((d) => ({ id: d.id, path: join(dir, d.file), project: d.kind === 'latex' }));
  const rw = await measureRecall(realworldDocs, check2);
  // Three of a kind per fixture: four of them are the reference manuscript in four formats.
  const fx = await measureRecall(fixtureDocs(), { check, perKind: 3 });
  console.log('\nplanted faults (seeded copies in a temporary folder):');
  for (const p of [...rw.plantings, ...fx.plantings].filter((x) => !x.found)) {
    console.log(`  missed ${p.kind} in ${p.doc} at ${p.target} (${p.change.file}:${p.change.line})`);
  }
  console.log(`  ${'kind'.padEnd(22)} ${'realworld'.padStart(10)} ${'fixtures'.padStart(10)}`);
  const both = {};
  for (const k of KINDS) {
    both[k] = { planted: rw.tally[k].planted + fx.tally[k].planted, found: rw.tally[k].found + fx.tally[k].found };
    const cell = (t) => `${t[k].found}/${t[k].planted}`.padStart(10);
    console.log(`  ${k.padEnd(22)} ${cell(rw.tally)} ${cell(fx.tally)}`);
  }
  console.log(`\nprecision: ${formatTally(total)}`);
  console.log(`recall on realworld copies: ${formatRecall(rw.tally)}`);
  console.log(`recall on fixtures: ${formatRecall(fx.tally)}`);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(summaryLine({ documents: docs.length, read, refused, total, recall: formatRecall(both) }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
