// npm run eval:parse — scores the reference parser on the paired corpora of ../shared/corpus
// (formatted string ↔ CSL-JSON), following the scoring rules of that corpus's README.
// `--misses` lists every reference that is not an exact match, with the fields that differ.
// The scoring functions are exported for tests, which pass the parser from src/ instead of dist/.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './jsonl.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = process.env.CITEAUDIT_CORPUS ?? join(root, '..', 'shared', 'corpus');

export const FIELDS = [
  'type',
  'title',
  'author',
  'translator',
  'editor',
  'container-title',
  'publisher',
  'publisher-place',
  'issued',
  'volume',
  'issue',
  'page',
  'URL',
  'DOI',
];
const CJK = /[\u3400-\u9fff]/u;

/** The corpus README's normalisation: NFKC, one quote mark, one dash, spaces only inside Latin/digit runs, case, edge punctuation. */
export function norm(v) {
  let s = String(v).normalize('NFKC');
  s = s.replace(/[“”„‟"'‘’‚‛「」『』〝〞]/g, '"').replace(/[‐‑‒–—―~～〜-]/g, '-');
  s = s.replace(/\s+/g, ' ').replace(/ (?![\p{Script=Latin}\p{Nd}])|(?<![\p{Script=Latin}\p{Nd}]) /gu, '');
  s = s.toLowerCase();
  s = s.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  return s;
}

function names(list) {
  if (!Array.isArray(list) || list.length === 0) return null;
  const out = [];
  for (const n of list) {
    const literal = n.literal;
    if (literal && /^(等|et al\.?)$/i.test(literal.trim())) continue;
    if (literal) out.push(norm(literal));
    else if (n.family && CJK.test(n.family)) out.push(norm(n.family + (n.given ?? '')));
    else if (n.family) out.push(norm(n.family));
    else if (n.given) out.push(norm(n.given));
  }
  return out.length ? out.join('|') : null;
}

export function value(item, field, locator) {
  switch (field) {
    case 'author':
    case 'translator':
    case 'editor':
      return names(item[field]);
    case 'issued': {
      const y =
        item.issued?.['date-parts']?.[0]?.[0] ?? (item.issued?.literal ?? item.issued?.raw ?? '').match?.(/\d{4}/)?.[0];
      return y ? String(Number(y)) : null;
    }
    case 'page': {
      const p = item.page ?? locator;
      return p ? norm(String(p).replace(/\s/g, '')) : null;
    }
    case 'DOI':
      return item.DOI ? norm(String(item.DOI).replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '')) : null;
    case 'type':
      return item.type ?? null;
    default: {
      const v = item[field];
      return v === undefined || v === null || v === '' ? null : norm(v);
    }
  }
}

function blank() {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
}

export function score(lines, parseReference) {
  const groups = new Map();
  const misses = [];
  for (const line of lines) {
    const { text, lang, csl } = line;
    const r = parseReference(text);
    const keys = ['all', lang === 'zh' ? 'zh' : lang === 'en' ? 'en' : 'other'];
    // Given up: the parser says it could not read the string, or it read neither a title nor a container.
    const givenUp =
      Boolean(r.failure) || (value(r.item, 'title') === null && value(r.item, 'container-title') === null);
    let exact = true;
    const wrong = [];
    for (const f of FIELDS) {
      const gold = value(csl, f);
      const pred = value(r.item, f, r.locator);
      const ok = gold !== null && pred !== null && gold === pred;
      if (gold !== null && !ok) {
        exact = false;
        wrong.push(`${f}: ${JSON.stringify(pred)} ≠ ${JSON.stringify(gold)}`);
      }
      for (const k of keys) {
        if (!groups.has(k)) groups.set(k, { n: 0, exact: 0, givenUp: 0, fields: blank() });
        const c = groups.get(k).fields[f];
        if (ok) c.tp++;
        else {
          if (pred !== null) c.fp++;
          if (gold !== null) c.fn++;
        }
      }
    }
    for (const k of keys) {
      const g = groups.get(k);
      g.n++;
      if (exact) g.exact++;
      if (givenUp) g.givenUp++;
    }
    if (!exact) misses.push({ id: line.id, text, wrong });
  }
  return { groups, misses };
}

const f1 = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
const guardOnly = process.argv.includes('--guard-only');
const total = (fields) =>
  FIELDS.reduce((a, f) => ({ tp: a.tp + fields[f].tp, fp: a.fp + fields[f].fp, fn: a.fn + fields[f].fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });

/** Table rows of a set's groups: one per language, and `all` where the set mixes languages. */
export function groupRows(set, groups) {
  const rows = [];
  const langs = [...groups.keys()].filter((k) => k !== 'all' && k !== 'other');
  for (const [lang, g] of groups) {
    // Other languages (ja, ko, ru…) count in `all`; `all` is shown only where it differs from one language.
    if (lang === 'other' || (lang === 'all' && langs.length < 2 && !groups.has('other'))) continue;
    rows.push({
      file: set,
      lang,
      n: g.n,
      fields: g.fields,
      total: f1(total(g.fields)),
      exact: g.exact / g.n,
      givenUp: g.givenUp / g.n,
    });
  }
  return rows;
}

export function printTable(rows, extra = []) {
  const head = [
    'set',
    'lang',
    'n',
    ...FIELDS.map((f) => f.replace('container-title', 'container').replace('publisher-place', 'place')),
    'F1',
    'exact',
    ...extra,
  ];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) {
    const cells = FIELDS.map((f) => {
      const c = r.fields[f];
      return c.tp + c.fp + c.fn === 0 ? '–' : f1(c).f.toFixed(2);
    });
    const more = extra.length ? ` | ${r.givenUp.toFixed(3)}` : '';
    console.log(
      `| ${r.file.replace('.jsonl', '')} | ${r.lang} | ${r.n} | ${cells.join(' | ')} | ${r.total.f.toFixed(3)} | ${r.exact.toFixed(2)}${more} |`,
    );
  }
}

if (isMain && !existsSync(corpus)) {
  console.log(`eval:parse: no corpus at ${corpus} (it comes with ../shared); nothing to score.`);
} else if (isMain) {
  const parseReference = await combinedParser();
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const showMisses = process.argv.includes('--misses');
  const rows = [];
  for (const file of files) {
    const { groups, misses } = score(readJsonl(join(corpus, file)), parseReference);
    rows.push(...groupRows(file, groups));
    if (showMisses) for (const m of misses) console.log(`MISS ${m.id}\n  ${m.text}\n  ${m.wrong.join('\n  ')}`);
  }
  printTable(rows);
  const learned = await learnedReading();
  console.log('\nThe same guard sets, the learned parser alone with every field kept (for step d of issue 12):\n');
  printTable(files.flatMap((file) => groupRows(file, score(readJsonl(join(corpus, file)), learned).groups)));
  console.log(
    `\n${speedLine(
      files.flatMap((file) => readJsonl(join(corpus, file)).map((l) => l.text)),
      parseReference,
    )}`,
  );
}

if (isMain && !guardOnly) {
  const { heldOutSets } = await import('./eval-heldout.mjs');
  const sets = await heldOutSets();
  if (sets.length) {
    const { parseReference } = await import('../dist/parse/index.js');
    const parsers = [
      ['the rule parser alone', (text) => parseReference(text)],
      ['the rule parser, the learned parser where it gives up (the default)', await combinedParser()],
      ['the learned parser alone (fields scored below the threshold left out)', await learnedParser()],
      ['the learned parser alone, every field kept', await learnedReading()],
    ];
    console.log(
      '\nHeld-out split (data/parser-split.json; milestones only — see README "The learned parser: data roles"):',
    );
    for (const [name, parse] of parsers) {
      console.log(`\n${name}:\n`);
      printTable(
        sets.flatMap((s) => groupRows(s.name, score(s.lines, parse).groups)),
        ['given up'],
      );
    }
    for (const s of sets) if (s.note) console.log(`- ${s.name}: ${s.note}`);
    await calibration(sets);
  }
}

/** The parser as the CLI runs it: the rules, and the learned parser where they give up. */
async function combinedParser() {
  const [{ parseReference }, { learnedFallback }, { lexiconTables }] = await Promise.all([
    import('../dist/parse/index.js'),
    import('../dist/parse/learn/reading.js'),
    import('../dist/resolve/tables.js'),
  ]);
  const fallback = learnedFallback(lexiconTables);
  return (text) => parseReference(text, { fallback });
}

/** The committed model (data/parser-model.bin) alone: its honest reading, or given up. */
async function learnedParser() {
  const [{ learnedReference }, { lexiconTables }, { detectLang }] = await Promise.all([
    import('../dist/parse/learn/reading.js'),
    import('../dist/resolve/tables.js'),
    import('../dist/parse/index.js'),
  ]);
  return (text) => {
    const lang = detectLang(text);
    return (
      learnedReference(text, lang, lexiconTables) ?? {
        item: { id: '', type: 'document' },
        locator: null,
        failure: 'no title or container scored at or above the threshold',
      }
    );
  };
}

/** The committed model's whole reading, every field kept whatever its score (what the labeller itself gets right). */
async function learnedReading() {
  const [{ readLearned }, { lexiconTables }] = await Promise.all([
    import('../dist/parse/learn/reading.js'),
    import('../dist/resolve/tables.js'),
  ]);
  return (text) => readLearned(text, lexiconTables);
}

/** Calibration on the held-out split: the learned parser's field scores in buckets → share of those fields right. */
async function calibration(sets) {
  const [{ readLearned }, { lexiconTables }, { CONFIDENT }] = await Promise.all([
    import('../dist/parse/learn/reading.js'),
    import('../dist/resolve/tables.js'),
    import('../dist/model/citation.js'),
  ]);
  const edges = [0, 0.5, 0.7, 0.8, CONFIDENT, 0.95, 0.99, 1.0001];
  const buckets = edges.slice(1).map(() => ({ n: 0, right: 0 }));
  for (const s of sets) {
    for (const line of s.lines) {
      const r = readLearned(line.text, lexiconTables);
      for (const f of FIELDS) {
        const sc = r.scores[f];
        const pred = value(r.item, f, f === 'page' ? r.locator : undefined);
        if (sc === undefined || pred === null) continue;
        const b = buckets[edges.findIndex((e, k) => sc >= e && sc < edges[k + 1])];
        b.n++;
        if (pred === value(line.csl, f)) b.right++;
      }
    }
  }
  console.log(`\nCalibration of the learned parser's field scores on the held-out split (threshold ${CONFIDENT}):\n`);
  console.log('| score | fields | right |\n|---|---|---|');
  buckets.forEach((b, k) =>
    console.log(
      `| ${edges[k].toFixed(2)}–${Math.min(1, edges[k + 1]).toFixed(2)} | ${b.n} | ${b.n ? (b.right / b.n).toFixed(3) : '–'} |`,
    ),
  );
}

/**
 * Throughput after the JIT has settled: one second of warm-up, then seven rounds of 400 ms of passes
 * over the strings, reported as the median round. The parser is single-threaded, so the CPU time this
 * process used is its time on one core — on a shared machine the fair measure; wall-clock time also counts
 * the time other processes held the core and is shown beside it. The median keeps one round disturbed by
 * a neighbour (a virtual machine's stolen time, a burst of garbage collection) from moving the figure.
 */
export function speedLine(all, parseReference) {
  const w0 = performance.now();
  while (performance.now() - w0 < 1000) for (const s of all) parseReference(s);
  const cpuRates = [];
  const wallRates = [];
  for (let round = 0; round < 7; round++) {
    let n = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    while (performance.now() - t0 < 400) {
      for (const s of all) parseReference(s);
      n += all.length;
    }
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuRates.push(n / ((c.user + c.system) / 1e6));
    wallRates.push(n / (wall / 1000));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const cpu = median(cpuRates);
  return `speed: ${Math.round(cpu)} references per CPU-second on one core (${(1e6 / cpu).toFixed(1)} µs per reference; ${Math.round(median(wallRates))}/s by the wall clock; median of 7 rounds), over ${all.length} reference strings`;
}
