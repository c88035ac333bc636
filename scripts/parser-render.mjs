// Renders CSL-JSON records through CSL(-M) styles with citeproc-js (through @citation-js/plugin-csl, as
// src/exporters/csl/ does, with the project's zh-CN locale) and labels every token of each string by the
// field that printed it (GIANT-style, Grennan et al. 2019): the style is rendered once as it is and once
// with a pair of private-use sentinel characters in the affixes of every element that prints a variable;
// the sentinel rendering, its sentinels removed, must equal the plain one, and each token takes the label
// of the innermost variable around its characters. A string that cannot be traced so is dropped, with
// the reason counted. Used by `npm run parser:data` and by `npm run eval:parse` for the held-out split.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const OPEN = 0xe000;
const CLOSE = 0xe800;

/** The label a CSL variable's tokens take; variables not listed are `other`. */
export const VARIABLE_LABEL = {
  author: 'author',
  editor: 'editor',
  translator: 'translator',
  title: 'title',
  'title-short': 'title',
  'container-title': 'container-title',
  'container-title-short': 'container-title',
  'collection-title': 'collection-title',
  publisher: 'publisher',
  'publisher-place': 'publisher-place',
  issued: 'issued',
  'year-suffix': 'issued',
  accessed: 'accessed',
  volume: 'volume',
  issue: 'issue',
  page: 'page',
  'page-first': 'page',
  locator: 'locator',
  number: 'number',
  edition: 'edition',
  genre: 'genre',
  URL: 'URL',
  DOI: 'DOI',
};
const MARK_KINDS = new Set(['titlemark', 'quote', 'bracket']);
const PUNCT_KINDS = new Set(['punct', 'titlemark', 'quote', 'bracket', 'symbol']);
const MOVED = /^[,.;:]$/u;

const TAG = /<(\/?)(text|number|date|names)\b([^>]*?)(\/?)>/g;

/**
 * The variables an element may print, in order: its own, then for a names element those of the names
 * elements inside its <substitute> (citeproc prints a substitute inside the first element's affixes).
 */
function elementVariables(xml) {
  const elements = [];
  const open = [];
  for (const m of xml.matchAll(TAG)) {
    const [, closing, tag, attrs, selfClosing] = m;
    if (tag === 'names' && closing) {
      open.pop();
      continue;
    }
    if (closing) continue;
    const variable = /\bvariable="([^"]+)"/.exec(attrs)?.[1];
    const own = variable?.split(' ') ?? [];
    const el = variable ? { at: m.index, variables: [...own], own: own.length, names: tag === 'names' } : null;
    if (el) elements.push(el);
    if (tag === 'names' && el) for (const outer of open) outer?.variables.push(...el.variables);
    if (tag === 'names' && !selfClosing) open.push(el);
  }
  return elements;
}

/**
 * The style with sentinels: the k-th element that prints a variable gets OPEN+k at the end of its prefix
 * and CLOSE+k at the start of its suffix; `elements[k].variables` are the variables it may print.
 */
export function sentinelStyle(xml) {
  const elements = elementVariables(xml).slice(0, CLOSE - OPEN);
  const byAt = new Map(elements.map((el, k) => [el.at, k]));
  const out = xml.replace(TAG, (m, closing, tag, attrs, slash, at) => {
    const k = byAt.get(at);
    if (closing || k === undefined) return m;
    const open = String.fromCharCode(OPEN + k);
    const close = String.fromCharCode(CLOSE + k);
    let a = attrs;
    a = /\bprefix="/.test(a)
      ? a.replace(/\bprefix="([^"]*)"/, (_, p) => `prefix="${p}${open}"`)
      : `${a} prefix="${open}"`;
    a = /\bsuffix="/.test(a)
      ? a.replace(/\bsuffix="([^"]*)"/, (_, x) => `suffix="${close}${x}"`)
      : `${a} suffix="${close}"`;
    return `<${tag}${a}${slash}>`;
  });
  return { xml: out, vars: elements };
}

let cfg = null;
let styleCount = 0;

/** citation-js's CSL configuration, with the project's zh-CN locale and, if given, more locales. */
export async function csl() {
  if (cfg) return cfg;
  const { plugins } = await import('@citation-js/core');
  await import('@citation-js/plugin-csl');
  cfg = plugins.config.get('@csl');
  if (!cfg.locales.has('zh-CN'))
    cfg.locales.add('zh-CN', readFileSync(join(root, 'data', 'locales', 'locales-zh-CN.xml'), 'utf8'));
  return cfg;
}

const DEBIAN_LOCALES = '/usr/share/citation-style-language/locales';

function addLocale(c, lang) {
  if (!lang || c.locales.has(lang)) return;
  try {
    c.locales.add(lang, readFileSync(join(DEBIAN_LOCALES, `locales-${lang}.xml`), 'utf8'));
  } catch {
    // citation-js falls back to en-US.
  }
}

const isNote = (xml) => /<style\b[^>]*\bclass="note"/.test(xml);

/** Strings of `items` in the style: the bibliography, or for a note style first notes with a cited page. */
function renderAll(c, xml, items) {
  const key = `parser-style-${++styleCount}`;
  c.styles.add(key, xml);
  const lang = /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(xml)?.[1];
  addLocale(c, lang);
  const engine = c.engine(items, key, lang && c.locales.has(lang) ? lang : undefined, 'text');
  const out = new Map();
  if (isNote(xml) || !/<bibliography\b/.test(xml)) {
    const citations = items.map((it, k) => ({
      citationID: `c${k}`,
      citationItems: [{ id: it.id, locator: String(10 + ((k * 37) % 290)), label: 'page' }],
      properties: { noteIndex: k + 1 },
    }));
    engine.updateItems(items.map((it) => it.id));
    for (const [id, , text] of engine.rebuildProcessorState(citations, 'text', []))
      out.set(items[Number(id.slice(1))].id, text);
  } else {
    engine.updateItems(items.map((it) => it.id));
    const bib = engine.makeBibliography();
    if (bib) bib[1].forEach((s, k) => out.set(bib[0].entry_ids[k][0], s));
  }
  return out;
}

/** Renders items in a style, plain and with sentinels: Map id → { plain, marked }; the variables of the marks. */
export async function renderPair(xml, items) {
  const c = await csl();
  const marked = sentinelStyle(xml);
  const plain = renderAll(c, xml, items);
  const withMarks = renderAll(c, marked.xml, items);
  const out = new Map();
  for (const [id, p] of plain) out.set(id, { plain: clean(p), marked: clean(withMarks.get(id) ?? '') });
  return { strings: out, vars: marked.vars };
}

// citeproc's text output may keep a few HTML entities and ends entries with a newline.
function clean(s) {
  return s
    .replace(/&#38;/g, '&')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#60;/g, '<')
    .replace(/&#62;/g, '>')
    .trim();
}

/** The marked string without its sentinels, and per character the variable printing it (innermost). */
function charVariables(marked, vars) {
  const labels = [];
  const stack = [];
  let text = '';
  for (const ch of marked) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= OPEN && code < OPEN + vars.length) stack.push(vars[code - OPEN]);
    else if (ch.length === 1 && code >= CLOSE && code < CLOSE + vars.length) {
      if (stack.pop() !== vars[code - CLOSE]) return { drop: 'unbalanced sentinels' };
    } else {
      text += ch;
      for (let i = 0; i < ch.length; i++) labels.push(stack.at(-1) ?? null);
    }
  }
  if (stack.length) return { drop: 'unbalanced sentinels' };
  return { text, labels };
}

const DROPPABLE = /[\s.,;:]/u;
const CLOSING_QUOTE = /^[”’"]$/u;

/**
 * The variables of the plain string's characters, from the sentinel rendering: citeproc collapses doubled
 * punctuation at a field's end (`G.` + `.`), which the sentinels between them prevent, so the marked text
 * may hold extra spaces and stops; anything else that differs cannot be traced.
 */
function alignPlain(plain, cv) {
  const labels = [];
  let j = 0;
  for (let i = 0; i < plain.length; i++) {
    // American punctuation moved inside the closing quote: `”,` marked, `,”` plain.
    if (CLOSING_QUOTE.test(plain[i + 1] ?? '') && cv.text[j] === plain[i + 1] && cv.text[j + 1] === plain[i]) {
      labels.push(cv.labels[j + 1], cv.labels[j]);
      i++;
      j += 2;
      continue;
    }
    while (j < cv.text.length && cv.text[j] !== plain[i] && DROPPABLE.test(cv.text[j])) j++;
    if (cv.text[j] !== plain[i]) return null;
    labels.push(cv.labels[j++]);
  }
  while (j < cv.text.length && DROPPABLE.test(cv.text[j])) j++;
  return j === cv.text.length ? labels : null;
}

const has = (item, v) => (Array.isArray(item[v]) ? item[v].length > 0 : item[v] !== undefined && item[v] !== '');

/**
 * The variable an element printed for one item: the first of its variables (its own, then its
 * substitutes) that the item has; null when a names element of two roles has both (they cannot be told apart).
 */
function printedVariable(el, item) {
  if (el.names && el.variables.slice(0, el.own).filter((v) => has(item, v)).length > 1) return null;
  return el.variables.find((v) => has(item, v)) ?? el.variables[0];
}

/** Whether the bracket at `i`, first of its field's run, is closed by a bracket of the run that the run goes on after. */
function opensInside(tokens, labels, i) {
  const l = labels[i];
  if (tokens[i].kind !== 'bracket') return false;
  for (let j = i + 1; j < tokens.length && labels[j] === l; j++)
    if (tokens[j].kind === 'bracket') return labels[j + 1] === l;
  return false;
}

/**
 * Tokens of one rendered string with their labels, and the printed text of each variable; or { drop }.
 * `tokenize` is the project's tokenizer (src/parse/learn/tokenize.ts, built).
 */
export function labelString({ plain, marked }, vars, item, tokenize) {
  const cv = charVariables(marked, vars);
  if (cv.drop) return cv;
  const charElements = cv.text === plain ? cv.labels : alignPlain(plain, cv);
  if (!charElements) return { drop: 'sentinels change the rendering' };
  const resolved = new Map();
  for (const el of new Set(charElements)) if (el) resolved.set(el, printedVariable(el, item));
  if ([...resolved.values()].includes(null)) return { drop: 'names of two roles in one element' };
  const charVars = charElements.map((el) => (el ? resolved.get(el) : null));
  const printed = {};
  charVars.forEach((v, i) => {
    if (v === null) return;
    const p = (printed[v] ??= { start: i, end: i + 1, done: false });
    if (!p.done && p.end === i) p.end = i + 1;
    else if (!p.done && p.end < i) p.done = true;
  });
  const tokens = tokenize(plain);
  const labels = [];
  for (const t of tokens) {
    const vs = new Set(
      charVars
        .slice(t.start, t.end)
        .filter((v) => v !== null)
        .map((v) => VARIABLE_LABEL[v] ?? 'other'),
    );
    if (vs.size > 1) return { drop: 'a token across two fields' };
    const label = [...vs][0];
    labels.push(label ?? (t.kind === 'typecode' ? 'type' : PUNCT_KINDS.has(t.kind) ? 'punct' : 'other'));
  }
  // Title marks, quotes and brackets at the edge of a field are punctuation, as the style's own are; not a
  // bracket that opens a field whose bracketed part the field's value goes on after (`〔美〕约翰·罗尔斯`).
  tokens.forEach((t, i) => {
    const l = labels[i];
    if (!MARK_KINDS.has(t.kind) || l === 'punct' || l === 'other' || l === 'type') return;
    if (labels[i + 1] === l && (labels[i - 1] === l || opensInside(tokens, labels, i))) return;
    labels[i] = 'punct';
  });
  // A comma or stop citeproc moved inside the closing quote (`bees,”`) separates fields too.
  tokens.forEach((t, i) => {
    if (
      MOVED.test(t.text) &&
      CLOSING_QUOTE.test(tokens[i + 1]?.text ?? '') &&
      labels[i + 1] === 'punct' &&
      labels[i - 1] === labels[i]
    )
      labels[i] = 'punct';
  });
  const text = Object.fromEntries(Object.entries(printed).map(([v, p]) => [v, plain.slice(p.start, p.end)]));
  return { text: plain, tokens: tokens.map((t, i) => [t.start, t.end, labels[i]]), printed: text };
}

const ETAL = /(?:等|et al\.?)/iu;

// Names compared as the scorer compares them (NFKC, case), with one apostrophe (citeproc curls them).
const nameForm = (s) => s.normalize('NFKC').toLowerCase().replace(/[’‘']/gu, "'");

function nameKey(n) {
  return nameForm(n.literal ?? n.family ?? n.given ?? '');
}

/** The names of a role as printed: the record's list up to the first name the printed text lacks. */
function printedNames(names, text) {
  const t = nameForm(text);
  const out = [];
  for (const n of names) {
    const k = nameKey(n);
    if (!k || !t.includes(k)) break;
    out.push(n);
  }
  return out.length ? out : null;
}

/**
 * The gold item of a rendered string, as the corpus README defines it: only the scored fields the string
 * prints, with the value it prints (pages and locator as printed, names cut to those printed); null when
 * a printed field cannot be traced (a name list none of whose names is found).
 */
export function goldItem(item, printed) {
  const gold = { id: item.id, type: item.type };
  for (const role of ['author', 'editor', 'translator']) {
    const text = printed[role];
    if (text === undefined || !item[role]?.length) continue;
    const names = printedNames(item[role], text);
    // Every name printed, or the first ones and 等 / et al.: else the list cannot be traced.
    if (!names || (names.length < item[role].length && !ETAL.test(text))) return null;
    gold[role] = names;
  }
  for (const f of ['title', 'container-title', 'publisher', 'publisher-place', 'volume', 'issue', 'URL', 'DOI']) {
    if (printed[f] !== undefined) gold[f] = printed[f];
  }
  if (printed.issued !== undefined && item.issued) gold.issued = item.issued;
  const page = printed.page ?? printed['page-first'] ?? printed.locator;
  if (page !== undefined) gold.page = page;
  return gold;
}
