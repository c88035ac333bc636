// npm run eval:consumers — feeds citeaudit's exports to the programs that read them, where they are installed,
// and says which it skipped (not part of CI or `npm test`: the TeX packages are large):
//   - BibTeX + gbt7714-numerical.bst (gbt7714-bibtex-style) and BibLaTeX + biber + biblatex-gb7714-2015, each built
//     by xelatex: the gold items of ../shared/corpus/gbt7714-2015-numeric.jsonl are exported, rendered, and each
//     rendered entry compared with the string the corpus prints (as the corpus README compares: NFKC, one quote
//     mark, one dash, spaces only inside Latin/digit runs, case, edge punctuation);
//   - the whole chain: the same strings read as one manuscript's reference list, exported, rendered, compared;
//   - URLs with every character LaTeX treats specially, built through both formats and through plainnat:
//     the build must not fail and the URL must print as it is;
//   - pandoc rendering the CSL-JSON export (of the fixtures and of the gold items) with no warning;
//   - xmllint validating `check --format junit` against the JUnit schemas of ../shared/schemas.
// `--misses` lists every entry that does not come back, `--keep` keeps the build folder, `--examples DIR` also
// renders the style's own example files found in DIR (gbt7714-bibtex-style's tests/support), for comparison.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { norm } from './eval-parse.mjs';
import { itemOf } from './eval-styles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.CITEAUDIT_SHARED ?? join(root, '..', 'shared');
const GOLD = join(shared, 'corpus', 'gbt7714-2015-numeric.jsonl');

/** The gold string without its label (`[2] `): what a rendered entry, label removed, must equal. */
export function goldBody(line) {
  return line.label && line.text.startsWith(line.label) ? line.text.slice(line.label.length).trim() : line.text;
}

/**
 * A numeric bibliography's entries from the text of its PDF: the text between label `[k]` and label `[k+1]`,
 * found in order (a page's text may put a label on a line of its own), on one line.
 */
export function numberedEntries(text, n) {
  const flat = text.replace(/\s+/g, ' ');
  const found = [];
  let from = 0;
  for (let k = 1; k <= n; k++) {
    const at = flat.indexOf(`[${k}]`, from);
    found.push(at === -1 ? null : [at, at + `[${k}]`.length]);
    if (at !== -1) from = at + 1;
  }
  // An entry runs to the next label found (a label not found leaves its entry empty).
  return found.map((f, k) => {
    if (!f) return '';
    const next = found.slice(k + 1).find(Boolean);
    return flat.slice(f[1], next ? next[0] : flat.length).trim();
  });
}

/** Compares rendered entries with the gold lines, entry `at[k]` for line k: the agreement and the misses. */
export function compare(lines, rendered, at = lines.map((_, k) => k)) {
  const diffs = [];
  lines.forEach((line, k) => {
    const got = rendered[at[k]] ?? '';
    if (norm(got) !== norm(goldBody(line))) diffs.push({ id: line.id, expected: goldBody(line), got });
  });
  return { n: lines.length, exact: lines.length - diffs.length, diffs };
}

function run(cmd, args, cwd, input) {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600_000 });
  return { code: r.status ?? -1, out: r.stdout ?? '', err: r.stderr ?? '', missing: r.error?.code === 'ENOENT' };
}

const has = (cmd) => !run(cmd, ['--version']).missing;
const texFile = (name) => has('kpsewhich') && run('kpsewhich', [name]).out.trim() !== '';

/** The first font installed of a list, for fontspec (the CJK one must cover Hangul and kana too). */
export function font(candidates, lang) {
  const listed = run('fc-list', [lang ? `:lang=${lang}` : ':', 'family']).out;
  return candidates.find((f) => listed.includes(f)) ?? null;
}

/** What a path needs that is missing: tools on the PATH and files TeX finds. */
function missing({ tools = [], tex = [] }) {
  return [...tools.filter((t) => !has(t)), ...tex.filter((f) => !texFile(f))];
}

/**
 * Exports the items; where the export of all of them throws (citation-js did on a patent's jurisdiction), each
 * item alone, an item that throws exported as nothing and counted. `entry[i]` is item i's place among the
 * entries written (-1 for one refused).
 */
async function exportItems(items, format, serialise) {
  try {
    return { text: await serialise(items, format), failed: 0, entry: items.map((_, i) => i) };
  } catch {
    const parts = [];
    const entry = [];
    for (const it of items) {
      try {
        parts.push(await serialise([it], format));
        entry.push(parts.length - 1);
      } catch {
        entry.push(-1);
      }
    }
    return { text: parts.join('\n'), failed: items.length - parts.length, entry };
  }
}

function preamble(fonts) {
  return [
    '\\documentclass{article}',
    // One entry a line: a wide page, no hyphenation, so that the PDF's text is the entry's text.
    '\\usepackage[paperwidth=500cm,paperheight=120cm,margin=1cm]{geometry}',
    '\\usepackage{fontspec}',
    fonts.main ? `\\setmainfont{${fonts.main}}` : '',
    '\\usepackage{xeCJK}',
    fonts.cjk ? `\\setCJKmainfont{${fonts.cjk}}` : '',
    '\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\pagestyle{empty}',
  ];
}

/**
 * The GB/T 7714-2015 numeric BibTeX style installed: `gbt7714-2015-numeric` since gbt7714-bibtex-style 3 (the
 * version that printed the corpus's strings), `gbt7714-numerical` before (TeX Live 2022, Debian 12).
 */
export function gbtStyle() {
  return texFile('gbt7714-2015-numeric.bst') ? 'gbt7714-2015-numeric' : 'gbt7714-numerical';
}

/** The document that typesets every entry of `refs.bib` with the BibTeX style or the BibLaTeX style. */
function documentFor(kind, fonts) {
  const head = preamble(fonts);
  if (kind === 'biblatex')
    return [
      ...head,
      '\\usepackage[backend=biber,style=gb7714-2015]{biblatex}',
      '\\addbibresource{refs.bib}',
      '\\begin{document}\\raggedright\\nocite{*}\\printbibliography\\end{document}',
    ].join('\n');
  const style = kind === 'plainnat' ? '\\usepackage{natbib}\\usepackage{url}' : '\\usepackage{gbt7714}';
  return [
    ...head,
    style,
    `\\bibliographystyle{${kind === 'plainnat' ? 'plainnat' : gbtStyle()}}`,
    '\\begin{document}\\raggedright\\nocite{*}\\bibliography{refs}\\end{document}',
  ].join('\n');
}

/**
 * Builds `refs.bib` into a PDF (xelatex, bibtex or biber, xelatex twice, never stopping at an error): whether
 * xelatex built it without an error, the errors of both programs, the warnings of bibtex or biber, the glyphs the fonts lack, the PDF's text.
 */
export function build(dir, kind, bib, fonts) {
  writeFileSync(join(dir, 'refs.bib'), bib);
  writeFileSync(join(dir, 'doc.tex'), documentFor(kind, fonts));
  for (const f of ['doc.aux', 'doc.bbl', 'doc.bcf', 'doc.pdf']) rmSync(join(dir, f), { force: true });
  const tex = () => run('xelatex', ['-interaction=nonstopmode', 'doc.tex'], dir);
  tex();
  const bibRun = kind === 'biblatex' ? run('biber', ['doc'], dir) : run('bibtex', ['doc'], dir);
  const bibLog = bibRun.out + bibRun.err;
  const bibErrors =
    kind === 'biblatex' ? /^ERROR - .*/gm : /^(?:I was expecting|I'm skipping|.*---line \d+ of file).*/gm;
  const bibWarnings = kind === 'biblatex' ? /^WARN - .*/gm : /^Warning--.*/gm;
  tex();
  tex();
  const log = existsSync(join(dir, 'doc.log')) ? readFileSync(join(dir, 'doc.log'), 'utf8') : '';
  const texErrors = log.match(/^! .*/gm) ?? [];
  const problems = [...(bibLog.match(bibErrors) ?? []), ...texErrors];
  const missingGlyphs = new Set(log.match(/(?<=Missing character: There is no )\S+/g) ?? []);
  const pdf = existsSync(join(dir, 'doc.pdf'));
  const text = pdf ? run('pdftotext', ['-enc', 'UTF-8', '-nopgbrk', 'doc.pdf', '-'], dir).out : '';
  const warnings = (bibLog.match(bibWarnings) ?? []).length;
  return { built: pdf && texErrors.length === 0, problems, warnings, missingGlyphs: [...missingGlyphs], text };
}

/** A URL with the characters LaTeX treats specially, and the URL a reader must see printed for it. */
const URLS = [
  'https://example.org/a_b/c~d/%E4%B8%AD?x=1&y=2#frag',
  'https://example.org/{braced}/$dollar^caret',
  'https://example.org/back\\slash/100%/x#y',
];

const unsafeEncoded = (s) => s.replace(/[{}\\^]/g, (c) => encodeURIComponent(c));

function urlItems() {
  return URLS.map((URL, k) => ({
    id: `url${k + 1}`,
    type: 'webpage',
    title: `URL test ${k + 1}`,
    author: [{ literal: 'Example' }],
    issued: { 'date-parts': [[2024]] },
    accessed: { 'date-parts': [[2024, 3, 5]] },
    language: 'en-US',
    URL,
  }));
}

/** The whole chain: the strings as one manuscript's reference list, read, exported as `citeaudit export` does. */
async function chainItems(lines, dir, dist) {
  const path = join(dir, 'list.md');
  const body = lines.map((l, k) => `[${k + 1}] ${goldBody(l)}`).join('\n');
  writeFileSync(path, `# 参考文献列表\n\n正文[1]。\n\n## 参考文献\n\n${body}\n`);
  const analysis = await dist.analyze(await dist.readDocument(path));
  const records = dist.collectRecords([analysis]);
  const items = await dist.prepare(records, false);
  // Entry k (k-th in the list) → its work → the record that work went into.
  const recordOf = new Map(records.map((r, i) => [r.key, i]));
  const entries = analysis.doc.entries;
  const at = lines.map((_, k) => {
    const c = analysis.citationsByEntry.get(entries[k]?.id ?? '')?.[0];
    const w = c?.workId ? analysis.workById.get(c.workId) : undefined;
    return w ? (recordOf.get(dist.workKey(w.item)) ?? -1) : -1;
  });
  return { items, at };
}

function pct(r) {
  return `${r.exact}/${r.n} (${((100 * r.exact) / r.n).toFixed(1)} %)`;
}

async function loadDist() {
  const [{ analyze }, { readDocument }, { collectRecords }, { prepare, serialise }, { workKey }] = await Promise.all([
    import(join(root, 'dist/engine/pipeline.js')),
    import(join(root, 'dist/readers/index.js')),
    import(join(root, 'dist/exporters/records.js')),
    import(join(root, 'dist/exporters/index.js')),
    import(join(root, 'dist/notes/works.js')),
  ]);
  return { analyze, readDocument, collectRecords, prepare, serialise, workKey };
}

/** One gold path (a format through its style): builds, compares, prints the path's summary; returns its line. */
async function goldPath(name, kind, items, lines, at, ctx) {
  const exported = await exportItems(items, kind === 'biblatex' ? 'biblatex' : 'bibtex', ctx.dist.serialise);
  const b = build(ctx.dir, kind, exported.text, ctx.fonts);
  const rendered = numberedEntries(b.text, items.length);
  const r = compare(
    lines,
    rendered,
    at.map((i) => exported.entry[i] ?? -1),
  );
  console.log(`${name}: ${pct(r)} give back their gold string`);
  if (ctx.misses) for (const d of r.diffs) console.log(`  ${d.id}\n    - ${d.expected}\n    + ${d.got}`);
  console.log(
    `  build ${b.built ? 'ok' : 'FAILED'}; ${b.warnings} ${kind === 'biblatex' ? 'biber' : 'bibtex'} warnings;` +
      ` errors: ${b.problems.length ? b.problems.slice(0, 5).join(' | ') : 'none'}` +
      `${exported.failed ? `; ${exported.failed} items the exporter refused` : ''}` +
      `${b.missingGlyphs.length ? `; glyphs missing from the fonts: ${b.missingGlyphs.join(' ')}` : ''}`,
  );
  return { name, result: r, built: b.built };
}

async function urlPath(ctx) {
  const out = [];
  for (const kind of ['bibtex', 'plainnat', 'biblatex']) {
    const { text } = await exportItems(urlItems(), kind === 'biblatex' ? 'biblatex' : 'bibtex', ctx.dist.serialise);
    const b = build(ctx.dir, kind, text, ctx.fonts);
    // pdftotext puts a break where a long URL wraps: spaces are taken out. A character no URL may hold as it is
    // (`{ } \\ ^`) may be printed percent-encoded (biber does so): the same URL.
    const flat = unsafeEncoded(b.text.replace(/\s+/g, ''));
    const shown = URLS.filter((u) => flat.includes(unsafeEncoded(u)));
    out.push({ kind, built: b.built, shown: shown.length });
    console.log(
      `urls through ${kind}: build ${b.built ? 'ok' : 'FAILED'}${b.problems.length ? ` (${b.problems[0]})` : ''};` +
        ` ${shown.length}/${URLS.length} URLs printed as they are`,
    );
  }
  return out;
}

/** pandoc --citeproc renders each CSL-JSON export with the bundled GB/T style: the warnings it gives. */
async function pandocPath(ctx, goldItems) {
  const style = join(root, 'data/styles/gbt7714-2015-numeric.csl');
  const sources = ['fixtures/llm-labor-value.md', 'fixtures/export/notes-mixed.md', 'fixtures/catalog/retrieval.md'];
  const jsons = [];
  for (const f of sources) {
    const items = await chainOf(f, ctx.dist);
    jsons.push([f, await ctx.dist.serialise(items, 'csl-json')]);
  }
  if (goldItems) jsons.push(['gbt7714-2015-numeric.jsonl', await ctx.dist.serialise(goldItems, 'csl-json')]);
  let warnings = 0;
  for (const [name, json] of jsons) {
    writeFileSync(join(ctx.dir, 'refs.json'), json);
    const doc = '---\nnocite: "@*"\n---\n';
    const r = run('pandoc', ['--citeproc', '--bibliography=refs.json', `--csl=${style}`, '-t', 'plain'], ctx.dir, doc);
    const said = r.err.trim().split('\n').filter(Boolean);
    warnings += said.length + (r.code === 0 ? 0 : 1);
    console.log(
      `pandoc on the CSL-JSON export of ${name}: exit ${r.code}, ${said.length} warnings${said.length ? `: ${said[0]}` : ''}`,
    );
  }
  return warnings;
}

async function chainOf(file, dist) {
  const analysis = await dist.analyze(await dist.readDocument(join(root, file)));
  return dist.prepare(dist.collectRecords([analysis]), false);
}

/** xmllint --schema on `check --format junit` of the reference manuscript: the schemas it is valid against. */
function xmllintPath(ctx) {
  const junit = run(
    process.execPath,
    ['bin/citeaudit.js', 'check', 'fixtures/llm-labor-value.md', '--format', 'junit'],
    root,
  );
  writeFileSync(join(ctx.dir, 'report.xml'), junit.out);
  let valid = 0;
  for (const xsd of ['junit-ant.xsd', 'junit-jenkins-10.xsd']) {
    const r = run('xmllint', ['--noout', '--schema', join(shared, 'schemas', xsd), 'report.xml'], ctx.dir);
    if (r.code === 0) valid++;
    console.log(
      `xmllint: check --format junit against ${xsd}: ${r.code === 0 ? 'valid' : `INVALID ${r.err.split('\n')[0]}`}`,
    );
  }
  return valid;
}

/** The version line a style file carries (`2022/10/03 v2.1.5`), to say which style printed what. */
function styleVersion(file) {
  const path = run('kpsewhich', [file]).out.trim();
  const head = path ? readFileSync(path, 'utf8').slice(0, 4000) : '';
  return /(\d{4}\/\d\d\/\d\d v[\d.]+\w*)/.exec(head)?.[1] ?? 'version unknown';
}

/**
 * `--examples DIR`: the style's own example files of gbt7714-bibtex-style (`gbt7714-2015-examples.bib`,
 * `gbt7714-2015-biblatex.bib` in its tests/support), which the corpus's strings were printed from, rendered by
 * the same installed style: the most any export can give back through it.
 */
function examplesPath(kind, lines, dir, ctx) {
  const file = join(dir, kind === 'bibtex' ? 'gbt7714-2015-examples.bib' : 'gbt7714-2015-biblatex.bib');
  if (!existsSync(file)) return;
  const bib = readFileSync(file, 'utf8');
  const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
  const b = build(ctx.dir, kind, bib, ctx.fonts);
  const at = lines.map((l) => keys.findIndex((k) => l.id.endsWith(`:${k}`) || l.id.endsWith(`.${k}`)));
  const r = compare(lines, numberedEntries(b.text, keys.length), at);
  console.log(`  the style's own example file ${file}, same style: ${pct(r)}`);
}

/** The two gold paths (the gold items, then the whole chain) through one format and its style. */
async function goldPaths(lines, ctx, skipped, summary) {
  const gbt = gbtStyle();
  const paths = [
    [`bibtex + ${gbt}.bst ${styleVersion(`${gbt}.bst`)}`, 'bibtex', ['bibtex'], [`${gbt}.bst`, 'gbt7714.sty']],
    [`biblatex + biber + gb7714-2015 ${styleVersion('gb7714-2015.bbx')}`, 'biblatex', ['biber'], ['gb7714-2015.bbx']],
  ];
  const chain = await chainItems(lines, ctx.dir, ctx.dist);
  for (const [name, kind, tools, tex] of paths) {
    const lacking = missing({ tools: ['xelatex', 'pdftotext', ...tools], tex: ['xeCJK.sty', ...tex] });
    if (lacking.length) {
      skipped.push(`${kind} (${lacking.join(', ')} not installed)`);
      continue;
    }
    const gold = lines.map(itemOf);
    const g = await goldPath(
      `gold items → ${name}`,
      kind,
      gold,
      lines,
      lines.map((_, k) => k),
      ctx,
    );
    if (ctx.examples) examplesPath(kind, lines, ctx.examples, ctx);
    const c = await goldPath(
      `whole chain (list read as a manuscript) → ${name}`,
      kind,
      chain.items,
      lines,
      chain.at,
      ctx,
    );
    summary.push(`${kind} ${g.result.exact}/${g.result.n}`, `chain-${kind} ${c.result.exact}/${c.result.n}`);
    if (!g.built || !c.built) summary.push(`${kind} BUILD FAILED`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-consumers-'));
  const examples = args.includes('--examples') ? args[args.indexOf('--examples') + 1] : undefined;
  const ctx = { dir, examples, misses: args.includes('--misses'), dist: await loadDist() };
  ctx.fonts = {
    main: font(['Liberation Serif', 'DejaVu Serif'], 'ru'),
    cjk: font(['WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Noto Serif CJK SC'], 'ko'),
  };
  const skipped = [];
  const summary = [];
  const hasShared = existsSync(GOLD);
  const lines = hasShared
    ? readFileSync(GOLD, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  if (hasShared) await goldPaths(lines, ctx, skipped, summary);
  else skipped.push(`the gold paths and xmllint (${GOLD} is absent)`);
  const urlNeeds = missing({
    tools: ['xelatex', 'bibtex', 'biber', 'pdftotext'],
    tex: ['gbt7714.sty', 'plainnat.bst', 'gb7714-2015.bbx'],
  });
  if (urlNeeds.length) skipped.push(`urls (${urlNeeds.join(', ')} not installed)`);
  else {
    const urls = await urlPath(ctx);
    const shown = urls.reduce((s, u) => s + u.shown, 0);
    summary.push(
      `url builds ${urls.filter((u) => u.built).length}/${urls.length}, urls printed ${shown}/${urls.length * URLS.length}`,
    );
  }
  if (!has('pandoc')) skipped.push('pandoc (not installed)');
  else summary.push(`pandoc warnings ${await pandocPath(ctx, hasShared ? lines.map(itemOf) : null)}`);
  if (!has('xmllint')) skipped.push('xmllint (not installed)');
  else if (hasShared) summary.push(`junit valid ${xmllintPath(ctx)}/2`);
  console.log(`\neval:consumers: ${summary.join(', ') || 'nothing run'}; skipped: ${skipped.join('; ') || 'none'}`);
  if (args.includes('--keep')) console.log(`build folder kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
