// The held-out split of the learned parser as scored sets for `npm run eval:parse`: the held-out records
// rendered in the held-out styles (ids in data/parser-split.json; rendered here, never committed), and the
// held-out lines of anystyle-en.jsonl as typed. Rendered sets are kept in .cache/parser/ between runs, under
// a key of the split and the code that renders them. What is missing (../shared/train, Debian's styles) is
// said, and that part skipped.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anystyleTokens } from './parser-data.mjs';
import { goldItem, labelString, renderPair } from './parser-render.mjs';
import { DEBIAN_STYLES, TRAIN, ZOTERO_STYLES } from './parser-split.mjs';
import { readJsonl } from './jsonl.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(root, '.cache', 'parser');
const SPLIT = join(root, 'data', 'parser-split.json');

const langOf = (item) => (String(item.language ?? '').startsWith('zh') ? 'zh' : 'en');

/** The scored lines of `items` rendered in the styles: { lines, generated, dropped: { reason: n } }. */
async function renderedSet(paths, items, tokenize) {
  const byId = new Map(items.map((it) => [it.id, it]));
  const lines = [];
  const dropped = {};
  let generated = 0;
  for (const path of paths) {
    const style = path
      .split('/')
      .pop()
      .replace(/\.csl$/, '');
    const { strings, vars } = await renderPair(readFileSync(path, 'utf8'), items);
    for (const [id, pair] of strings) {
      generated++;
      const item = byId.get(id);
      const r = labelString(pair, vars, item, tokenize);
      const gold = r.drop ? null : goldItem(item, r.printed);
      const why = r.drop ?? (gold ? null : 'a name list not traced');
      if (why) dropped[why] = (dropped[why] ?? 0) + 1;
      else lines.push({ id: `${style}:${id}`, text: r.text, lang: langOf(item), style, csl: gold, tokens: r.tokens });
    }
  }
  return { lines, generated, dropped };
}

function note(set) {
  const n = Object.values(set.dropped).reduce((a, b) => a + b, 0);
  const why = Object.entries(set.dropped)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return `${set.generated} strings rendered, ${set.lines.length} scored, ${n} dropped${n ? ` (${why})` : ''}`;
}

async function renderAll(split, tokenize) {
  const held = new Set(split.records.heldOutRepos);
  const items = readJsonl(join(TRAIN, 'records.jsonl'))
    .filter((r) => held.has(r.source.repo))
    .map((r) => r.csl);
  const sets = [];
  const zotero = split.zoteroChinese.heldOutStyles.map((f) => join(ZOTERO_STYLES, f)).filter((p) => existsSync(p));
  const z = await renderedSet(zotero, items, tokenize);
  sets.push({
    name: 'heldout-zotero-chinese',
    ...z,
    note: `${zotero.length} styles × ${items.length} records; ${note(z)}`,
  });
  if (!existsSync(DEBIAN_STYLES) || !split.debian) {
    console.log(
      `eval:parse: no Debian styles at ${DEBIAN_STYLES} (or no Debian part in the split): held-out English styles skipped`,
    );
  } else {
    const en = items.filter((it) => langOf(it) === 'en');
    const debian = split.debian.evalStyles.map((id) => join(DEBIAN_STYLES, `${id}.csl`)).filter((p) => existsSync(p));
    const d = await renderedSet(debian, en, tokenize);
    sets.push({
      name: 'heldout-debian-en',
      ...d,
      note: `${debian.length} styles × ${en.length} English records; ${note(d)}`,
    });
  }
  return sets;
}

function anystyleSet(split, tokenize) {
  const held = new Set(split.anystyle.heldOutLines);
  const lines = readJsonl(join(TRAIN, 'anystyle-en.jsonl'))
    .map((l, i) => ({ ...l, n: i + 1 }))
    .filter((l) => held.has(l.n))
    .map((l) => ({ id: `anystyle:${l.n}`, text: l.text, lang: 'en', csl: l.csl, tokens: anystyleTokens(l, tokenize) }));
  return { name: 'heldout-anystyle-typed', lines, note: `${lines.length} of anystyle-en.jsonl's lines, as typed` };
}

/** The held-out sets, rendered or read from the cache; [] when ../shared/train is absent. */
export async function heldOutSets() {
  if (!existsSync(TRAIN) || !existsSync(SPLIT)) {
    console.log(
      `\neval:parse: no training folder at ${TRAIN} (it comes with ../shared): the held-out split is skipped`,
    );
    return [];
  }
  const { tokenize } = await import('../dist/parse/learn/tokenize.js');
  const split = JSON.parse(readFileSync(SPLIT, 'utf8'));
  const code = ['scripts/parser-render.mjs', 'scripts/eval-heldout.mjs', 'dist/parse/learn/tokenize.js'].map((f) =>
    readFileSync(join(root, f), 'utf8'),
  );
  const key = createHash('sha256')
    .update(JSON.stringify(split))
    .update(code.join('\0'))
    .update(String(existsSync(DEBIAN_STYLES)))
    .digest('hex')
    .slice(0, 16);
  const cached = join(CACHE, `heldout-${key}.json`);
  let rendered;
  if (existsSync(cached)) rendered = JSON.parse(readFileSync(cached, 'utf8'));
  else {
    rendered = await renderAll(split, tokenize);
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, JSON.stringify(rendered));
  }
  return [...rendered, anystyleSet(split, tokenize)];
}
