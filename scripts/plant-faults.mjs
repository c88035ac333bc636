// Recall planting: plants known faults in copies of manuscripts made in a temporary folder and checks
// whether citeaudit finds them. Six kinds, each with the rule that must catch it:
//   orphan-note            a marker removed (Markdown and plain text, where a note is defined apart from its marker)
//   consecutive-duplicate  a note repeated in full right after itself (a note read as one full citation)
//   invalid-locator        a cited page range reversed (a citation whose locator is a range)
//   inconsistent-name      one of two printings of a name misspelt by one letter (Latin names of 6 letters or
//                          more, Chinese names of 4 characters or more: shorter ones one letter apart are
//                          often two people, and the rule leaves them alone by design)
//   inconsistent-metadata  one of two full citations of a work given another year
//   missing-entry          a note citing a work absent from the list (where the document has a list)
// A kind is planted only where its rule runs under the document's norm (`citeaudit rules`: missing-entry
// only under the norms that want the list complete, GB/T 7714, Chicago notes, author-date and numeric;
// consecutive-duplicate only under the note styles; under no norm only the rules of every norm).
// Formats: Markdown and text (footnote definitions, ① lines), LaTeX projects (\footnote, .bib entries),
// DOCX and ODT packages (footnotes, endnotes and notes found by the id the report gives; a text edit only
// where the text sits in one XML run) and JATS (<fn> with its body <xref>, the k-th <ref>).
// Candidates are chosen from the unplanted run's JSON report with a fixed seed; one fault per copy.
// Found = a finding of the expected rule naming the planted note or entry that the unplanted run does
// not have. `node scripts/plant-faults.mjs [FILE...]` prints the recall on the fixtures (or the files
// given); `npm run eval:realworld` prints it on ../shared/realworld too. Runs on dist/ (build first).
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const KINDS = [
  'orphan-note',
  'consecutive-duplicate',
  'invalid-locator',
  'inconsistent-name',
  'inconsistent-metadata',
  'missing-entry',
];
export const SEED = 20261207;

// ---------------------------------------------------------------------------------------------------
// Randomness and text positions

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive one seed per document and kind. */
export function hash32(s) {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

/** The items of xs in a seeded order (Fisher–Yates). */
export function shuffle(rand, xs) {
  const out = [...xs];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}

/** Offset of the start of a 1-based line. */
export function lineOffset(text, line) {
  let at = 0;
  for (let k = 1; k < line; k++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return at;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const MARKER = new RegExp(`^(?:\\[\\^[^\\]\\s]+\\]|[${CIRCLED}])`, 'u');

// ---------------------------------------------------------------------------------------------------
// Transforms: pure functions of a text

/**
 * Removes the note marker at a 1-based line and column (`[^label]` or a circled number). The column
 * may be off by a little (code points against code units): the marker nearest to it on the line is taken.
 * Null when there is no marker on the line.
 */
export function removeMarker(text, line, column) {
  const start = lineOffset(text, line);
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  let best = -1;
  let bestLen = 0;
  for (let k = start; k < end; k++) {
    const m = MARKER.exec(text.slice(k, Math.min(end, k + 200)));
    if (m && (best < 0 || Math.abs(k - start - (column - 1)) < Math.abs(best - start - (column - 1)))) {
      best = k;
      bestLen = m[0].length;
    }
  }
  return best < 0 ? null : text.slice(0, best) + text.slice(best + bestLen);
}

/** Blank lines, then a line indented by four spaces or a tab: a definition goes on (from `lastIndex`). */
const INDENTED_AFTER_BLANKS = /(?:[ \t]*\r?\n)+(?: {4}|\t)\S/y;

/** The extent of the Markdown footnote definition of `label`: where it starts, where its body starts and ends. */
export function footnoteDefinition(text, label) {
  const m = new RegExp(`^ {0,3}\\[\\^${escapeRe(label)}\\]:[ \\t]*`, 'mu').exec(text);
  if (!m) return null;
  const bodyStart = m.index + m[0].length;
  let end = text.indexOf('\n', bodyStart);
  if (end < 0) return { start: m.index, bodyStart, end: text.length };
  // Continuation: following lines that start no other definition or heading, and after a blank line an
  // indented block (four spaces or a tab), as CommonMark continues a definition over several paragraphs.
  for (;;) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next);
    if (/^ {0,3}\[\^[^\]]+\]:/.test(line) || /^#/.test(line)) break;
    if (line.trim() === '') {
      INDENTED_AFTER_BLANKS.lastIndex = end + 1;
      if (!INDENTED_AFTER_BLANKS.test(text)) break;
    }
    end = next < 0 ? text.length : next;
    if (next < 0) break;
  }
  return { start: m.index, bodyStart, end };
}

/**
 * Adds a Markdown footnote `newLabel` with `body` right after the note `label`: its marker right after
 * the marker at (line, column), its definition right after the definition of `label`. Null when either
 * cannot be found.
 */
export function insertFootnoteAfter(text, label, markerLine, markerColumn, newLabel, body) {
  const def = footnoteDefinition(text, label);
  if (!def) return null;
  const withDef = text.slice(0, def.end) + `\n[^${newLabel}]: ${body}` + text.slice(def.end);
  const start = lineOffset(withDef, markerLine);
  const ref = `[^${label}]`;
  let at = withDef.indexOf(ref, start + Math.max(0, markerColumn - 3));
  if (at < 0 || withDef[at + ref.length] === ':') at = withDef.indexOf(ref, start);
  if (at < 0 || at >= def.start || withDef[at + ref.length] === ':') return null;
  return withDef.slice(0, at + ref.length) + `[^${newLabel}]` + withDef.slice(at + ref.length);
}

/**
 * The same for a note printed as `① text` on its own line after its paragraph (the ①-per-page
 * convention): the new note takes the next circled number, so only the last note of its page can be
 * followed without renumbering the others. Null when the label is not a circled number or the line is not found.
 */
export function insertCircledAfter(text, label, noteLine, markerLine, markerColumn, body) {
  const k = CIRCLED.indexOf(label);
  if (k < 0 || k + 1 >= CIRCLED.length) return null;
  const next = CIRCLED[k + 1];
  const lineStart = lineOffset(text, noteLine);
  if (!text.startsWith(label, lineStart)) return null;
  const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
  const withNote = text.slice(0, lineEnd) + `\n${next} ${body}` + text.slice(lineEnd);
  const mStart = lineOffset(withNote, markerLine);
  const mEnd = withNote.indexOf('\n', mStart);
  const at = withNote.slice(mStart, mEnd < 0 ? undefined : mEnd).indexOf(label, Math.max(0, markerColumn - 3));
  const atLine = at < 0 ? withNote.slice(mStart, mEnd < 0 ? undefined : mEnd).indexOf(label) : at;
  if (atLine < 0 || mStart + atLine >= lineStart) return null;
  const pos = mStart + atLine + label.length;
  return withNote.slice(0, pos) + next + withNote.slice(pos);
}

/** The end (after the closing brace) of a braced group opening at `open` (the `{`). */
export function bracedEnd(text, open) {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const ch = text[k];
    if (ch === '\\') k++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return k + 1;
  }
  return -1;
}

/** Every `\footnote{…}` of a LaTeX text outside comments: where it starts, its content, where it ends. */
export function latexFootnotes(text) {
  const out = [];
  const re = /\\footnote\s*\{/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/(?<!\\)%/.test(text.slice(lineStart, m.index))) continue;
    const open = m.index + m[0].length - 1;
    const end = bracedEnd(text, open);
    if (end < 0) continue;
    out.push({ start: m.index, end, content: text.slice(open + 1, end - 1) });
  }
  return out;
}

/** The end of a range written short (`192–93` ends at 193, as Chicago writes it). */
export function rangeEnd(from, to) {
  return to.length < from.length ? from.slice(0, from.length - to.length) + to : to;
}

/**
 * Reverses the first page range `from–to` (any dash) found in text[start, end): `192–93` becomes
 * `193–192`. Null when there is none.
 */
export function reverseRange(text, from, to, start = 0, end = text.length) {
  const re = new RegExp(`(?<!\\d)${from}(\\s*[-–—~－‒―]+\\s*)${to}(?!\\d)`, 'u');
  const m = re.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  return text.slice(0, at) + `${rangeEnd(from, to)}${m[1]}${from}` + text.slice(at + m[0].length);
}

/**
 * Replaces the first whole occurrence of `needle` in text[start, end): a number not inside a longer
 * number, a Latin word not inside a longer Latin word (Chinese text around it does not matter), Chinese
 * anywhere. Null when there is none.
 */
export function replaceIn(text, needle, replacement, start = 0, end = text.length) {
  const body = escapeRe(needle);
  const re = /^\d/.test(needle)
    ? new RegExp(`(?<!\\d)${body}(?!\\d)`, 'u')
    : /^\p{Script=Latin}/u.test(needle)
      ? new RegExp(`(?<!\\p{Script=Latin})${body}(?!\\p{Script=Latin})`, 'u')
      : new RegExp(body, 'u');
  const m = re.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  return text.slice(0, at) + replacement + text.slice(at + needle.length);
}

const VOWEL_SWAP = { a: 'e', e: 'a', i: 'e', o: 'a', u: 'o', y: 'i' };
const HAN_SWAP = {
  斯: '丝',
  尔: '儿',
  贝: '伯',
  克: '客',
  特: '忒',
  德: '得',
  马: '玛',
  利: '力',
  里: '理',
  森: '生',
  伯: '博',
};

/**
 * A misspelling one edit away that keeps the start of the name (the rule compares names that share
 * their first letters): a Latin name gets another vowel after its third letter (or a doubled consonant),
 * a Chinese one another character for its last syllable with the same sound where the table knows one.
 */
export function misspell(name) {
  if (/\p{Script=Han}/u.test(name)) {
    const chars = [...name];
    for (let k = chars.length - 1; k >= 1; k--) {
      const swap = HAN_SWAP[chars[k]];
      if (swap) return [...chars.slice(0, k), swap, ...chars.slice(k + 1)].join('');
    }
    const last = chars.length - 1;
    return [...chars.slice(0, last), chars[last] === '恩' ? '思' : '恩'].join('');
  }
  for (let k = name.length - 2; k >= 3; k--) {
    const lower = name[k].toLowerCase();
    if (VOWEL_SWAP[lower]) return name.slice(0, k) + VOWEL_SWAP[lower] + name.slice(k + 1);
  }
  const k = Math.max(3, name.length - 2);
  return name.slice(0, k) + name[k] + name.slice(k);
}

// ---------------------------------------------------------------------------------------------------
// Places: notes and entries of a report, their identity across runs

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const stripIds = (item) => {
  const rest = { ...item };
  delete rest.id;
  return rest;
};

/**
 * A signature for each note and entry of a file report: its type, its text and what was read of it
 * (its citations' items), so that the same note is recognised in the planted run although its id moved,
 * and a note whose text or reading changed is not.
 */
export function placeSignatures(file) {
  const items = new Map();
  for (const c of file.citations ?? []) {
    const p = c.noteId ?? c.entryId;
    if (!items.has(p)) items.set(p, []);
    items.get(p).push(JSON.stringify(stripIds(c.item)));
  }
  const sig = (type, p) => `${type}|${norm(p.text)}|${(items.get(p.id) ?? []).join('&')}`;
  return [
    ...file.notes.map((n) => ({ id: n.id, sig: sig('n', n) })),
    ...file.entries.map((e) => ({ id: e.id, sig: sig('e', e) })),
  ];
}

/** The places of `after` that `before` does not have (a repeated place: its later copies). */
export function extraPlaces(before, after) {
  const count = new Map();
  for (const p of before) count.set(p.sig, (count.get(p.sig) ?? 0) + 1);
  const out = [];
  for (const p of after) {
    const c = count.get(p.sig) ?? 0;
    if (c > 0) count.set(p.sig, c - 1);
    else out.push(p.id);
  }
  return out;
}

/** The id in `after` of the place `id` of `before` (same signature, same occurrence), or null. */
export function mapPlace(before, after, id) {
  const at = before.findIndex((p) => p.id === id);
  if (at < 0) return null;
  const sig = before[at].sig;
  const nth = before.slice(0, at).filter((p) => p.sig === sig).length;
  return after.filter((p) => p.sig === sig)[nth]?.id ?? null;
}

/** A finding's identity across runs: its rule and the signatures of the places it names. */
export function findingSignature(d, sigById) {
  const places = [...d.noteIds, ...d.entryIds].map((id) => sigById.get(id) ?? id).sort();
  return `${d.ruleId}|${places.join('||')}|${[...(d.markerLabels ?? [])].sort().join(',')}`;
}

/** id → signature with its occurrence (`#0`, `#1`…), so that two notes with one text are two places. */
export function occurrenceSignatures(places) {
  const seen = new Map();
  return new Map(
    places.map((p) => {
      const k = seen.get(p.sig) ?? 0;
      seen.set(p.sig, k + 1);
      return [p.id, `${p.sig}#${k}`];
    }),
  );
}

/**
 * Whether the planted fault was found: a finding of `ruleId` in `after` that names one of `planted` and
 * that `before` does not have.
 */
export function foundPlanted(before, after, ruleId, planted) {
  if (planted.length === 0) return false;
  const sigB = occurrenceSignatures(placeSignatures(before));
  const sigA = occurrenceSignatures(placeSignatures(after));
  const old = new Set(before.diagnostics.map((d) => findingSignature(d, sigB)));
  return after.diagnostics.some(
    (d) =>
      d.ruleId === ruleId &&
      [...d.noteIds, ...d.entryIds].some((id) => planted.includes(id)) &&
      !old.has(findingSignature(d, sigA)),
  );
}

// ---------------------------------------------------------------------------------------------------
// Sources: the text files of a document (one file, or a LaTeX project's .tex and .bib files)

const TEXT_EXT = new Set(['.md', '.markdown', '.txt', '.tex', '.bib', '.qmd', '.rmd']);
const PACKAGED = new Set(['.docx', '.odt']);

/**
 * Reads the text of a document: `{ main, files: { relativePath: text } }` — one file, a LaTeX project's
 * .tex and .bib files, or the XML parts of a DOCX or ODT package (then `zip` holds all its parts).
 */
export function readSources(mainPath, project) {
  const root = dirname(mainPath);
  if (PACKAGED.has(extname(mainPath).toLowerCase())) {
    const zip = unzipSync(readFileSync(mainPath));
    const files = {};
    for (const [name, bytes] of Object.entries(zip)) if (name.endsWith('.xml')) files[name] = strFromU8(bytes);
    return { main: basename(mainPath), files, zip };
  }
  const files = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (TEXT_EXT.has(extname(name).toLowerCase())) files[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  if (project) walk(root);
  else files[basename(mainPath)] = readFileSync(mainPath, 'utf8');
  return { main: relative(root, mainPath), files };
}

// ---------------------------------------------------------------------------------------------------
// XML notes: DOCX footnotes and endnotes, ODT notes, JATS <fn>, found by the id the report gives

/** The element `<tag … attr="id" …>…</tag>` (notes do not nest): `{ start, end }`, or null. */
export function xmlElement(text, tag, attr, id) {
  const m = new RegExp(`<${tag}\\b[^>]*\\s${attr}="${escapeRe(id)}"[^>]*>`, 'u').exec(text);
  if (!m) return null;
  if (m[0].endsWith('/>')) return { start: m.index, end: m.index + m[0].length };
  const close = text.indexOf(`</${tag}>`, m.index);
  return close < 0 ? null : { start: m.index, end: close + tag.length + 3 };
}

export const escapeXml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * How the notes of a part are written: the file, the note element and its id attribute, the element
 * that refers to it (DOCX: the run holding `<w:footnoteReference>`; JATS: the `<xref>`; ODT: none, the
 * note sits in the text), a new id, and a new note with a given text.
 */
export function notePart(sources, part) {
  if (part === 'word/footnotes.xml' || part === 'word/endnotes.xml') {
    const tag = part === 'word/footnotes.xml' ? 'w:footnote' : 'w:endnote';
    return {
      file: part,
      tag,
      attr: 'w:id',
      ref: { file: 'word/document.xml', tag: `${tag}Reference`, attr: 'w:id', run: 'w:r' },
      newId: (text) => String(Math.max(0, ...[...text.matchAll(/\sw:id="(-?\d+)"/g)].map((m) => Number(m[1]))) + 1),
      make: (id, t) =>
        `<${tag} w:id="${id}"><w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p></${tag}>`,
    };
  }
  if (part === 'content.xml') {
    return {
      file: part,
      tag: 'text:note',
      attr: 'text:id',
      ref: null,
      newId: (text, id) => `${id}p`,
      make: (id, t) =>
        `<text:note text:id="${id}" text:note-class="footnote"><text:note-citation>*</text:note-citation>` +
        `<text:note-body><text:p>${escapeXml(t)}</text:p></text:note-body></text:note>`,
    };
  }
  if (part === 'fn' && sources.main.endsWith('.xml')) {
    return {
      file: sources.main,
      tag: 'fn',
      attr: 'id',
      ref: { file: sources.main, tag: 'xref', attr: 'rid', run: null, after: '<body' },
      newId: (text, id) => `${id}p`,
      make: (id, t) => `<fn id="${id}"><p>${escapeXml(t)}</p></fn>`,
    };
  }
  return null;
}

/**
 * Adds a note right after an XML note: a copy of it (text null) or a new note with `text`, and a copy
 * of its reference right after the reference. Returns the edited files or null.
 */
export function xmlNoteAfter(sources, source, text) {
  const k = source && notePart(sources, source.part);
  const part = k && sources.files[k.file];
  const el = part && xmlElement(part, k.tag, k.attr, source.id);
  if (!el) return null;
  const newId = k.newId(part, source.id);
  const note =
    text === null
      ? part.slice(el.start, el.end).replace(`${k.attr}="${source.id}"`, `${k.attr}="${newId}"`)
      : k.make(newId, text);
  const edited = { [k.file]: part.slice(0, el.end) + note + part.slice(el.end) };
  if (!k.ref) return edited;
  const doc = edited[k.ref.file] ?? sources.files[k.ref.file];
  const re = new RegExp(`<${k.ref.tag}\\b[^>]*\\s${k.ref.attr}="${escapeRe(source.id)}"[^>]*>`, 'gu');
  // JATS: only a reference in the body, not one from the front matter (an author's contribution note).
  re.lastIndex = k.ref.after ? Math.max(0, doc?.indexOf(k.ref.after) ?? 0) : 0;
  const m = doc && (k.ref.after && doc.indexOf(k.ref.after) < 0 ? null : re.exec(doc));
  if (!m) return null;
  let start = m.index;
  let end = m[0].endsWith('/>')
    ? m.index + m[0].length
    : doc.indexOf(`</${k.ref.tag}>`, m.index) + k.ref.tag.length + 3;
  if (k.ref.run) {
    start = Math.max(doc.lastIndexOf(`<${k.ref.run}>`, m.index), doc.lastIndexOf(`<${k.ref.run} `, m.index));
    end = doc.indexOf(`</${k.ref.run}>`, m.index) + k.ref.run.length + 3;
  }
  if (start < 0 || end < m.index) return null;
  const ref = doc.slice(start, end).replace(`${k.ref.attr}="${source.id}"`, `${k.ref.attr}="${newId}"`);
  edited[k.ref.file] = doc.slice(0, end) + ref + doc.slice(end);
  return edited;
}

/**
 * Where the text of a note or entry is in the sources: `{ file, start, end }`. An XML note by the
 * source id the report gives, a JATS entry as the k-th `<ref>`, a `.bib` entry by its key; otherwise the first 40 (else 20) characters of its text, the occurrence nearest its line in the
 * main file, or the only one in the others.
 */
export function regionOf(sources, place) {
  if (place.source) {
    const k = notePart(sources, place.source.part);
    const el = k && sources.files[k.file] && xmlElement(sources.files[k.file], k.tag, k.attr, place.source.id);
    return el ? { file: k.file, ...el } : null;
  }
  // JATS: the k-th <ref> of the list is entry ek.
  const nth = /^e(\d+)$/.exec(place.id ?? '');
  if (nth && sources.main.endsWith('.xml') && !sources.zip) {
    const text = sources.files[sources.main];
    const refs = [...text.matchAll(/<ref\b[^>]*>/g)];
    const m = refs[Number(nth[1]) - 1];
    const close = m ? text.indexOf('</ref>', m.index) : -1;
    if (m && close > 0) return { file: sources.main, start: m.index, end: close + 6 };
  }
  if (place.label) {
    for (const [file, text] of Object.entries(sources.files)) {
      if (!file.endsWith('.bib')) continue;
      const m = new RegExp(`@\\w+\\s*\\{\\s*${escapeRe(place.label)}\\s*,`, 'u').exec(text);
      if (m) {
        const next = text.indexOf('\n@', m.index + 1);
        return { file, start: m.index, end: next < 0 ? text.length : next };
      }
    }
  }
  const text = place.text ?? '';
  for (const n of [40, 20]) {
    const needle = text.slice(0, n);
    if (needle.length < Math.min(n, 8)) continue;
    const hits = [];
    for (const [file, src] of Object.entries(sources.files)) {
      for (let at = src.indexOf(needle); at >= 0; at = src.indexOf(needle, at + 1)) hits.push({ file, at });
    }
    const main = hits.filter((h) => h.file === sources.main);
    let hit = null;
    if (main.length > 0 && place.line) {
      const lineOf = (at) => sources.files[sources.main].slice(0, at).split('\n').length;
      hit = main.reduce((a, b) => (Math.abs(lineOf(b.at) - place.line) < Math.abs(lineOf(a.at) - place.line) ? b : a));
    } else if (hits.length === 1) hit = hits[0];
    if (hit)
      return {
        file: hit.file,
        start: hit.at,
        end: Math.min(sources.files[hit.file].length, hit.at + text.length + 80),
      };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Planning: which faults to plant where, from the unplanted run's report

const yearOf = (item) => item?.issued?.['date-parts']?.[0]?.[0] ?? null;
const NOTE_FORMATS = new Set(['markdown', 'text']);
const RANGE = /^(?:pp?\.\s*|第\s*)?(\d+)\s*[-–—~－‒―]+\s*(\d+)(?:\s*页)?$/u;

/** A note read as one full citation with an author, a title and a year: a real citation, not commentary. */
function fullCitationNote(file, note) {
  const cs = file.citations.filter((c) => c.noteId === note.id);
  if (cs.length !== 1) return false;
  const [c] = cs;
  return c.kind === 'full' && !!c.item?.title && (c.item.author?.length ?? 0) > 0 && yearOf(c.item) !== null;
}

const placeOf = (file, id) => file.notes.find((n) => n.id === id) ?? file.entries.find((e) => e.id === id);
const langOf = (file) => {
  const zh = file.citations.filter((c) => c.lang === 'zh').length;
  return zh * 2 >= file.citations.length && zh > 0 ? 'zh' : 'en';
};

/** Adds a note with `body` right after `note`, in the document's format. Returns the edited files or null. */
function addNoteAfter(sources, file, note, body, newLabel) {
  const main = sources.files[sources.main];
  if (NOTE_FORMATS.has(file.format)) {
    const m = note.markers?.[0];
    if (!m) return null;
    if (CIRCLED.includes(note.label)) {
      // Only the last note of its page can be followed without renumbering the page.
      if (file.notes.some((n) => n.page === note.page && CIRCLED.indexOf(n.label) > CIRCLED.indexOf(note.label)))
        return null;
      const t = insertCircledAfter(main, note.label, note.line, m.line, m.column, body);
      return t && { [sources.main]: t };
    }
    const t = insertFootnoteAfter(main, note.label, m.line, m.column, newLabel, body);
    return t && { [sources.main]: t };
  }
  if (file.format === 'latex') {
    for (const [name, src] of Object.entries(sources.files)) {
      if (!name.endsWith('.tex')) continue;
      const fn = latexFootnotes(src).find((f) => norm(f.content).startsWith(norm(note.text).slice(0, 15)));
      if (fn) return { [name]: src.slice(0, fn.end) + `\\footnote{${body}}` + src.slice(fn.end) };
    }
    return null;
  }
  return note.source ? xmlNoteAfter(sources, note.source, body) : null;
}

/** The body of a note as written in the source (Markdown definition, ① line or LaTeX footnote). */
function sourceBody(sources, file, note) {
  const main = sources.files[sources.main];
  if (NOTE_FORMATS.has(file.format)) {
    if (CIRCLED.includes(note.label)) {
      const s = lineOffset(main, note.line) + note.label.length;
      const e = main.indexOf('\n', s);
      return main.slice(s, e < 0 ? undefined : e).trim();
    }
    const def = footnoteDefinition(main, note.label);
    return def && main.slice(def.bodyStart, def.end);
  }
  for (const [name, src] of Object.entries(sources.files)) {
    if (!name.endsWith('.tex')) continue;
    const fn = latexFootnotes(src).find((f) => norm(f.content).startsWith(norm(note.text).slice(0, 15)));
    if (fn) return fn.content;
  }
  return null;
}

/** A work nobody wrote, as a citation in the document's language. */
export function absentWork(lang, format) {
  if (lang === 'zh') return '王明远. 无处之城：一项虚构的研究[M]. 北京: 虚构出版社, 1999: 12-13.';
  return format === 'latex'
    ? 'A. N. Planted, \\emph{Nowhere Studies: An Imaginary History} (Boston: Imaginary Press, 1999), 12.'
    : 'A. N. Planted, *Nowhere Studies: An Imaginary History* (Boston: Imaginary Press, 1999), 12.';
}

/** Every place a fault of `kind` could be planted: `[{ target, apply(sources) → edited files | null }]`. */
export function candidates(kind, file) {
  const out = [];
  if (kind === 'orphan-note' && NOTE_FORMATS.has(file.format)) {
    for (const n of file.notes) {
      if (n.markers?.length !== 1) continue;
      const m = n.markers[0];
      out.push({ target: n.id, apply: (s) => edit(s, s.main, (t) => removeMarker(t, m.line, m.column)) });
    }
  }
  if (kind === 'consecutive-duplicate') {
    for (const n of file.notes) {
      if (!fullCitationNote(file, n)) continue;
      out.push({
        target: n.id,
        apply: (s) => {
          // An XML note is copied whole, with its formatting.
          if (n.source) return xmlNoteAfter(s, n.source, null);
          const body = sourceBody(s, file, n);
          return body ? addNoteAfter(s, file, n, body, `planted-${n.id}`) : null;
        },
      });
    }
  }
  // Under a norm whose list is further reading (《中国社会科学》) the rule does not run: measureRecall skips it.
  if (kind === 'missing-entry' && file.entries.length > 0) {
    for (const n of file.notes) {
      out.push({
        target: n.id,
        apply: (s) => addNoteAfter(s, file, n, absentWork(langOf(file), file.format), 'planted-absent'),
      });
    }
  }
  if (kind === 'invalid-locator') {
    for (const c of file.citations) {
      const m = RANGE.exec(c.locator ?? '');
      if (!m || Number(m[1]) >= Number(rangeEnd(m[1], m[2]))) continue;
      const place = placeOf(file, c.noteId ?? c.entryId);
      out.push({
        target: place.id,
        apply: (s) => editRegion(s, place, (t, r) => reverseRange(t, m[1], m[2], r.start, r.end)),
      });
    }
  }
  if (kind === 'inconsistent-name') out.push(...nameCandidates(file));
  if (kind === 'inconsistent-metadata') out.push(...yearCandidates(file));
  return out;
}

function edit(sources, name, f) {
  const t = f(sources.files[name]);
  return t === null || t === sources.files[name] ? null : { [name]: t };
}

function editRegion(sources, place, f) {
  const r = regionOf(sources, place);
  return r && edit(sources, r.file, (t) => f(t, r));
}

/** Where the citation's text begins inside the region of its note (the region's start when it is not found as printed). */
function citationStart(text, r, raw) {
  const at = text.indexOf((raw ?? '').slice(0, 24), r.start);
  return at !== -1 && at < r.end ? at : r.start;
}

/**
 * Names printed in two places: at the same position of the name list of two citations of one work, or
 * (Latin names) with the same given name in two works. The second printing gets misspelt.
 */
function nameCandidates(file) {
  const seen = new Map();
  const out = [];
  for (const c of file.citations) {
    if (c.kind !== 'full') continue;
    const place = c.noteId ?? c.entryId;
    (c.item?.author ?? []).forEach((a, k) => {
      const name = a.family ?? a.literal;
      if (!name) return;
      const han = /\p{Script=Han}/u.test(name);
      if (han ? [...name].length < 4 : name.replace(/[^\p{L}]/gu, '').length < 6) return;
      const keys = [`w|${c.workId}|${k}|${name}`];
      if (!han && (a.given ?? '').replace(/[^\p{L}]/gu, '').length >= 2) keys.push(`g|${name}|${a.given}`);
      for (const key of keys) {
        const first = seen.get(key);
        if (first === undefined) seen.set(key, place);
        else if (first !== place && !out.some((o) => o.target === place && o.name === name)) {
          const p = placeOf(file, place);
          out.push({
            target: place,
            name,
            // In the citation itself, not in commentary before it that names the same person.
            apply: (s) =>
              editRegion(s, p, (t, r) => replaceIn(t, name, misspell(name), citationStart(t, r, c.raw), r.end)),
          });
        }
      }
    });
  }
  return out;
}

/** Works cited in full in two places with one year: the second gets the year before. */
function yearCandidates(file) {
  const byWork = new Map();
  for (const c of file.citations) {
    if (c.kind !== 'full' || !c.workId || yearOf(c.item) === null) continue;
    if (!byWork.has(c.workId)) byWork.set(c.workId, []);
    byWork.get(c.workId).push(c);
  }
  const out = [];
  for (const cs of byWork.values()) {
    const places = [...new Set(cs.map((c) => c.noteId ?? c.entryId))];
    if (places.length < 2 || new Set(cs.map((c) => yearOf(c.item))).size !== 1) continue;
    const year = String(yearOf(cs[0].item));
    const p = placeOf(file, places[1]);
    out.push({
      target: p.id,
      apply: (s) => editRegion(s, p, (t, r) => replaceIn(t, year, String(Number(year) - 1), r.start, r.end)),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Running: copies in a temporary folder, checked through dist/

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `check --format json` in this process through dist/: `{ exitCode, file, stderr }` (file: the file's
 * report, or null). `rule`: severities as `--rule` sets them.
 */
export async function makeChecker({ rule = {} } = {}) {
  const [{ runCheck }, { listRules }] = await Promise.all([
    import(join(root, 'dist/cli/check.js')),
    import(join(root, 'dist/cli/rules.js')),
  ]);
  const opts = { format: 'json', lang: 'en', norm: 'auto', rule, quiet: false, color: false, jobs: 1 };
  const check = async (path) => {
    const out = [];
    const err = [];
    const { exitCode } = await runCheck([path], opts, {
      out: (s) => out.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')),
      err: (s) => err.push(s),
    });
    const json = out.join('');
    return { exitCode, file: json ? JSON.parse(json).files[0] : null, stderr: err.join('') };
  };
  // `citeaudit rules --format json`: each rule's default severity per norm.
  check.severities = new Map(JSON.parse(await listRules('en', 'json')).map((r) => [r.id, r.severity]));
  return check;
}

/**
 * Whether a rule runs under a norm by default (`citeaudit rules`): a fault is planted only where its
 * rule runs. With no norm recognised, a rule runs when no norm turns it off. Unknown rules run.
 */
export function ruleRuns(severities, ruleId, norm) {
  const s = severities?.get(ruleId);
  if (!s) return true;
  if (norm && s[norm] !== undefined) return s[norm] !== 'off';
  return Object.values(s).every((v) => v !== 'off');
}

/**
 * The places of the planted run a fault of `kind` planted at `target` must be named by: the note whose
 * marker was removed; the note right after the repeated one (its copy: a text that occurs elsewhere too
 * would make the later copies ambiguous); else the notes and entries whose text or reading is new.
 */
export function plantedPlaces(kind, target, beforeSigs, afterSigs, after) {
  const same = mapPlace(beforeSigs, afterSigs, target);
  if (kind === 'orphan-note') return same ? [same] : [];
  if (kind === 'consecutive-duplicate') {
    const k = after.notes.findIndex((n) => n.id === same);
    return k >= 0 && k + 1 < after.notes.length ? [after.notes[k + 1].id] : [];
  }
  return extraPlaces(beforeSigs, afterSigs);
}

/**
 * Plants up to `perKind` faults of each kind in copies of each document and checks them. `docs`:
 * `[{ id, path, project }]` (project: copy the whole folder, a LaTeX project). Returns per kind
 * `{ planted, found }` and the plantings one by one.
 */
export async function measureRecall(docs, { check, seed = SEED, perKind = 5, baseline = new Map() } = {}) {
  const tally = Object.fromEntries(KINDS.map((k) => [k, { planted: 0, found: 0 }]));
  const plantings = [];
  const tmp = mkdtempSync(join(tmpdir(), 'citeaudit-plant-'));
  try {
    let n = 0;
    for (const doc of docs) {
      let sources;
      try {
        sources = readSources(doc.path, doc.project);
      } catch {
        continue; // not a text file or package this script can edit
      }
      let before = baseline.get(doc.id);
      if (!before) {
        // The unplanted run on an unedited copy beside the planted ones, so that nothing around the
        // original (a configuration file above it) makes the two runs differ.
        const dir = join(tmp, `p${n++}`);
        copyDocument(doc, dir, {}, sources);
        before = (await check(join(dir, sources.main))).file;
        rmSync(dir, { recursive: true, force: true });
      }
      if (!before) continue;
      const beforeSigs = placeSignatures(before);
      for (const kind of KINDS) {
        if (!ruleRuns(check.severities, kind, before.norm)) continue;
        const rand = rng(seed ^ hash32(`${doc.id}|${kind}`));
        // Candidates are tried in a seeded order until perKind have been planted.
        let done = 0;
        for (const cand of shuffle(rand, candidates(kind, before))) {
          if (done >= perKind) break;
          const edited = cand.apply(sources);
          if (!edited) continue;
          const dir = join(tmp, `p${n++}`);
          copyDocument(doc, dir, edited, sources);
          const after = (await check(join(dir, sources.main))).file;
          done++;
          tally[kind].planted++;
          let found = false;
          if (after) {
            const afterSigs = placeSignatures(after);
            const planted = plantedPlaces(kind, cand.target, beforeSigs, afterSigs, after);
            found = foundPlanted(before, after, kind, planted);
          }
          if (found) tally[kind].found++;
          plantings.push({ doc: doc.id, kind, target: cand.target, found, change: changedLine(sources, edited) });
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { tally, plantings };
}

/** Where the planting changed the text: file, line, and the text around the change before and after. */
export function changedLine(sources, edited) {
  const [name, text] = Object.entries(edited)[0];
  const a = sources.files[name];
  let p = 0;
  while (p < a.length && a[p] === text[p]) p++;
  const from = Math.max(a.lastIndexOf('\n', p - 1) + 1, p - 60);
  const cut = (t) => {
    const end = t.indexOf('\n', p);
    return t.slice(from, Math.min(end < 0 ? t.length : end, p + 100));
  };
  return { file: name, line: a.slice(0, p).split('\n').length, before: cut(a), after: cut(text) };
}

function copyDocument(doc, dir, edited, sources) {
  if (sources.zip) {
    mkdirSync(dir, { recursive: true });
    const parts = { ...sources.zip };
    for (const [name, text] of Object.entries(edited)) parts[name] = strToU8(text);
    writeFileSync(join(dir, sources.main), zipSync(parts));
    return;
  }
  const from = dirname(doc.path);
  if (doc.project) cpSync(from, dir, { recursive: true });
  else cpSync(doc.path, join(dir, basename(doc.path)));
  const chmod = (p) => {
    chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) chmod(join(p, f));
  };
  chmod(dir);
  for (const [name, text] of Object.entries(edited)) writeFileSync(join(dir, name), text);
}

/** `orphan-note 12/12 (100 %), …`: a kind with nothing planted shows `–`. */
export function formatRecall(tally) {
  return KINDS.map((k) => {
    const { planted, found } = tally[k];
    return planted === 0 ? `${k} –` : `${k} ${found}/${planted} (${Math.round((100 * found) / planted)} %)`;
  }).join(', ');
}

/** The manuscripts of fixtures/ that planting applies to (text formats). */
export function fixtureDocs() {
  const docs = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'chapters') walk(p);
      } else if (/\.(md|tex|docx|odt|xml)$/.test(name) && !/broken|\.big5|\.gb18030|^README\.md$/.test(name)) {
        docs.push({ id: relative(root, p), path: p, project: name.endsWith('.tex') });
      }
    }
  };
  walk(join(root, 'fixtures'));
  return docs;
}

async function main() {
  const args = process.argv.slice(2);
  const docs = args.length ? args.map((p) => ({ id: p, path: p, project: p.endsWith('.tex') })) : fixtureDocs();
  const { tally, plantings } = await measureRecall(docs, { check: await makeChecker() });
  for (const p of plantings) {
    console.log(`${p.found ? 'found ' : 'MISSED'} ${p.kind} ${p.doc} ${p.target} (${p.change.file}:${p.change.line})`);
    if (process.env.PLANT_VERBOSE) console.log(`  - ${p.change.before}\n  + ${p.change.after}`);
  }
  console.log(`recall: ${formatRecall(tally)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
