// npm run parser:data — training strings for the learned reference parser, in .cache/parser/ (outside git):
// the training records of ../shared/train/records.jsonl rendered through the training styles (zotero-chinese,
// and Debian's English styles when installed), each token labelled by the field that printed it
// (scripts/parser-render.mjs); Chinese records generated from the project's tables (scripts/parser-records.mjs)
// rendered through the zotero-chinese styles the same way; and the training lines of anystyle-en.jsonl with their
// tags as token labels.
// Held-out records, styles and lines (data/parser-split.json) are never rendered here. Strings whose fields
// cannot all be traced to their tokens are dropped and counted in .cache/parser/report.json.
//   --full        every training record in every training style (tens of minutes)
//   default       a rotating window of records per style (a few minutes): every record is still used
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debianFamilies, DEBIAN_STYLES, englishStyle, TRAIN, ZOTERO_STYLES } from './parser-split.mjs';
import { goldItem, labelString, renderPair } from './parser-render.mjs';
import { readJsonl } from './jsonl.mjs';
import { GENERATED, generateRecords, isGenerated } from './parser-records.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, '.cache', 'parser');
const FULL = process.argv.includes('--full');
/** Records per style outside --full: Chinese and English, taken from a window that moves with each style. */
const WINDOW = { zh: 60, en: 40, generated: 40, debian: 80 };
/** Every k-th English Debian style outside the held-out families, in sorted order, is rendered. */
const DEBIAN_EVERY = 10;

const ANYSTYLE_LABEL = {
  author: 'author',
  editor: 'editor',
  translator: 'translator',
  title: 'title',
  journal: 'container-title',
  'container-title': 'container-title',
  'collection-title': 'collection-title',
  date: 'issued',
  pages: 'page',
  volume: 'volume',
  location: 'publisher-place',
  publisher: 'publisher',
  edition: 'edition',
  genre: 'genre',
  url: 'URL',
  doi: 'DOI',
  signal: 'prefix',
};
const PUNCT_KINDS = new Set(['punct', 'titlemark', 'quote', 'bracket', 'symbol']);

/** A window of `n` items starting at `k * n`, wrapping around: style k renders these. */
function windowOf(items, n, k) {
  if (FULL || items.length <= n) return items;
  const start = (k * n) % items.length;
  return [...items.slice(start, start + n), ...items.slice(0, Math.max(0, start + n - items.length))];
}

/** The training styles: [collection, file path] pairs. */
function trainingStyles(split) {
  const held = new Set(split.zoteroChinese.heldOutStyles);
  const zotero = readdirSync(ZOTERO_STYLES)
    .filter((f) => f.endsWith('.csl') && !f.startsWith('导出') && !held.has(f))
    .sort();
  const out = zotero.map((f) => ['zotero-chinese', join(ZOTERO_STYLES, f)]);
  if (!existsSync(DEBIAN_STYLES)) {
    console.log(
      `parser:data: no Debian styles at ${DEBIAN_STYLES} (apt-get install citation-style-language-styles): English styles skipped`,
    );
    return out;
  }
  if (!split.debian)
    throw new Error(
      'data/parser-split.json has no Debian part: run npm run parser:split with the Debian styles installed',
    );
  // The family of each style by the split's rule; the held-out family keys are the committed ones.
  const families = debianFamilies(DEBIAN_STYLES);
  const heldStyles = new Set(split.debian.heldOutFamilies.flatMap((key) => families.get(key) ?? [key]));
  const english = readdirSync(DEBIAN_STYLES)
    .filter((f) => f.endsWith('.csl'))
    .sort()
    .filter((f) => !heldStyles.has(f.replace(/\.csl$/, '')))
    .filter((f) => englishStyle(readFileSync(join(DEBIAN_STYLES, f), 'utf8')));
  return [...out, ...english.filter((_, i) => i % DEBIAN_EVERY === 0).map((f) => ['debian', join(DEBIAN_STYLES, f)])];
}

/** Renders, labels and writes the strings of one style; adds to the counts. */
async function renderStyle([collection, path], items, { tokenize, names }, out, counts) {
  const xml = readFileSync(path, 'utf8');
  const byId = new Map(items.map((it) => [it.id, it]));
  let rendered;
  try {
    rendered = await renderPair(xml, items);
  } catch (e) {
    counts.styleErrors.push(`${path.split('/').pop()}: ${String(e.message).split('\n')[0]}`);
    return;
  }
  const style = path
    .split('/')
    .pop()
    .replace(/\.csl$/, '');
  for (const [id, pair] of rendered.strings) {
    const source = isGenerated(id) ? GENERATED : collection;
    const bySource = (counts.bySource[source] ??= { rendered: 0, kept: 0 });
    counts.rendered++;
    bySource.rendered++;
    const r = labelString(pair, rendered.vars, byId.get(id), tokenize);
    const gold = r.drop ? null : goldItem(byId.get(id), r.printed);
    const drop = r.drop ?? (gold ? null : 'a name list not traced');
    if (drop) {
      counts.dropped[drop] = (counts.dropped[drop] ?? 0) + 1;
      continue;
    }
    counts.kept++;
    bySource.kept++;
    // The gold names as the parser reads them: a nationality marker inside a name becomes `x-nationality`.
    const csl = names.mapNames(gold, names.nationalityOutside);
    out.write(
      `${JSON.stringify({ source, style, id, lang: byId.get(id).language?.startsWith('zh') ? 'zh' : 'en', text: r.text, tokens: r.tokens, csl })}\n`,
    );
  }
}

const letters = (s) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Words the tagger kept at the head of a segment that are not the field's gold value (`In` before a
 * container, `Retrieved from` before a URL): the style's words, as the rendered strings label them. Up to
 * two leading words go when the gold value starts with what follows them and not with them.
 */
function styleWords(tokens, inside, gold, text) {
  if (typeof gold !== 'string' || !gold) return [];
  const want = letters(gold).slice(0, 12);
  const rest = (k) => letters(text.slice(tokens[inside[k]].start, tokens[inside.at(-1)].end));
  if (!want || rest(0).startsWith(want)) return [];
  for (let k = 1; k <= 2 && k < inside.length; k++) if (rest(k).startsWith(want)) return inside.slice(0, k);
  return [];
}

/** AnyStyle's tagged segments as token labels; the punctuation at a segment's edges is `punct`. */
export function anystyleTokens(line, tokenize) {
  const tokens = tokenize(line.text);
  const labels = tokens.map((t) => (PUNCT_KINDS.has(t.kind) ? 'punct' : 'other'));
  let at = 0;
  for (const [tag, segment] of line.tags) {
    const start = line.text.indexOf(segment, at);
    if (start < 0) return null;
    at = start + segment.length;
    const inside = tokens.map((t, i) => (t.start >= start && t.end <= at ? i : -1)).filter((i) => i >= 0);
    for (const i of inside) labels[i] = ANYSTYLE_LABEL[tag] ?? 'other';
    for (const i of styleWords(tokens, inside, line.csl?.[ANYSTYLE_LABEL[tag]], line.text)) labels[i] = 'other';
    // Separators the tagger kept with the segment: trailing and leading punctuation, not an initial's stop.
    for (let k = inside.length - 1; k >= 0 && PUNCT_KINDS.has(tokens[inside[k]].kind); k--) {
      const prev = tokens[inside[k] - 1];
      if (tokens[inside[k]].text === '.' && prev && /^\p{Lu}$/u.test(prev.text) && tag === 'author') break;
      labels[inside[k]] = 'punct';
    }
    for (
      let k = 0;
      k < inside.length && PUNCT_KINDS.has(tokens[inside[k]].kind) && tokens[inside[k]].kind !== 'titlemark';
      k++
    )
      labels[inside[k]] = 'punct';
  }
  return tokens.map((t, i) => [t.start, t.end, labels[i]]);
}

async function main() {
  if (!existsSync(TRAIN)) {
    console.log(`parser:data: no training folder at ${TRAIN} (it comes with ../shared); nothing generated`);
    return;
  }
  const { tokenize } = await import('../dist/parse/learn/tokenize.js');
  const names = await import('../dist/parse/names.js');
  const split = JSON.parse(readFileSync(join(root, 'data', 'parser-split.json'), 'utf8'));
  const heldRepos = new Set(split.records.heldOutRepos);
  const records = readJsonl(join(TRAIN, 'records.jsonl')).filter((r) => !heldRepos.has(r.source.repo));
  const zh = records.filter((r) => r.lang === 'zh').map((r) => r.csl);
  const en = records.filter((r) => r.lang === 'en').map((r) => r.csl);
  const generated = generateRecords().map((r) => r.csl);
  mkdirSync(OUT, { recursive: true });
  const out = createWriteStream(join(OUT, 'rendered.jsonl'));
  const counts = { rendered: 0, kept: 0, bySource: {}, dropped: {}, styleErrors: [], styles: 0 };
  const styles = trainingStyles(split);
  const t0 = Date.now();
  for (const [k, s] of styles.entries()) {
    const items =
      s[0] === 'debian'
        ? windowOf(en, WINDOW.debian, k)
        : [...windowOf(zh, WINDOW.zh, k), ...windowOf(en, WINDOW.en, k), ...windowOf(generated, WINDOW.generated, k)];
    await renderStyle(s, items, { tokenize, names }, out, counts);
    counts.styles++;
    if (k % 20 === 19)
      console.log(
        `parser:data: ${k + 1}/${styles.length} styles, ${counts.kept} strings kept, ${Math.round((Date.now() - t0) / 1000)} s`,
      );
  }
  await new Promise((resolve) => out.end(resolve));
  const held = new Set(split.anystyle.heldOutLines);
  const any = readJsonl(join(TRAIN, 'anystyle-en.jsonl'));
  const anyOut = [];
  let anyDropped = 0;
  any.forEach((line, i) => {
    if (held.has(i + 1)) return;
    const tokens = anystyleTokens(line, tokenize);
    if (tokens)
      anyOut.push(
        JSON.stringify({
          source: 'anystyle',
          id: `anystyle:${i + 1}`,
          lang: 'en',
          text: line.text,
          tokens,
          csl: line.csl,
        }),
      );
    else anyDropped++;
  });
  writeFileSync(join(OUT, 'anystyle.jsonl'), `${anyOut.join('\n')}\n`);
  const report = {
    made: new Date().toISOString(),
    mode: FULL ? 'full' : 'window',
    records: { zh: zh.length, en: en.length, generated: generated.length },
    ...counts,
    anystyle: { kept: anyOut.length, dropped: anyDropped },
  };
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
  const dropped = Object.values(counts.dropped).reduce((a, b) => a + b, 0);
  const gen = counts.bySource[GENERATED] ?? { rendered: 0, kept: 0 };
  console.log(
    `parser:data: ${counts.styles} styles, ${counts.rendered} strings rendered, ${counts.kept} kept (generated records: ${gen.kept} of ${gen.rendered}), ${dropped} dropped (${JSON.stringify(counts.dropped)}), ${counts.styleErrors.length} styles failed; anystyle ${anyOut.length} lines kept, ${anyDropped} dropped; in ${OUT}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
