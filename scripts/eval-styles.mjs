// npm run eval:styles — renders the structured items of ../shared/corpus/gbt7714-2015-numeric.jsonl with
// the bundled gbt7714-2015-numeric style and compares each result with the string the corpus prints:
// exact string agreement (label included), and every difference shown as a -/+ pair. It also renders the
// items of cass-notes.jsonl and en-apa-or-chicago.jsonl (both notes of 《中国社会科学》) as first notes in
// cass-note (the cited page, which those sets keep in the item's `note` as `page: X`, as the locator)
// and reports the same agreement.
// The evaluation functions are exported for tests, which pass the renderer from src/ instead of dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = process.env.CITEAUDIT_CORPUS ?? join(root, '..', 'shared', 'corpus');

/**
 * The item a corpus line was formatted from. The corpus keeps in `csl` only what the string shows and
 * moves the rest to `hidden` (see its README): the names after 等/et al. and a publisher or volume the
 * scorer leaves out are given back, because the style needs them to print 等 and the holdings of a
 * serial. A DOI or a role the string does not print stays out.
 */
export function itemOf(line) {
  const item = { ...line.csl };
  for (const [field, value] of Object.entries(line.hidden ?? {})) {
    if (field === 'author' || field === 'translator') item[field] = [...(item[field] ?? []), ...value];
    else if ((field === 'publisher' || field === 'volume') && item[field] === undefined) item[field] = value;
  }
  return item;
}

/** Renders the lines in one list and compares them with their `text`. */
export async function evaluate(lines, { bibliography, loadStyle }, styleName = 'gbt7714-2015-numeric') {
  const rendered = await bibliography(lines.map(itemOf), loadStyle(styleName));
  const diffs = [];
  lines.forEach((line, k) => {
    if (rendered[k] !== line.text)
      diffs.push({ id: line.id, lang: line.lang, expected: line.text, got: rendered[k] ?? '' });
  });
  return { n: lines.length, exact: lines.length - diffs.length, diffs };
}

/** Renders each line's item as a first note (one note each) and compares it with `text`. */
export async function evaluateNotes(lines, { renderNotes, loadStyle }, styleName = 'cass-note') {
  const items = lines.map((l, k) => ({ ...l.csl, id: `item${k}` }));
  const clusters = lines.map((l, k) => {
    const page = /(?:^|\n)page: ([^\n]+)/.exec(l.csl.note ?? '')?.[1] ?? null;
    return { place: String(k + 1), original: l.text, cites: [{ id: `item${k}`, locator: page, prefix: null }] };
  });
  const rendered = await renderNotes(items, clusters, loadStyle(styleName));
  const diffs = [];
  lines.forEach((line, k) => {
    if (rendered[k] !== line.text)
      diffs.push({ id: line.id, lang: line.lang, expected: line.text, got: rendered[k] ?? '' });
  });
  return { n: lines.length, exact: lines.length - diffs.length, diffs };
}

function report(name, lines, { n, exact, diffs }, ms) {
  for (const d of diffs) console.log(`${d.id} (${d.lang})\n  - ${d.expected}\n  + ${d.got}`);
  const byLang = new Map();
  for (const l of lines) byLang.set(l.lang, (byLang.get(l.lang) ?? 0) + 1);
  const missLang = new Map();
  for (const d of diffs) missLang.set(d.lang, (missLang.get(d.lang) ?? 0) + 1);
  console.log(`\n${name}: ${exact}/${n} exact (${(exact / n).toFixed(3)}) in ${ms.toFixed(0)} ms`);
  for (const [lang, count] of byLang) console.log(`  ${lang}: ${count - (missLang.get(lang) ?? 0)}/${count}`);
  console.log('');
}

async function main() {
  const file = join(corpus, 'gbt7714-2015-numeric.jsonl');
  if (!existsSync(file)) {
    console.log(`eval:styles skipped: ${file} is absent (it ships with the project's shared folder)`);
    return;
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const [{ bibliography, renderNotes }, { loadStyle }] = await Promise.all([
    import(join(root, 'dist/exporters/csl/render.js')),
    import(join(root, 'dist/exporters/csl/styles.js')),
  ]);
  let t0 = performance.now();
  const gbt = await evaluate(lines, { bibliography, loadStyle });
  report('gbt7714-2015-numeric on gbt7714-2015-numeric.jsonl', lines, gbt, performance.now() - t0);
  // Both sets are notes of 《中国社会科学》: Chinese and English references, and English ones alone.
  for (const set of ['cass-notes', 'en-apa-or-chicago']) {
    const file = join(corpus, `${set}.jsonl`);
    if (!existsSync(file)) continue;
    const notes = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    t0 = performance.now();
    report(
      `cass-note on ${set}.jsonl`,
      notes,
      await evaluateNotes(notes, { renderNotes, loadStyle }),
      performance.now() - t0,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
