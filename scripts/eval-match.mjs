// npm run eval:match — measures the library matcher (src/resolve/match.ts) on pairs built from the
// structured items of ../shared/corpus: every item is a library record, one in five is hidden from the
// library, and each item is cited clean, corrupted (typo, dropped fields, traditional characters,
// pinyin names, dropped subtitle, other pages, a year off by one), as the parser reads its printed
// string, and as near misses that are other works (another volume, another last word of the title,
// the same title by another author). A citation of a library record must match that record (or an
// identical copy of it); every other citation must stay unmatched. Deterministic: no randomness.
// `buildPairs` and `evaluate` are exported for the test, which passes modules from src/ instead of dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';

const root = fileURLToPath(new URL('..', import.meta.url));
const CJK = /[\u3400-\u9fff]/u;

export function readCorpus(dir) {
  const items = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      if (r.fragment || !r.csl?.title || r.csl.title.length < 4) continue;
      items.push({ text: r.text, csl: { ...r.csl, id: r.id, language: r.lang === 'zh' ? 'zh-CN' : r.csl.language } });
    }
  }
  return items;
}

/** A small deterministic generator, so that every run builds the same pairs. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const clone = (x) => JSON.parse(JSON.stringify(x));
const yearOf = (it) => Number(it.issued?.['date-parts']?.[0]?.[0]) || null;

function typo(title, rand) {
  const chars = [...title];
  // Not in the first two characters, where a reader would notice.
  const k = 2 + Math.floor(rand() * (chars.length - 3));
  const op = Math.floor(rand() * 3);
  if (op === 0) chars.splice(k, 1);
  else if (op === 1) [chars[k], chars[k + 1]] = [chars[k + 1], chars[k]];
  else chars[k] = CJK.test(chars[k]) ? ('的' === chars[k] ? '之' : '的') : chars[k] === 'e' ? 'a' : 'e';
  return chars.join('');
}

function withoutSubtitle(title) {
  const m = /^(.{4,}?)\s*[:：—]/u.exec(title);
  return m ? m[1] : null;
}

/**
 * Builds the reference pairs: `{ kind, query, expected }` where `expected` is the id of the library
 * record the query must match, or null when it must stay unmatched.
 */
export function buildPairs(items, { pinyin, toTraditional, parseReference, titleKey }) {
  const rand = rng(20260512);
  // One work printed in two corpora (with or without its volume, an accent, a slip in the title) is one
  // group: matching any of its records is right, and the group is hidden or kept as a whole.
  const loose = (t) =>
    titleKey(
      String(t ?? '')
        .normalize('NFKD')
        .replace(/\p{M}/gu, ''),
    );
  const keys = items.map(({ csl }) => {
    const a = csl.author?.[0] ?? csl.editor?.[0];
    return { t: loose(csl.title), a: loose(a?.family ?? a?.literal ?? '') };
  });
  const parent = items.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = keys[i],
        b = keys[j];
      if (a.a && b.a && a.a !== b.a) continue;
      if (
        a.t === b.t ||
        (Math.abs(a.t.length - b.t.length) <= 3 && 1 - distance(a.t, b.t) / Math.max(a.t.length, b.t.length) >= 0.9)
      )
        parent[find(j)] = find(i);
    }
  }
  const groupOf = new Map(items.map(({ csl }, i) => [csl.id, `g${find(i)}`]));
  const groups = new Map([...groupOf.values()].map((g) => [g, true]));
  const hiddenGroups = new Set([...groups.keys()].filter((_, i) => i % 5 === 2));
  const library = items.filter(({ csl }) => !hiddenGroups.has(groupOf.get(csl.id))).map(({ csl }) => csl);
  const pairs = [];
  const add = (kind, query, target) =>
    pairs.push({
      kind,
      query,
      expected: target && !hiddenGroups.has(groupOf.get(target.id)) ? groupOf.get(target.id) : null,
    });
  const titles = items.map((x) => x.csl.title);

  for (const { text, csl } of items) {
    const base = () => {
      const q = clone(csl);
      q.id = 'q';
      return q;
    };
    // Another work does not carry this work's identifiers.
    const other = () => {
      const q = base();
      delete q.DOI;
      delete q.ISBN;
      return q;
    };
    add('exact', base(), csl);
    if ([...csl.title].length >= 8) add('typo', { ...base(), title: typo(csl.title, rand) }, csl);
    {
      const q = base();
      delete q.issued;
      delete q['container-title'];
      delete q.publisher;
      delete q['publisher-place'];
      delete q.page;
      add('missing fields', q, csl);
    }
    if (CJK.test(JSON.stringify(csl))) {
      const q = base();
      q.title = toTraditional(q.title);
      for (const role of ['author', 'editor', 'translator'])
        q[role] = q[role]?.map((n) =>
          Object.fromEntries(Object.entries(n).map(([k, v]) => [k, typeof v === 'string' ? toTraditional(v) : v])),
        );
      if (q['container-title']) q['container-title'] = toTraditional(q['container-title']);
      add('traditional', q, csl);
    }
    const first = csl.author?.[0];
    const hanName = first && (first.literal ?? first.family ?? '');
    if (hanName && CJK.test(hanName) && !/[·•]/u.test(hanName)) {
      const q = base();
      q.author = csl.author.map((n) => {
        const name = n.literal ?? `${n.family ?? ''}${n.given ?? ''}`;
        if (!CJK.test(name) || name.length > 4) return n;
        const syl = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
        const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
        return { family: cap(syl[0]), given: cap(syl.slice(1).join('')) };
      });
      add('pinyin names', q, csl);
    }
    const short = withoutSubtitle(csl.title);
    if (short) add('no subtitle', { ...base(), title: short }, csl);
    add(
      'other pages',
      { ...base(), page: csl.page ? `${Number(String(csl.page).split(/\D/)[0] || 1) + 17}` : '99' },
      csl,
    );
    const y = yearOf(csl);
    if (y) add('year ±1', { ...base(), issued: { 'date-parts': [[y + (rand() < 0.5 ? -1 : 1)]] } }, csl);
    const parsed = parseReference(text);
    if (parsed.item?.title) add('parsed text', { ...parsed.item, id: 'q' }, csl);

    // Near misses: other works, which must not match.
    if (csl.volume && /^\d+$/.test(String(csl.volume)))
      add('other volume', { ...other(), volume: String(Number(csl.volume) + 1) }, null);
    const otherTitle = titles[Math.floor(rand() * titles.length)];
    const words = csl.title.split(/(\s+)/);
    if (!CJK.test(csl.title) && words.length >= 5) {
      const repl = otherTitle.split(/\s+/).filter((w) => w.length > 4 && !csl.title.includes(w))[0];
      if (repl) add('other last word', { ...other(), title: words.slice(0, -1).join('') + repl }, null);
    } else if (CJK.test(csl.title) && [...csl.title].length >= 6) {
      const tail = [...otherTitle]
        .filter((c) => CJK.test(c))
        .slice(-2)
        .join('');
      const end = [...csl.title].slice(-2);
      if (tail.length === 2 && tail[0] !== end[0] && tail[1] !== end[1])
        add('other last word', { ...other(), title: [...csl.title].slice(0, -2).join('') + tail }, null);
    }
    if (csl.author?.length && y) {
      const q = other();
      q.author = [CJK.test(hanName ?? '') ? { literal: '欧阳明轩' } : { family: 'Quarrington', given: 'Theodora' }];
      q.issued = { 'date-parts': [[y + 11]] };
      delete q.publisher;
      delete q['container-title'];
      delete q.volume;
      add('same title, other author', q, null);
    }
  }
  return { library, pairs, groupOf };
}

/** Precision and recall of `matcher` on the pairs, per kind and overall. */
export function evaluate(matcher, { pairs, groupOf }) {
  const rows = new Map();
  const row = (k) => rows.get(k) ?? rows.set(k, { kind: k, n: 0, tp: 0, fp: 0, fn: 0, tn: 0 }).get(k);
  for (const p of pairs) {
    const m = matcher.match(p.query);
    const got = m ? groupOf.get(m.record.id) : null;
    for (const r of [row(p.kind), row('all')]) {
      r.n++;
      if (p.expected === null) {
        if (got === null) r.tn++;
        else r.fp++;
      } else if (got === p.expected) r.tp++;
      else {
        r.fn++;
        if (got !== null) r.fp++;
      }
    }
  }
  const out = [...rows.values()].map((r) => ({
    ...r,
    precision: r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1,
    recall: r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1,
  }));
  out.sort((a, b) => (a.kind === 'all') - (b.kind === 'all'));
  return out;
}

export function formatTable(rows) {
  const f = (x) => x.toFixed(3);
  const lines = [
    '| kind | pairs | matched right | wrong match | missed | rightly unmatched | precision | recall |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  // Near misses expect no match at all: their row counts wrong matches, precision and recall do not apply.
  for (const r of rows) {
    const pr = r.tp + r.fn === 0 ? ['–', '–'] : [f(r.precision), f(r.recall)];
    lines.push(`| ${r.kind} | ${r.n} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.tn} | ${pr[0]} | ${pr[1]} |`);
  }
  return lines.join('\n');
}

async function main() {
  const corpus = process.env.CITEAUDIT_CORPUS ?? join(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`eval:match: ${corpus} is absent (it ships with the project's shared folder, not with citeaudit)`);
    process.exit(2);
  }
  const [{ Matcher }, { parseReference }, norm, { pinyin }, opencc] = await Promise.all([
    import('../dist/resolve/match.js'),
    import('../dist/parse/index.js'),
    import('../dist/util/normalize.js'),
    import('pinyin-pro'),
    import('opencc-js/cn2t'),
  ]);
  await norm.loadChineseConverter();
  const toTraditional = opencc.Converter({ from: 'cn', to: 'twp' });
  const items = readCorpus(corpus);
  const built = buildPairs(items, { pinyin, toTraditional, parseReference, titleKey: norm.titleKey });
  const t0 = performance.now();
  const matcher = await Matcher.create(built.library);
  const rows = evaluate(matcher, built);
  const ms = performance.now() - t0;
  console.log(
    `${items.length} corpus items, ${built.library.length} in the library, ${built.pairs.length} citations (${ms.toFixed(0)} ms)\n`,
  );
  console.log(formatTable(rows));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
