import { dirname, extname, join } from 'node:path';
import type { CslItem } from '../model/csl.js';
import type { Document } from '../model/document.js';
import { scanManuscript } from '../notes/scan.js';
import { readBib } from './bib.js';
import { decodeText } from './decode.js';
import { asBodyLine, emphasis } from './layout.js';
import { findCites, type CiteGroup } from './latex-cites.js';
import { closes, keepTokens, LatexComments, openedIn, opens, takeTokens, track } from './latex-inline.js';
import { loadProject } from './latex-source.js';
import { FirstSeen } from '../util/first-seen.js';

export const extensions = ['.tex', '.ltx'];

/** The argument of a command starting at `open` (the `{`), braces balanced; -1 when unclosed. */
function balanced(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Common text macros turned into the characters they print; with `italics` (a note's text), `\emph`, `\textit`
 * and `\textsl` as Markdown emphasis, as the DOCX and ODT readers lay them out, so that the parser sees titles.
 */
export function latexToText(s: string, italics = false): string {
  let t = s;
  for (let k = 0; k < 3; k++)
    t = t
      .replace(/\\(?:emph|textit|textsl)\{([^{}]*)\}/g, (_, inner: string) => (italics ? emphasis(inner) : inner))
      .replace(/\\(?:textbf|textsc|textrm|textsf|texttt|mbox|uline|underline)\{([^{}]*)\}/g, '$1');
  return t
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/`/g, '‘')
    .replace(/\\([%&#_$])/g, '$1')
    .replace(/~/g, ' ')
    .replace(/\\\\/g, '\n')
    .replace(/\\ldots|\\dots/g, '…')
    .replace(/\\[a-zA-Z]+\*?(?:\[[^\]]*\])?/g, '')
    .replace(/[{}]/g, '')
    .replace(/[ \t]+/g, ' ');
}

/** Marks a number written by citeaudit (`[3]` for `\cite{key}`), so that a literal `[3]` is told apart. */
const OWN = '\u0001';

/** Keys numbered in order of first citation, as BibTeX's unsorted styles number them. */
class Numbering {
  readonly cited = new FirstSeen<string>();
  number(key: string): number {
    return this.cited.of(key) + 1;
  }
  numbers(keys: string[]): string {
    return keys.length ? `${OWN}[${keys.map((k) => this.number(k)).join(',')}]` : '';
  }
}

/** The preamble (where `.bib` files and a `\nocite` may be named) and the document body. */
function splitDocument(src: string): { preamble: string; body: string } {
  const start = src.indexOf('\\begin{document}');
  if (start === -1) return { preamble: '', body: src };
  const end = src.indexOf('\\end{document}', start);
  return {
    preamble: src.slice(0, start),
    body: src.slice(start + '\\begin{document}'.length, end === -1 ? undefined : end),
  };
}

/** The `.bib` files named by `\bibliography{}` / `\addbibresource{}`, read as BibTeX reads them (bib.ts), keyed. */
async function readBibs(src: string, dir: string): Promise<Map<string, CslItem>> {
  const files: string[] = [];
  for (const m of src.matchAll(/\\(?:bibliography|addbibresource)(?:\[[^\]]*\])?\{([^}]+)\}/g)) {
    for (const name of m[1]!.split(','))
      files.push(join(dir, extname(name.trim()) ? name.trim() : `${name.trim()}.bib`));
  }
  const bib = new Map<string, CslItem>();
  for (const f of files) for (const [k, v] of await readBib(f)) bib.set(k, v);
  return bib;
}

/** A footnote cite as the note it prints: `\footcite[see][5]{a}` → `see [1] 5`. */
function footnoteOf(groups: CiteGroup[], n: Numbering): string {
  return groups.map((g) => [g.pre, n.numbers(g.keys), g.post].filter(Boolean).join(' ')).join('; ');
}

/**
 * Every cite command replaced by the numbers of its keys (in order of first citation, in the body and in
 * notes alike); a footnote cite becomes the footnote it prints; `\nocite{key}` and `\nocite{*}` cite
 * without printing, as BibTeX numbers them.
 */
function numberCites(src: string, bib: Map<string, CslItem>, n: Numbering): string {
  let out = '';
  let at = 0;
  for (const call of findCites(src)) {
    out += src.slice(at, call.start);
    at = call.end;
    if (call.kind === 'foot') out += `\\footnote{${footnoteOf(call.groups, n)}}`;
    else {
      const keys = call.groups.flatMap((g) => g.keys);
      const all = call.kind === 'nocite' && keys.includes('*');
      out += n.numbers(all ? [...bib.keys()].filter((k) => !n.cited.has(k)) : keys);
    }
  }
  return out + src.slice(at);
}

/** Text as the scanner reads it: literal `[3]` is not a citation in LaTeX, only citeaudit's own numbers are. */
function settle(s: string): string {
  return s.replace(new RegExp(`(?<!${OWN})\\[(?=\\s*\\d)`, 'g'), '[\u200b').replaceAll(OWN, '');
}

/**
 * The body with each `\footnote{…}` (braces balanced) replaced by its marker, and the notes. A `\cite`
 * in a footnote stays in the note as its number, where the note's citation takes the entry's item. A
 * note is switched off wherever its footnote stands (the stretches open there, or opened in it): those
 * stretches' tokens go round the note's line, and the tokens written in the footnote go round its marker.
 */
function extractFootnotes(text: string): { body: string; notes: string[] } {
  const notes: string[] = [];
  const open = new Set<number>();
  let body = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('\\footnote', i);
    if (at === -1) {
      body += text.slice(i);
      break;
    }
    body += text.slice(i, at);
    track(text.slice(i, at), open);
    let j = at + '\\footnote'.length;
    if (text.startsWith('text', j)) j += 4;
    while (text[j] === '[') j = text.indexOf(']', j) + 1 || text.length;
    const close = text[j] === '{' ? balanced(text, j) : -1;
    if (close === -1) {
      body += text.slice(at, j);
      i = j;
      continue;
    }
    const { text: written, tokens } = takeTokens(text.slice(j + 1, close));
    const covering = [...new Set([...open, ...openedIn(tokens)])];
    const inner = latexToText(written, true).replace(/\s+/g, ' ').trim();
    notes.push(`${opens(covering)}[^${notes.length + 1}]: ${settle(inner)}${closes(covering)}`);
    body += `${opens(covering)}[^${notes.length}]${tokens}`;
    track(tokens, open);
    i = close + 1;
  }
  return { body, notes };
}

/**
 * LaTeX manuscripts and theses: the main file with its `\input`, `\include` and `\subfile` files in place
 * (found as TeX finds them; a file not found is named in `notices` and the rest is read), comments, math
 * and verbatim left out; `\footnote{…}`; the natbib and biblatex cite commands, their plural forms and
 * `\nocite`, keys resolved against the `.bib` files named by `\bibliography{}` / `\addbibresource{}`
 * (read as BibTeX reads them). A key missing from the `.bib` is an orphan marker; with `bibComplete`, uncited
 * `.bib` entries are listed too so that `uncited-entry` reports them.
 */
export async function readLatex(
  path: string,
  bytes: Uint8Array,
  encoding?: string,
  options: { bibComplete?: boolean } = {},
): Promise<Document> {
  const decoded = decodeText(bytes, path, encoding);
  const comments = new LatexComments();
  const project = loadProject(path, decoded.text, comments);
  const { preamble, body } = splitDocument(project.text);
  // A stretch opened in the preamble (`% citeaudit-disable` at the top) holds in the body.
  const src = opens(track(preamble, new Set())) + body;
  const bib = await readBibs(preamble + src, dirname(path));
  const n = new Numbering();
  // A `\nocite` in the preamble cites before the text does.
  const nocites = findCites(preamble)
    .filter((c) => c.kind === 'nocite')
    .map((c) => preamble.slice(c.start, c.end))
    .join(' ');
  const text = extractFootnotes(numberCites(`${nocites}\n${src}`, bib, n));
  const paragraphs = settle(
    latexToText(
      text.body.replace(
        /\\(?:bibliography|addbibresource|bibliographystyle|printbibliography)(?:\[[^\]]*\])?(?:\{[^}]*\})?/g,
        '',
      ),
    ),
  )
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => keepTokens(p, asBodyLine));
  const order = n.cited.items;
  const listed = options.bibComplete ? [...order, ...[...bib.keys()].filter((k) => !n.cited.has(k))] : order;
  const list = listed.filter((k) => bib.has(k)).map((k) => `[${n.number(k)}] ${bib.get(k)!.title ?? k}`);
  // What is switched off at the end of the text holds for the reference list printed there.
  const still = track(text.body, new Set());
  const around = (lines: string[]) => (still.size ? [opens(still), ...lines, closes(still)] : lines);
  const prose = still.size ? [...paragraphs, closes(still)] : paragraphs;
  const references = list.length ? around(['## References', '', ...list]) : [];
  const laidOut = [...prose, '', ...references, '', ...text.notes].join('\n\n') + '\n';
  const resolved = comments.resolve(laidOut);
  const out = resolved?.text ?? laidOut;

  const scan = scanManuscript(out, { markdown: true });
  for (const e of scan.entries) {
    const key = e.number !== undefined ? order[e.number - 1] : undefined;
    if (key && bib.has(key)) e.item = bib.get(key);
    if (key) e.label = key;
  }
  for (const m of scan.markers) {
    if (m.numbers) {
      m.keys = m.numbers.map((x) => order[x - 1] ?? String(x));
      m.label = `\\cite{${m.keys.join(',')}}`;
    }
  }
  for (const note of scan.notes) note.style = 'footnote';
  const notices = project.missing.map((f) => `\\input file ${f} not found; the rest is checked`);
  return {
    path,
    format: 'latex',
    encoding: decoded.encoding,
    text: out,
    ...scan,
    ...(resolved ? { inline: resolved.inline } : {}),
    ...(notices.length ? { notices } : {}),
  };
}
